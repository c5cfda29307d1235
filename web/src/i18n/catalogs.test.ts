import { publicTexts } from "@rinnalla/core/i18n";
import { Privacy } from "@rinnalla/core/privacy";
import { describe, expect, it } from "vitest";
import { en as a11yEn } from "./accessibility/en.ts";
import { fi as a11yFi } from "./accessibility/fi.ts";
import { sv as a11ySv } from "./accessibility/sv.ts";
import { en as linksEn } from "./links/en.ts";
import { fi as linksFi } from "./links/fi.ts";
import { sv as linksSv } from "./links/sv.ts";
import { en as pubEn } from "./public/en.ts";
import { fi as pubFi } from "./public/fi.ts";
import { sv as pubSv } from "./public/sv.ts";
import { en as sharedEn } from "./shared/en.ts";
import { fi as sharedFi } from "./shared/fi.ts";
import { sv as sharedSv } from "./shared/sv.ts";
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
