import { describe, expect, it } from "vitest";
import { focusAfterRemoval, matching, moveActive, searchable, toggled } from "./picker.ts";

const languages = ["fi", "sv", "en", "fse", "so", "ar", "ru", "uk"] as const;
type Code = (typeof languages)[number];
const names: Record<Code, string[]> = {
  fi: ["Suomi", "Finnish"],
  sv: ["Ruotsi", "Swedish", "Svenska"],
  en: ["Englanti", "English"],
  fse: ["Suomalainen viittomakieli", "Finnish Sign Language"],
  so: ["Somali", "Soomaali"],
  ar: ["Arabia", "Arabic", "العربية"],
  ru: ["Venäjä", "Russian", "Русский"],
  uk: ["Ukraina", "Ukrainian", "Українська"],
};
const find = (query: string) => matching(languages, query, (code) => names[code]);

describe("finding options by typed text", () => {
  it("offers every option, in their order, before anything is typed", () => {
    expect(find("")).toEqual([...languages]);
    expect(find("   ")).toEqual([...languages]);
  });

  it("finds by the start of a name first, then a word in it, then anywhere in it", () => {
    expect(find("suom")).toEqual(["fi", "fse"]);
    expect(find("viit")).toEqual(["fse"]);
    expect(find("kiel")).toEqual(["fse"]);
    expect(find("en")).toEqual(["en", "sv", "fse", "ru"]);
  });

  it("finds a language by its own name or its English one, whatever the UI language", () => {
    expect(find("soomaali")).toEqual(["so"]);
    expect(find("Arabic")).toEqual(["ar"]);
    expect(find("рус")).toEqual(["ru"]);
    expect(find("sign")).toEqual(["fse"]);
  });

  it("ignores case and accents", () => {
    expect(find("VENAJA")).toEqual(["ru"]);
    expect(find("venäjä")).toEqual(["ru"]);
    expect(searchable(" Åland ")).toBe("aland");
  });

  it("finds nothing for text no name has", () => {
    expect(find("klingon")).toEqual([]);
  });
});

describe("moving the active option", () => {
  it("steps down and up, wrapping round at either end", () => {
    expect(moveActive(-1, "next", 3)).toBe(0);
    expect(moveActive(0, "next", 3)).toBe(1);
    expect(moveActive(2, "next", 3)).toBe(0);
    expect(moveActive(-1, "previous", 3)).toBe(2);
    expect(moveActive(0, "previous", 3)).toBe(2);
    expect(moveActive(2, "previous", 3)).toBe(1);
  });

  it("goes to the first or the last", () => {
    expect(moveActive(1, "first", 3)).toBe(0);
    expect(moveActive(1, "last", 3)).toBe(2);
  });

  it("has nowhere to go in an empty list, and recovers when the list got shorter", () => {
    expect(moveActive(0, "next", 0)).toBe(-1);
    expect(moveActive(7, "next", 3)).toBe(0);
    expect(moveActive(7, "previous", 3)).toBe(2);
  });
});

describe("choosing", () => {
  it("adds and removes, keeping the options' own order", () => {
    expect(toggled(languages, [], "so")).toEqual(["so"]);
    expect(toggled(languages, ["so"], "fi")).toEqual(["fi", "so"]);
    expect(toggled(languages, ["fi", "so"], "fi")).toEqual(["so"]);
  });

  it("moves focus after a removal to the next chosen item, else the one before, else out", () => {
    expect(focusAfterRemoval(["fi", "so", "ar"], "fi")).toBe("so");
    expect(focusAfterRemoval(["fi", "so", "ar"], "so")).toBe("ar");
    expect(focusAfterRemoval(["fi", "so", "ar"], "ar")).toBe("so");
    expect(focusAfterRemoval(["so"], "so")).toBeUndefined();
  });
});
