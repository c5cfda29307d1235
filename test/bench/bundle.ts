import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { build, type Metafile } from "esbuild";
import { figure, info, kb, median, note } from "./report.ts";

const repo = join(import.meta.dirname, "../..");
const entry = join(repo, "packages/functions/src/api/lambda.ts");

/** The banner SST v2 puts on ESM Lambda bundles, so CommonJS dependencies can still `require`. */
const requireBanner = [
  "import { createRequire as topLevelCreateRequire } from 'module';",
  "const require = topLevelCreateRequire(import.meta.url);",
  'import { fileURLToPath as topLevelFileUrlToPath, URL as topLevelURL } from "url"',
  'const __dirname = topLevelFileUrlToPath(new topLevelURL(".", import.meta.url))',
].join("\n");

export interface ApiBundles {
  dir: string;
  /** Every dependency bundled: the file cold-start is measured on. */
  full: string;
  /** The same with a linked source map, as infra/function.ts deploys it. */
  withSourceMap: string;
  cleanup(): void;
}

/**
 * As SST v2 builds an ESM function (sst/runtime/handlers/node.js) with `minify: true` and
 * `splitting: true` (infra/api.ts): the entry, and chunks loaded only by the requests that need
 * them. `bytes` is the entry's, what every cold start parses.
 */
async function bundle(outfile: string, external: string[], sourcemap = false) {
  const result = await build({
    entryPoints: [entry],
    outdir: dirname(outfile),
    splitting: true,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    platform: "node",
    target: "node22",
    format: "esm",
    minify: true,
    // SST v2 resolves the ESM builds of dependencies first.
    mainFields: ["module", "main"],
    keepNames: true,
    sourcemap,
    external,
    banner: { js: requireBanner },
    metafile: true,
    logLevel: "silent",
  });
  return { bytes: loadedAtStart(result.metafile), metafile: result.metafile };
}

/** The entry and every chunk it imports statically: what a cold start reads and parses. */
function loadedAtStart(metafile: Metafile): number {
  const outputs = metafile.outputs;
  // Chunks loaded by `import()` count as entry points too: the API's is the lambda's.
  const entryFile = Object.keys(outputs).find((file) =>
    outputs[file]?.entryPoint?.endsWith("packages/functions/src/api/lambda.ts"),
  );
  const seen = new Set<string>();
  const visit = (file: string | undefined) => {
    if (!file || seen.has(file) || !outputs[file]) return;
    seen.add(file);
    for (const imported of outputs[file]?.imports ?? []) {
      if (imported.kind === "import-statement") visit(imported.path);
    }
  };
  visit(entryFile);
  return [...seen].reduce((sum, file) => sum + (outputs[file]?.bytes ?? 0), 0);
}

/** The chunk that carries a package, and its size (the certificates' pdfkit). */
function chunkWith(metafile: Metafile, pkg: string) {
  const found = Object.entries(metafile.outputs).find(([, output]) =>
    Object.keys(output.inputs).some((path) => path.includes(`node_modules/${pkg}/`)),
  );
  return found ? { file: found[0], bytes: found[1].bytes } : undefined;
}

/** Bundle bytes per package (node_modules/<pkg>, or the workspace folder for our own code). */
function byPackage(metafile: Metafile): Array<[string, number]> {
  const totals = new Map<string, number>();
  for (const [path, bytesInOutput] of inputs(metafile)) {
    const match = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
    const name = match ? (match[1] as string) : path.split("/").slice(0, 2).join("/");
    totals.set(name, (totals.get(name) ?? 0) + bytesInOutput);
  }
  return [...totals].sort((a, b) => b[1] - a[1]);
}

/** Input file → bytes it contributes to every output, largest first. */
function inputs(metafile: Metafile): Array<[string, number]> {
  const totals = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      totals.set(path, (totals.get(path) ?? 0) + bytesInOutput);
    }
  }
  return [...totals].sort((a, b) => b[1] - a[1]);
}

export async function apiBundleSize(): Promise<ApiBundles> {
  const dir = mkdtempSync(join(tmpdir(), "rinnalla-bench-"));
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  try {
    const full = join(dir, "full", "lambda.mjs");
    const sdkExternal = join(dir, "sdk-external", "lambda.mjs");
    const withSourceMap = join(dir, "sourcemap", "lambda.mjs");
    const [a, b] = await Promise.all([
      bundle(full, []),
      bundle(sdkExternal, ["@aws-sdk/*"]),
      bundle(withSourceMap, [], true),
    ]);
    figure(
      "api bundle loaded at a cold start (minified, entry + its static chunks)",
      a.bytes,
      kb(a.bytes),
      {
        limit: 400 * 1024,
        shown: "400 KB",
        direction: "max",
      },
    );
    info("api bundle (minified, @aws-sdk/* external, for information)", kb(b.bytes));
    const pdf = chunkWith(a.metafile, "pdfkit");
    info(
      "certificate PDF chunk (pdfkit, fontkit; loaded only when a PDF is asked for)",
      pdf ? kb(pdf.bytes) : "not found",
    );

    note("top 5 inputs of the full bundle (bytes in output):");
    for (const [path, bytes] of inputs(a.metafile).slice(0, 5)) {
      console.log(`    ${kb(bytes).padStart(9)}  ${path.replace(/^.*node_modules\//, "")}`);
    }
    note("top packages of the full bundle:");
    const packages = byPackage(a.metafile);
    for (const [name, bytes] of packages.slice(0, 8)) {
      console.log(`    ${kb(bytes).padStart(9)}  ${name}`);
    }
    const sdk = packages
      .filter(([name]) => name.startsWith("@aws-sdk/") || name.startsWith("@smithy/"))
      .reduce((sum, [, bytes]) => sum + bytes, 0);
    note(`@aws-sdk/* + @smithy/* together: ${kb(sdk)} of ${kb(a.bytes)}`);
    return { dir, full, withSourceMap, cleanup };
  } catch (error) {
    cleanup();
    throw error;
  }
}

const importScript = `
const t = performance.now();
await import(process.argv[1]);
console.log(performance.now() - t);
`;

function timeImport(bundleUrl: string, nodeOptions: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [...nodeOptions, "--input-type=module", "--eval", importScript, bundleUrl],
      {
        // Only what the app's config needs, not this shell's AWS settings.
        env: { PATH: process.env.PATH ?? "", TABLE_NAME: "bench" },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk) => {
      out += chunk;
    });
    child.stderr.on("data", (chunk) => {
      err += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => {
      const ms = Number.parseFloat(out.trim());
      if (code === 0 && Number.isFinite(ms)) resolve(ms);
      else reject(new Error(`import failed (exit ${code}): ${err.trim() || out.trim()}`));
    });
  });
}

async function medianImport(bundlePath: string, runs: number, nodeOptions: string[] = []) {
  const url = pathToFileURL(bundlePath).href;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await timeImport(url, nodeOptions));
  return { ms: median(times), times };
}

export async function apiColdImport(bundles: ApiBundles, runs = 7): Promise<void> {
  const { ms, times } = await medianImport(bundles.full, runs);
  figure(`api module init (cold import, median of ${runs})`, ms, `${ms.toFixed(1)} ms`, {
    limit: 150,
    shown: "150 ms",
    direction: "max",
  });
  note(
    `runs: ${times.map((t) => t.toFixed(1)).join(", ")} ms; node ${process.version} here, Lambda runs node 22`,
  );
  const mapped = await medianImport(bundles.withSourceMap, runs, ["--enable-source-maps"]);
  info(
    "api module init with source map + --enable-source-maps (as infra/function.ts deploys), for information",
    `${mapped.ms.toFixed(1)} ms median`,
  );
}
