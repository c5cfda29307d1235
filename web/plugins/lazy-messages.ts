import { readFile } from "node:fs/promises";
import { type Plugin, parseAst } from "vite";

/**
 * Keeps the coordinator app's texts out of the public form's JavaScript.
 *
 * The message catalogs (`packages/core/src/i18n/{fi,sv,en}.ts`) hold every text of the product
 * and the form imports them eagerly. Keys under these prefixes are used only by the lazily
 * loaded coordinator app, so this plugin takes them out of the catalogs the form loads and
 * serves them from `<catalog>.ts?lazy-messages`, which the coordinator chunk imports and merges
 * back into the same catalog objects (`web/src/coordinator/messages.ts`).
 *
 * Without the plugin (unit tests) `?lazy-messages` is the whole catalog, so merging is a no-op.
 */
export const lazyPrefixes = [
  "signin.",
  "coord.",
  "inbox.",
  "detail.",
  "emails.",
  "admin.",
  "status.",
] as const;

const QUERY = "lazy-messages";
const catalogFile = /[\\/]packages[\\/]core[\\/]src[\\/]i18n[\\/](fi|sv|en)\.ts$/;

type Property = { start: number; end: number; lazy: boolean };

/** The catalog object literal's properties, each marked lazy or not. */
function split(code: string): { start: number; end: number; properties: Property[] } {
  const program = parseAst(code, { lang: "ts" });
  for (const statement of program.body) {
    if (statement.type !== "ExportNamedDeclaration") continue;
    const declaration = statement.declaration;
    if (declaration?.type !== "VariableDeclaration") continue;
    for (const declarator of declaration.declarations) {
      let init = declarator.init;
      while (init && (init.type === "TSAsExpression" || init.type === "TSSatisfiesExpression")) {
        init = init.expression;
      }
      if (init?.type !== "ObjectExpression") continue;
      const properties = init.properties.map((property) => {
        if (property.type !== "Property" || property.key.type !== "Literal") {
          throw new Error(`lazy-messages: unexpected catalog entry at offset ${property.start}`);
        }
        const key = String(property.key.value);
        return {
          start: property.start,
          end: property.end,
          lazy: lazyPrefixes.some((prefix) => key.startsWith(prefix)),
        };
      });
      return { start: init.start, end: init.end, properties };
    }
  }
  throw new Error("lazy-messages: no exported catalog object found");
}

const join = (code: string, properties: Property[]) =>
  `{\n${properties.map((p) => `  ${code.slice(p.start, p.end)},`).join("\n")}\n}`;

export function lazyMessages(): Plugin {
  return {
    name: "rinnalla:lazy-messages",
    enforce: "pre",
    load: {
      filter: { id: /\?lazy-messages$/ },
      async handler(id) {
        const [file = "", query] = id.split("?");
        const name = file.match(catalogFile)?.[1];
        if (query !== QUERY || !name) return null;
        const code = await readFile(file, "utf8");
        const { properties } = split(code);
        this.addWatchFile(file);
        return `export const ${name} = ${join(
          code,
          properties.filter((p) => p.lazy),
        )};\n`;
      },
    },
    transform: {
      filter: { id: catalogFile },
      handler(code, id) {
        if (!catalogFile.test(id)) return null;
        const { start, end, properties } = split(code);
        const eager = properties.filter((p) => !p.lazy);
        if (eager.length === properties.length) return null;
        return { code: code.slice(0, start) + join(code, eager) + code.slice(end), map: null };
      },
    },
  };
}
