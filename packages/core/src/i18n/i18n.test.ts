import { describe, expect, it } from "vitest";
import { en } from "./en.ts";
import { fi } from "./fi.ts";
import { negotiate, publicTexts, t } from "./index.ts";
import { fi as mail } from "./mail/fi.ts";
import { fi as pub } from "./public/fi.ts";
import { fi as refusals } from "./refusals/fi.ts";
import { fi as reports } from "./reports/fi.ts";
import { sv } from "./sv.ts";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the server's message catalogs", () => {
  it.each([
    ["sv", sv],
    ["en", en],
  ])("%s has every Finnish key, none empty, with the same placeholders", (_, catalog) => {
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(fi).sort());
    for (const [key, text] of Object.entries(fi)) {
      const translated = catalog[key as keyof typeof fi];
      expect(translated.trim(), key).not.toBe("");
      expect(placeholders(translated), key).toEqual(placeholders(text));
    }
  });

  it("defines each key in one part only, so no part silently overrides another", () => {
    const parts = [pub, refusals, mail, reports].map((part) => Object.keys(part));
    const all = parts.flat();
    expect(all.filter((key, i) => all.indexOf(key) !== i)).toEqual([]);
  });

  it("fills placeholders", () => {
    expect(t("en", "mail.requestReceived.subject", { reference: "R-2026-0042" })).toBe(
      "We have received your request (R-2026-0042)",
    );
  });

  it("hands the site the texts it shows, in each language", async () => {
    expect((await publicTexts.sv())["error.required"]).toBe(sv["error.required"]);
    expect(Object.keys(await publicTexts.en()).sort()).toEqual(Object.keys(pub).sort());
  });
});

describe("negotiate", () => {
  it("picks the best supported language from Accept-Language", () => {
    expect(negotiate("sv-FI,sv;q=0.9,en;q=0.8")).toBe("sv");
    expect(negotiate("de-DE,de;q=0.9,en;q=0.5")).toBe("en");
    expect(negotiate("de")).toBe("fi");
    expect(negotiate(undefined)).toBe("fi");
    expect(negotiate("en;q=0.2,fi;q=0.9")).toBe("fi");
  });
});
