import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

/** The project's own source, as the structure checks read it (tests left out). */
export const ROOT = resolve(import.meta.dirname, "../..");
const CORE = join(ROOT, "packages/core/src");

export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith(".d.ts"))
      out.push(path);
  }
  return out;
}

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^"';]*?from\s*["']([^"']+)["']|import\s*\(\s*["']([^"']+)["']\s*\)/g;

/** Every module a file names in an import or re-export (type-only ones too). */
export function specifiers(file: string): string[] {
  const source = readFileSync(file, "utf8");
  return [...source.matchAll(IMPORT)].map((m) => (m[1] ?? m[2]) as string);
}

/** The file a specifier names inside this repository, or undefined for a package. */
export function resolveSpecifier(from: string, spec: string): string | undefined {
  if (spec.startsWith(".")) return resolve(dirname(from), spec);
  if (spec.startsWith("@rinnalla/core/")) {
    const rest = spec.slice("@rinnalla/core/".length);
    return rest.endsWith(".ts") ? join(CORE, rest) : join(CORE, rest, "index.ts");
  }
  if (spec.startsWith("@rinnalla/functions/"))
    return join(ROOT, "packages/functions/src", spec.slice("@rinnalla/functions/".length));
  if (spec.startsWith("@rinnalla/local/"))
    return join(ROOT, "packages/local/src", spec.slice("@rinnalla/local/".length));
  return undefined;
}

/** Import edges between files of `files`. */
export function graph(files: string[]): Map<string, string[]> {
  const known = new Set(files);
  return new Map(
    files.map((file) => [
      file,
      specifiers(file)
        .map((spec) => resolveSpecifier(file, spec))
        .filter((target): target is string => !!target && known.has(target)),
    ]),
  );
}

/** Strongly connected groups of more than one node (or a node importing itself): the cycles. */
export function cycles(edges: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) as number, low.get(next) as number));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) as number, index.get(next) as number));
      }
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop() as string;
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      if (group.length > 1 || (edges.get(node) ?? []).includes(node)) found.push(group);
    }
  };
  for (const node of edges.keys()) if (!index.has(node)) visit(node);
  return found;
}

export const shown = (path: string) => relative(ROOT, path);
