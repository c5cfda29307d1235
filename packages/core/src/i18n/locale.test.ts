import { describe, expect, it } from "vitest";
import {
  baseLocale,
  clientLocales,
  direction,
  intlLocale,
  isClientLocale,
  isLocale,
  localeNames,
  negotiateClient,
} from "./locale.ts";

describe("client languages", () => {
  it("fall back to a product language: plain Finnish to Finnish, the others to English", () => {
    expect(clientLocales.map((l) => [l, baseLocale(l)])).toEqual([
      ["fi", "fi"],
      ["sv", "sv"],
      ["en", "en"],
      ["fi-selko", "fi"],
      ["uk", "en"],
      ["ru", "en"],
      ["ar", "en"],
      ["so", "en"],
    ]);
    for (const l of clientLocales) expect(isLocale(baseLocale(l))).toBe(true);
  });

  it("run right to left in Arabic only", () => {
    expect(clientLocales.filter((l) => direction(l) === "rtl")).toEqual(["ar"]);
  });

  it("are each named in itself and have an Intl tag Intl knows", () => {
    expect(Object.keys(localeNames).sort()).toEqual([...clientLocales].sort());
    expect(localeNames.uk).toBe("Українська");
    for (const l of clientLocales) {
      expect(Intl.DateTimeFormat.supportedLocalesOf(intlLocale(l)).length, l).toBe(1);
    }
    // Arabic dates in Latin digits, like every other page and the phone's keypad.
    const day = new Intl.DateTimeFormat(intlLocale("ar"), { day: "numeric", timeZone: "UTC" });
    expect(day.format(new Date("2027-03-02T12:00:00Z"))).toBe("2");
  });

  it("are told apart from anything else", () => {
    expect(isClientLocale("fi-selko")).toBe(true);
    expect(isClientLocale("uk-UA")).toBe(false);
    expect(isClientLocale(undefined)).toBe(false);
  });
});

describe("negotiateClient", () => {
  it("takes the most wanted client language, by q-value", () => {
    expect(negotiateClient("uk")).toBe("uk");
    expect(negotiateClient("de;q=0.9,ru;q=0.8,en;q=0.7")).toBe("ru");
    expect(negotiateClient("en;q=0.4,so;q=0.6")).toBe("so");
    expect(negotiateClient("sv-FI,sv;q=0.9,en;q=0.8")).toBe("sv");
  });

  it("reads region tags by their language", () => {
    expect(negotiateClient("uk-UA,uk;q=0.9")).toBe("uk");
    expect(negotiateClient("ar-SA")).toBe("ar");
    expect(negotiateClient("RU-ru")).toBe("ru");
  });

  it("falls back to Finnish when nothing fits", () => {
    expect(negotiateClient(undefined)).toBe("fi");
    expect(negotiateClient("")).toBe("fi");
    expect(negotiateClient("de-DE,ja;q=0.5")).toBe("fi");
    expect(negotiateClient("*")).toBe("fi");
  });

  it("skips a language the reader refuses (q=0)", () => {
    expect(negotiateClient("ar;q=0,en;q=0.5")).toBe("en");
  });

  it("never picks plain Finnish: only the reader chooses it", () => {
    expect(negotiateClient("fi-selko")).toBe("fi");
    expect(negotiateClient("fi-x-selko,uk;q=0.5")).toBe("fi");
    for (const header of ["fi", "fi-FI", "fi-selko;q=1", "so,fi-selko"]) {
      expect(negotiateClient(header)).not.toBe("fi-selko");
    }
  });
});
