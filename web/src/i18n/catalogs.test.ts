import { publicTexts } from "@rinnalla/core/i18n";
import { Privacy } from "@rinnalla/core/privacy";
import { describe, expect, it } from "vitest";
import { en as a11yEn } from "./accessibility/en.ts";
import { fi as a11yFi } from "./accessibility/fi.ts";
import { sv as a11ySv } from "./accessibility/sv.ts";
import { ar as clientLinksAr } from "./client-links/ar.ts";
import { fiSelko as clientLinksFiSelko } from "./client-links/fi-selko.ts";
import type { ClientLinkKey } from "./client-links/keys.ts";
import { ru as clientLinksRu } from "./client-links/ru.ts";
import { so as clientLinksSo } from "./client-links/so.ts";
import { uk as clientLinksUk } from "./client-links/uk.ts";
import { en as linksEn } from "./links/en.ts";
import { fi as linksFi } from "./links/fi.ts";
import { sv as linksSv } from "./links/sv.ts";
import { ar as pubAr } from "./public/ar.ts";
import { en as pubEn } from "./public/en.ts";
import { fi as pubFi } from "./public/fi.ts";
import { fiSelko as pubFiSelko } from "./public/fi-selko.ts";
import { ru as pubRu } from "./public/ru.ts";
import { so as pubSo } from "./public/so.ts";
import { sv as pubSv } from "./public/sv.ts";
import { uk as pubUk } from "./public/uk.ts";
import { ar as sharedAr } from "./shared/ar.ts";
import { en as sharedEn } from "./shared/en.ts";
import { fi as sharedFi } from "./shared/fi.ts";
import { fiSelko as sharedFiSelko } from "./shared/fi-selko.ts";
import { ru as sharedRu } from "./shared/ru.ts";
import { so as sharedSo } from "./shared/so.ts";
import { sv as sharedSv } from "./shared/sv.ts";
import { uk as sharedUk } from "./shared/uk.ts";
import { en as staffEn } from "./staff/en.ts";
import { fi as staffFi } from "./staff/fi.ts";
import { sv as staffSv } from "./staff/sv.ts";
import { en as volunteerEn } from "./volunteer/en.ts";
import { fi as volunteerFi } from "./volunteer/fi.ts";
import { sv as volunteerSv } from "./volunteer/sv.ts";

const parts = {
  public: { fi: pubFi, sv: pubSv, en: pubEn },
  shared: { fi: sharedFi, sv: sharedSv, en: sharedEn },
  staff: { fi: staffFi, sv: staffSv, en: staffEn },
  volunteer: { fi: volunteerFi, sv: volunteerSv, en: volunteerEn },
  links: { fi: linksFi, sv: linksSv, en: linksEn },
  accessibility: { fi: a11yFi, sv: a11ySv, en: a11yEn },
};
/** The client languages beyond fi, sv and en: the texts a client sees (public, shared, link pages). */
const clientLinkKeys = (Object.keys(linksFi) as (keyof typeof linksFi)[]).filter(
  (key): key is ClientLinkKey =>
    /^links\.(cancel|survey|short|expired|invalid|role|visit|details|result)\./.test(key) ||
    ["links.newRequest", "links.noToken", "links.working"].includes(key),
);
const clientLinksFi = Object.fromEntries(clientLinkKeys.map((key) => [key, linksFi[key]]));
const clientParts = {
  public: {
    fi: pubFi,
    extra: { "fi-selko": pubFiSelko, uk: pubUk, ru: pubRu, ar: pubAr, so: pubSo },
  },
  shared: {
    fi: sharedFi,
    extra: { "fi-selko": sharedFiSelko, uk: sharedUk, ru: sharedRu, ar: sharedAr, so: sharedSo },
  },
  "client-links": {
    fi: clientLinksFi,
    extra: {
      "fi-selko": clientLinksFiSelko,
      uk: clientLinksUk,
      ru: clientLinksRu,
      ar: clientLinksAr,
      so: clientLinksSo,
    },
  },
};

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the site's message catalogs", () => {
  describe.each(Object.entries(parts))("%s", (_, part) => {
    it.each([
      ["sv", part.sv],
      ["en", part.en],
    ])("%s has every Finnish key, none empty, with the same placeholders", (_, catalog) => {
      const fi: Record<string, string> = part.fi;
      expect(Object.keys(catalog).sort()).toEqual(Object.keys(fi).sort());
      for (const [key, text] of Object.entries(fi)) {
        const translated = (catalog as Record<string, string>)[key] ?? "";
        expect(translated.trim(), key).not.toBe("");
        expect(placeholders(translated), key).toEqual(placeholders(text));
      }
    });
  });

  describe.each(Object.entries(clientParts))("%s in the other client languages", (_, part) => {
    it.each(Object.entries(part.extra))(
      "%s has every Finnish key, none empty, with the same placeholders",
      (_, catalog) => {
        const fi: Record<string, string> = part.fi;
        expect(Object.keys(catalog).sort()).toEqual(Object.keys(fi).sort());
        for (const [key, text] of Object.entries(fi)) {
          const translated = (catalog as Record<string, string>)[key] ?? "";
          expect(translated.trim(), key).not.toBe("");
          expect(placeholders(translated), key).toEqual(placeholders(text));
        }
      },
    );
  });

  it("defines each key in one place only, the server's texts included", async () => {
    const all = [
      ...Object.values(parts).flatMap((part) => Object.keys(part.fi)),
      ...Object.keys(await publicTexts.fi()),
      // The privacy notice's text lives in core, versioned (its own test checks sv and en).
      ...Object.keys(Privacy.texts.fi),
    ];
    expect(all.filter((key, i) => all.indexOf(key) !== i)).toEqual([]);
  });
});
