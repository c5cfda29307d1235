// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { languageName, pickLocale, setLocale } from "./i18n.ts";

describe("UI language", () => {
  it("prefers ?lang=, then the saved choice, then the browser's languages", () => {
    expect(pickLocale({ search: "?lang=en", stored: "sv", languages: ["fi"] })).toBe("en");
    expect(pickLocale({ search: "?lang=de", stored: "sv", languages: ["fi"] })).toBe("sv");
    expect(pickLocale({ stored: "xx", languages: ["de-DE", "sv-FI", "en"] })).toBe("sv");
    expect(pickLocale({ languages: ["de"] })).toBe("fi");
    expect(pickLocale({})).toBe("fi");
  });

  it("remembers a switch, loads the language's texts, and names sign languages", async () => {
    await setLocale("en");
    expect(localStorage.getItem("rinnalla.locale")).toBe("en");
    expect(languageName("fse")).toBe("Finnish Sign Language");
    expect(languageName("sv")).toBe("Swedish");
    await setLocale("fi");
    expect(languageName("fss")).toBe("Suomenruotsalainen viittomakieli");
    expect(languageName("sv")).toBe("Ruotsi");
  });
});
