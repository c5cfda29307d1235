// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import {
  addMessages,
  languageName,
  locale,
  pickLocale,
  setClientPage,
  setLocale,
  tr,
  uiLocale,
} from "./i18n.ts";

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

  it("takes any client language by name, from the browser's languages only what it negotiates", () => {
    expect(pickLocale({ search: "?lang=ar", stored: "sv" })).toBe("ar");
    expect(pickLocale({ search: "?lang=fi-selko" })).toBe("fi-selko");
    expect(pickLocale({ stored: "so", languages: ["en"] })).toBe("so");
    expect(pickLocale({ languages: ["uk-UA", "en"] })).toBe("uk");
    expect(pickLocale({ languages: ["de", "ru"] })).toBe("ru");
  });

  it("fills a missing key from the base language, and staff pages show the base language", async () => {
    await setLocale("uk", false);
    expect(uiLocale()).toBe("uk");
    expect(locale()).toBe("en");
    // The volunteer's gathering page is not translated into Ukrainian: English fills it.
    addMessages({ en: { "links.gathering.title": "Invitation to the volunteers' gathering" } });
    expect(tr("links.gathering.title")).toBe("Invitation to the volunteers' gathering");
    expect(tr("ui.loading")).toBe("Завантаження…");
    setClientPage(false);
    expect(uiLocale()).toBe("en");
    expect(tr("app.tagline")).toMatch(/Support/);
    setClientPage(true);
    await setLocale("fi", false);
  });
});
