import { type Locale, locales } from "@rinnalla/core/i18n";
import { NAME_MAX, Segments, shortWhen, textTemplates, words } from "@rinnalla/core/reach";
import { describe, expect, it } from "vitest";

/**
 * Every text template in every language, filled with the longest values it can carry, stays
 * within its budget: one segment in GSM-7, two in another alphabet. The site's address is the
 * longest one the deployment guide allows for (40 characters before the short link's `/s#…`).
 */
const longestSite = "https://tukihenkilotoiminta.example.org"; // 39 characters
const longest = (locale: Locale) => ({
  reference: "R-2026-99999",
  // The widest day and time of the year in this language (every weekday and month tried).
  when: widestWhen(locale),
  name: "Maximiliana-Kristiina".slice(0, NAME_MAX),
  link: `${longestSite}/s#${"A".repeat(12)}`,
});

function widestWhen(locale: Locale): string {
  let widest = "";
  for (let day = 0; day < 366; day++) {
    const date = new Date(Date.UTC(2027, 0, 1 + day)).toISOString().slice(0, 10);
    const written = shortWhen(locale, date, "23:45");
    if (written.length > widest.length) widest = written;
  }
  return widest;
}

describe("text messages", () => {
  for (const locale of locales) {
    for (const template of textTemplates) {
      it(`${template} in ${locale} fits its segment budget`, () => {
        const text = words(locale, template, longest(locale));
        const { encoding, segments } = Segments.segment(text);
        expect(text).not.toMatch(/\{\w+\}/);
        expect(segments).toBeLessThanOrEqual(Segments.budget(encoding));
        if (locale !== "en") expect(encoding).toBe("GSM-7");
      });
    }
  }

  it("writes the day and time short, without characters outside GSM-7", () => {
    expect(shortWhen("fi", "2027-12-31", "09:05")).toBe("pe 31.12. klo 09.05");
    for (const locale of locales) {
      expect(Segments.isGsm7(words(locale, "client-reminder", longest(locale)))).toBe(true);
    }
  });

  it("keeps a volunteer's first name only, cut to its longest", () => {
    const text = words("fi", "support-found", {
      name: "Aino Maria Virtanen",
      when: "x",
      link: "y",
    });
    expect(text).toContain("Aino tulee");
    expect(text).not.toContain("Virtanen");
    const long = words("fi", "support-found", { name: "A".repeat(40), when: "x", link: "y" });
    expect(long).toContain(`${"A".repeat(NAME_MAX)} tulee`);
  });
});
