import { describe, expect, it } from "vitest";
import { builtIn, canonical, type NoticeTexts, noticeOf, texts, versionOf } from "./notice.ts";
import { published } from "./published.ts";

const copy = (): NoticeTexts => ({ fi: { ...texts.fi }, sv: { ...texts.sv }, en: { ...texts.en } });
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the privacy notice's version", () => {
  it("is written down with the date it came into use (update both when a text changes)", () => {
    expect(
      { version: published.version, since: published.since },
      `the notice's text changed: set published.ts to version "${versionOf(texts)}" and today's date`,
    ).toEqual({ version: versionOf(texts), since: published.since });
    expect(published.since).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(builtIn.version).toBe(published.version);
  });

  it("is stable: the same words give the same version, whatever order they were written in", () => {
    const reordered = copy();
    reordered.sv = Object.fromEntries(Object.entries(texts.sv).reverse()) as NoticeTexts["sv"];
    expect(versionOf(reordered)).toBe(versionOf(texts));
    expect(versionOf(copy())).toBe(builtIn.version);
    expect(builtIn.version).toMatch(/^[0-9a-f]{16}$/);
  });

  it.each(["fi", "sv", "en"] as const)(
    "changes when any %s text changes, even by a comma",
    (locale) => {
      const changed = copy();
      changed[locale]["privacy.keep.body"] = `${changed[locale]["privacy.keep.body"]},`;
      expect(versionOf(changed)).not.toBe(versionOf(texts));
      const other = copy();
      other[locale]["privacy.title"] = other[locale]["privacy.title"].replace(/.$/, "");
      expect(versionOf(other)).not.toBe(versionOf(texts));
      expect(versionOf(other)).not.toBe(versionOf(changed));
    },
  );

  it("hashes the exact text of every language (nothing left out)", () => {
    const line = canonical(texts);
    for (const locale of ["fi", "sv", "en"] as const) {
      for (const text of Object.values(texts[locale])) expect(line).toContain(JSON.stringify(text));
    }
  });

  it("stands for the association's own address and the day it was set, when it has one", () => {
    expect(noticeOf({})).toBe(builtIn);
    const own = noticeOf({
      privacyUrl: "https://example.org/tietosuoja",
      privacyUrlSince: "2027-01-05T10:00:00.000Z",
    });
    expect(own).toMatchObject({
      kind: "own",
      url: "https://example.org/tietosuoja",
      since: "2027-01-05",
    });
    expect(own.version).toMatch(/^own-[0-9a-f]{16}$/);
    // Set again later (or another address): another version.
    const again = noticeOf({
      privacyUrl: "https://example.org/tietosuoja",
      privacyUrlSince: "2027-03-01T08:00:00.000Z",
    });
    expect(again.version).not.toBe(own.version);
    expect(
      noticeOf({
        privacyUrl: "https://example.org/tietosuoja",
        privacyUrlSince: "2027-01-05T10:00:00.000Z",
      }).version,
    ).toBe(own.version);
  });
});

describe("the notice's texts", () => {
  it.each([
    ["sv", texts.sv],
    ["en", texts.en],
  ])("%s has every Finnish key, none empty, with the same placeholders", (_, catalog) => {
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(texts.fi).sort());
    for (const [key, text] of Object.entries(texts.fi)) {
      const translated = (catalog as Record<string, string>)[key] ?? "";
      expect(translated.trim(), key).not.toBe("");
      expect(placeholders(translated), key).toEqual(placeholders(text));
    }
  });

  it("says in every language what is new in this version", () => {
    for (const locale of ["fi", "sv", "en"] as const) {
      expect(texts[locale]["privacy.changes"].length).toBeGreaterThan(20);
    }
  });
});
