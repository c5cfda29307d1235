import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build, type Plugin } from "vite";
import { figure, kb, note } from "./report.ts";

const repo = join(import.meta.dirname, "../..");
const webRoot = join(repo, "web");
const configFile = join(webRoot, "vite.config.ts");

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

/** Source bytes per package or source folder in each output chunk, as the bundler rendered them. */
function moduleSizes(into: Map<string, Map<string, number>>): Plugin {
  return {
    name: "bench-module-sizes",
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== "chunk") continue;
        const groups = new Map<string, number>();
        for (const [id, module] of Object.entries(chunk.modules)) {
          const pkg = id.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
          const local = id.match(/\/((?:packages|web)\/.+)$/)?.[1] ?? id;
          const group = pkg ?? local.split("/").slice(0, 3).join("/");
          groups.set(group, (groups.get(group) ?? 0) + module.renderedLength);
        }
        into.set(chunk.fileName, groups);
      }
    },
  };
}

/** Paths the built index.html loads right away: module scripts and module preloads. */
function initialScripts(html: string): string[] {
  const files: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const attr = (name: string) => tag.match(new RegExp(`\\b${name}=["']([^"']+)["']`))?.[1];
    if (tag.startsWith("<script") && attr("type") === "module" && attr("src")) {
      files.push(attr("src") as string);
    } else if (tag.startsWith("<link") && attr("rel") === "modulepreload" && attr("href")) {
      files.push(attr("href") as string);
    }
  }
  return [...new Set(files)];
}

/** The scripts and every chunk they import statically, however deep (`/assets/…` paths). */
function withStaticImports(scripts: string[], manifest: Record<string, ManifestChunk>): string[] {
  const byFile = new Map(Object.values(manifest).map((chunk) => [`/${chunk.file}`, chunk]));
  const found = new Set<string>();
  const visit = (file: string) => {
    if (found.has(file)) return;
    found.add(file);
    for (const key of byFile.get(file)?.imports ?? []) {
      const chunk = manifest[key];
      if (chunk) visit(`/${chunk.file}`);
    }
  };
  for (const script of scripts) visit(script);
  return [...found];
}

/**
 * Builds the site into a temporary folder (not web/dist, which a running dev stack or browser
 * test may be serving) and sums the gzipped JavaScript the form page `/` loads at first.
 */
export async function formPageJs(): Promise<void> {
  if (!existsSync(configFile)) throw new Error(`${configFile} not found`);
  const outDir = mkdtempSync(join(tmpdir(), "rinnalla-bench-web-"));
  const sizes = new Map<string, Map<string, number>>();
  try {
    await build({
      configFile,
      root: webRoot,
      logLevel: "silent",
      build: { outDir, emptyOutDir: true, manifest: "manifest.json" },
      plugins: [moduleSizes(sizes)],
    });
    const html = readFileSync(join(outDir, "index.html"), "utf8");
    const gz = (file: string) =>
      gzipSync(readFileSync(join(outDir, file.replace(/^\//, ""))), { level: 9 }).length;

    // Read the manifest first: a script index.html names may import other chunks statically,
    // and the browser loads those before the page runs (the bundler splits shared code that way).
    const manifest = JSON.parse(readFileSync(join(outDir, "manifest.json"), "utf8")) as Record<
      string,
      ManifestChunk
    >;
    const files = withStaticImports(initialScripts(html), manifest);
    if (files.length === 0) throw new Error("index.html loads no module scripts");
    let total = 0;
    for (const file of files) {
      const bytes = gz(file);
      total += bytes;
      console.log(`    ${kb(bytes).padStart(9)}  ${file}`);
    }
    // The page also fetches its language's texts before it renders: count the largest language.
    const catalogs = Object.values(manifest)
      .filter((chunk) => /i18n\/public\/(fi|sv|en)\.ts$/.test(chunk.src ?? ""))
      .map((chunk) => ({
        file: chunk.file,
        locale: chunk.src?.slice(-5, -3),
        bytes: gz(chunk.file),
      }));
    for (const catalog of catalogs) {
      console.log(
        `    ${kb(catalog.bytes).padStart(9)}  /${catalog.file}  (texts, ${catalog.locale})`,
      );
    }
    // Core's public texts and the web's come as separate files: a language's texts are both.
    const perLocale = new Map<string, number>();
    for (const c of catalogs) {
      perLocale.set(c.locale ?? "", (perLocale.get(c.locale ?? "") ?? 0) + c.bytes);
    }
    const texts = Math.max(0, ...perLocale.values());
    figure(
      "form page JS (gzip -9: the entry, plus its language's texts)",
      total + texts,
      kb(total + texts),
      {
        limit: 35 * 1024,
        shown: "35 KB",
        direction: "max",
      },
    );
    const initial = new Map<string, number>();
    for (const file of files) {
      for (const [group, bytes] of sizes.get(file.replace(/^\//, "")) ?? []) {
        initial.set(group, (initial.get(group) ?? 0) + bytes);
      }
    }
    const ranked = [...initial].sort((a, b) => b[1] - a[1]);
    const all = ranked.reduce((sum, [, bytes]) => sum + bytes, 0);
    note("what the form page's JS is made of (source as rendered, before minifying and gzip):");
    for (const [group, bytes] of ranked.slice(0, 6)) {
      const share = ((bytes / all) * 100).toFixed(0).padStart(3);
      console.log(`    ${kb(bytes).padStart(9)}  ${share} %  ${group}`);
    }

    // Lazily loaded routes do not show in index.html; list them so a lazy form page is not missed.
    {
      const lazy = Object.values(manifest)
        .filter((chunk) => chunk.isEntry)
        .flatMap((chunk) => chunk.dynamicImports ?? [])
        .map((key) => manifest[key])
        .filter((chunk): chunk is ManifestChunk => chunk !== undefined);
      if (lazy.length > 0) {
        note("chunks the entry loads on demand (not counted above):");
        for (const chunk of lazy) {
          console.log(`    ${kb(gz(chunk.file)).padStart(9)}  /${chunk.file}  (${chunk.src})`);
        }
      }
      const site = Object.values(manifest)
        .filter((chunk) => chunk.file.endsWith(".js"))
        .reduce((sum, chunk) => sum + gz(chunk.file), 0);
      note(`all JS of the site together: ${kb(site)} gzipped`);
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
