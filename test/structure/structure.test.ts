import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { functionLengths } from "./functions.ts";
import {
  cycles,
  graph,
  ROOT,
  resolveSpecifier,
  shown,
  sourceFiles,
  specifiers,
} from "./imports.ts";

/**
 * The shape of the house, checked on every run: no import cycles anywhere, core's concepts on
 * floors (no folder imports one that imports it back), and other packages reach core only
 * through a concept's index.
 */

const packages = ["core", "functions", "local"].flatMap((p) =>
  sourceFiles(join(ROOT, "packages", p, "src")),
);
const web = sourceFiles(join(ROOT, "web/src"));
const coreFiles = packages.filter((f) => f.includes("/packages/core/src/"));
const concept = (file: string) =>
  relative(join(ROOT, "packages/core/src"), file).split("/")[0] as string;

describe("the structure of the code", () => {
  it("has no import cycles, file to file", () => {
    const found = cycles(graph([...packages, ...web])).map((group) => group.map(shown).sort());
    expect(found).toEqual([]);
  });

  it("keeps core's concepts on floors: no two folders import each other, however indirectly", () => {
    const edges = new Map<string, Set<string>>();
    for (const file of coreFiles) {
      const from = concept(file);
      for (const spec of specifiers(file)) {
        const target = resolveSpecifier(file, spec);
        if (!target?.includes("/packages/core/src/")) continue;
        const to = concept(target);
        if (to !== from) edges.set(from, (edges.get(from) ?? new Set()).add(to));
      }
    }
    const folderCycles = cycles(new Map([...edges].map(([k, v]) => [k, [...v]])));
    expect(folderCycles.map((c) => c.sort())).toEqual([]);
  });

  it("reaches core from outside only through a concept's index", () => {
    const outside = [...packages.filter((f) => !coreFiles.includes(f)), ...web];
    const deep = outside.flatMap((file) =>
      specifiers(file)
        .filter((spec) => /^@rinnalla\/core\/[^/]+\//.test(spec))
        .map((spec) => `${shown(file)}: ${spec}`),
    );
    expect(deep).toEqual([]);
  });
});

describe("the code's own rules", () => {
  it("casts nothing to another type through unknown: stores read what they check", () => {
    const casts = packages.filter((f) => readFileSync(f, "utf8").includes("as unknown as"));
    expect(casts.map(shown)).toEqual([]);
  });

  it("writes DynamoDB expressions only in db/: everything else says them as data", () => {
    const outside = packages.filter(
      (f) =>
        !f.includes("/packages/core/src/db/") &&
        /(Update|Condition|KeyCondition|Filter|Projection)Expression/.test(readFileSync(f, "utf8")),
    );
    expect(outside.map(shown)).toEqual([]);
  });

  it("keeps every web component file under 300 lines", () => {
    const long = web
      .filter((f) => f.endsWith(".tsx"))
      .map((f) => ({ f, lines: readFileSync(f, "utf8").split("\n").length }))
      .filter(({ lines }) => lines > 300)
      .map(({ f, lines }) => `${shown(f)} (${lines} lines)`);
    expect(long).toEqual([]);
  });

  it("writes the API's paths only in the web's API client: every call goes through it", () => {
    const client = join(ROOT, "web/src/lib/api.ts");
    const outside = web.filter((f) => f !== client && /["'`]\/api\//.test(readFileSync(f, "utf8")));
    expect(outside.map(shown)).toEqual([]);
  });

  it("keeps every function in core under 60 lines", () => {
    const long = coreFiles.flatMap((file) =>
      functionLengths(file)
        .filter((fn) => fn.lines > 60)
        .map((fn) => `${shown(file)}:${fn.line} ${fn.name} (${fn.lines} lines)`),
    );
    expect(long).toEqual([]);
  });
});
