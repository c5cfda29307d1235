import { readFileSync } from "node:fs";
import { parse } from "@babel/parser";

/** Every function in a TypeScript file with its name and length in lines (nested ones too). */
export function functionLengths(file: string): { name: string; line: number; lines: number }[] {
  const ast = parse(readFileSync(file, "utf8"), {
    sourceType: "module",
    plugins: ["typescript", ...(file.endsWith(".tsx") ? (["jsx"] as const) : [])],
  });
  const found: { name: string; line: number; lines: number }[] = [];
  const visit = (node: unknown, name: string) => {
    if (!node || typeof node !== "object") return;
    if (Array.isArray(node)) {
      for (const child of node) visit(child, name);
      return;
    }
    const n = node as {
      type?: string;
      loc?: { start: { line: number }; end: { line: number } };
    } & Record<string, unknown>;
    let own = name;
    if (
      n.type === "VariableDeclarator" ||
      n.type === "ObjectProperty" ||
      n.type === "ClassMethod"
    ) {
      const id = (n.id ?? n.key) as { name?: string } | undefined;
      if (id?.name) own = id.name;
    }
    if (
      n.type === "FunctionDeclaration" ||
      n.type === "FunctionExpression" ||
      n.type === "ArrowFunctionExpression" ||
      n.type === "ObjectMethod" ||
      n.type === "ClassMethod"
    ) {
      const fnName = (n.id as { name?: string } | undefined)?.name ?? own;
      if (n.loc)
        found.push({
          name: fnName,
          line: n.loc.start.line,
          lines: n.loc.end.line - n.loc.start.line + 1,
        });
      own = fnName;
    }
    for (const [key, value] of Object.entries(n)) {
      if (key === "loc" || key === "start" || key === "end" || key === "extra") continue;
      visit(value, own);
    }
  };
  visit(ast.program, "(module)");
  return found;
}
