import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { en } from "@rinnalla/core/i18n/en.ts";
import { fi } from "@rinnalla/core/i18n/fi.ts";
import { sv } from "@rinnalla/core/i18n/sv.ts";
import { describe, expect, it } from "vitest";
import { lazyMessages, lazyPrefixes } from "../../plugins/lazy-messages.ts";

/** The build plugin that keeps coordinator texts out of the public form's JavaScript. */

const plugin = lazyMessages();
const hook = <T>(value: unknown) =>
  (typeof value === "function" ? value : (value as { handler: unknown }).handler) as T;
const transform = hook<(code: string, id: string) => { code: string } | null>(plugin.transform);
const load = hook<(this: unknown, id: string) => Promise<string | null>>(plugin.load);
const context = { addWatchFile: () => {} };

const catalogs = { fi, sv, en };
const isLazy = (key: string) => lazyPrefixes.some((prefix) => key.startsWith(prefix));

/** Evaluates a transformed catalog module (plain object literals) and returns its export. */
function evaluate(code: string, name: string): Record<string, string> {
  const body = code
    .replace(/^import[^\n]*\n/gm, "")
    .replace(/export type [^\n]*\n/g, "")
    .replace(/\bas const\b/, "")
    .replace(/: Record<MessageKey, string>/, "")
    .replace(`export const ${name} =`, `return`);
  return new Function(body)();
}

describe("lazy coordinator messages", () => {
  for (const [name, catalog] of Object.entries(catalogs)) {
    it(`splits the ${name} catalog without losing or duplicating a key`, async () => {
      const file = fileURLToPath(import.meta.resolve(`@rinnalla/core/i18n/${name}.ts`));
      const source = await readFile(file, "utf8");
      const eagerModule = transform(source, file);
      const lazyModule = await load.call(context, `${file}?lazy-messages`);
      if (!eagerModule || !lazyModule) throw new Error("the plugin left the catalog alone");
      const eager = evaluate(eagerModule.code, name);
      const lazy = evaluate(lazyModule, name);
      expect(Object.keys(eager).some(isLazy)).toBe(false);
      expect(Object.keys(lazy).every(isLazy)).toBe(true);
      expect({ ...eager, ...lazy }).toEqual(catalog);
      expect(Object.keys(lazy).length).toBeGreaterThan(100);
    });
  }

  it("leaves other modules alone", () => {
    expect(transform("export const x = 1;", "/work/web/src/i18n.ts")).toBeNull();
  });
});
