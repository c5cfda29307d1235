import { type ClientLocale, clientLocales, type Locale, locales } from "@rinnalla/core/i18n";
import {
  MUNICIPALITY_MAX,
  NAME_MAX,
  Segments,
  shortWhen,
  textTemplates,
  volunteerTextTemplates,
  volunteerWords,
  words,
} from "@rinnalla/core/reach";
import { describe, expect, it } from "vitest";

/**
 * Every text template in every language, filled with the longest values it can carry, stays
 * within its budget: one segment in GSM-7, two in another alphabet. The site's address is the
 * longest one the deployment guide allows for (40 characters before the short link's `/s#…`).
 * Finnish, plain Finnish, Swedish, English and Somali are written in GSM-7; Ukrainian, Russian
 * and Arabic cannot be, and take UCS-2.
 */
const encodings: Record<ClientLocale, Segments.Encoding> = {
  fi: "GSM-7",
  sv: "GSM-7",
  en: "GSM-7",
  "fi-selko": "GSM-7",
  so: "GSM-7",
  uk: "UCS-2",
  ru: "UCS-2",
  ar: "UCS-2",
};
const longestSite = "https://tukihenkilotoiminta.example.org"; // 39 characters
const longest = (locale: ClientLocale) => ({
  reference: "R-2026-99999",
  // The widest day and time of the year in this language (every weekday and month tried).
  when: widestWhen(locale),
  name: "Maximiliana-Kristiina".slice(0, NAME_MAX),
  link: `${longestSite}/s#${"A".repeat(12)}`,
});

function widestWhen(locale: ClientLocale): string {
  let widest = "";
  for (let day = 0; day < 366; day++) {
    const date = new Date(Date.UTC(2027, 0, 1 + day)).toISOString().slice(0, 10);
    const written = shortWhen(locale, date, "23:45");
    if (written.length > widest.length) widest = written;
  }
  return widest;
}

describe("text messages", () => {
  for (const locale of clientLocales) {
    for (const template of textTemplates) {
      it(`${template} in ${locale} fits its segment budget`, () => {
        const text = words(locale, template, longest(locale));
        const { encoding, segments } = Segments.segment(text);
        expect(text).not.toMatch(/\{\w+\}/);
        expect(encoding).toBe(encodings[locale]);
        expect(segments).toBeLessThanOrEqual(Segments.budget(encoding));
        expect(segments).toBeLessThanOrEqual(encoding === "GSM-7" ? 1 : 2);
      });
    }
  }

  it("writes the day and time short, without characters outside GSM-7", () => {
    expect(shortWhen("fi", "2027-12-31", "09:05")).toBe("pe 31.12. klo 09.05");
    for (const locale of clientLocales.filter((l) => encodings[l] === "GSM-7")) {
      expect(Segments.isGsm7(words(locale, "client-reminder", longest(locale)))).toBe(true);
      expect(Segments.isGsm7(widestWhen(locale)), locale).toBe(true);
    }
    // Arabic days and times in Latin digits, like the rest of the message.
    expect(shortWhen("ar", "2027-12-31", "09:05")).toMatch(/31.*12.*09:05/);
    expect(shortWhen("ar", "2027-12-31", "09:05")).not.toMatch(/[\u0660-\u0669]/);
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

describe("text messages to volunteers", () => {
  // The longest municipality a text carries (a longer one is cut), and one longer still.
  const longestVolunteer = (locale: Locale) => ({
    when: widestWhen(locale),
    municipality: "Kristiinankaupungin kaupunki".slice(0, MUNICIPALITY_MAX + 4),
    link: `${longestSite}/s#${"A".repeat(12)}`,
  });

  for (const locale of locales) {
    for (const template of volunteerTextTemplates) {
      it(`${template} in ${locale} fits one GSM-7 segment`, () => {
        const text = volunteerWords(locale, template, longestVolunteer(locale));
        const { encoding, segments } = Segments.segment(text);
        expect(text).not.toMatch(/\{\w+\}/);
        expect(encoding).toBe("GSM-7");
        expect(segments).toBe(1);
        expect(text.length).toBeLessThanOrEqual(160);
      });
    }
  }

  it("cuts a long municipality and names no client", () => {
    const text = volunteerWords("fi", "offer", {
      when: "ke 30.12. klo 10.00",
      municipality: "M".repeat(80),
      link: "https://x/s#y",
    });
    expect(text).toBe(
      `Voisitko lähteä tueksi ke 30.12. klo 10.00, ${"M".repeat(MUNICIPALITY_MAX)}? Vastaa: https://x/s#y`,
    );
  });
});
