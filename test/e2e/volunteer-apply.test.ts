import { Volunteer } from "@rinnalla/core/volunteer";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startStack } from "../../packages/local/src/stack.ts";
import { accessibilityViolations, launchChromium, newContext } from "../support/browser.ts";
import { chooseLanguages } from "../support/languages.ts";

/** The volunteer application: its languages in the picker, with a level for each. */

type Stack = Awaited<ReturnType<typeof startStack>>;
let stack: Stack;
let browser: Browser;
const stamp = Date.now().toString(36);

beforeAll(async () => {
  [stack, browser] = await Promise.all([
    startStack({ webDist: inject("webDist"), log: () => {}, env: { LOG_LEVEL: "error" } }),
    launchChromium(),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const desktop = { viewport: { width: 1280, height: 800 } };
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

async function openApplication(options: BrowserContextOptions, lang = "fi"): Promise<Page> {
  const page = await (await newContext(browser, options)).newPage();
  await page.goto(`${stack.api}/volunteer/apply?lang=${lang}`);
  await page.waitForSelector("#apply-name");
  return page;
}

async function fillAbout(page: Page, name: string, email: string) {
  await page.fill("#apply-name", name);
  await page.fill("#apply-email", email);
  await page.fill("#apply-municipality", "Vantaa");
  await page.fill("#apply-motivation", "Haluan auttaa somalinkielisiä perheitä.");
  await page.selectOption("#apply-heardFrom", "friend");
  await page.check("#apply-consent");
}

const cardOf = async (name: string) =>
  (await Volunteer.cards("applicant")).find((card) => card.name === name);

describe("the volunteer application", () => {
  it("asks how well the applicant speaks each language, and says which one is missing", async () => {
    const page = await openApplication(phone);
    const name = `Faadumo Cali ${stamp}`;
    await fillAbout(page, name, `faadumo.${stamp}@example.org`);
    // Typing finds a language; each chosen one gets its own level question.
    await page.fill("#apply-languages", "soomaali");
    await page.press("#apply-languages", "Enter");
    await page.fill("#apply-languages", "suomi");
    await page.press("#apply-languages", "Enter");
    await page.press("#apply-languages", "Escape");
    expect(await page.textContent("#apply-level-so legend")).toContain(
      "Somali: kuinka hyvin osaat?",
    );
    await page.tap("#apply-level-so-native");
    await page.click("button[type=submit]");
    await page.waitForSelector("#error-summary");
    expect(await page.textContent("#error-summary")).toContain("Valitse taitotasosi: Suomi.");
    expect(await page.textContent("#apply-level-fi-error")).toContain(
      "Valitse taitotasosi: Suomi.",
    );
    await page.click('#error-summary a[href="#apply-level-fi-native"]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("apply-level-fi-native");
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.check("#apply-level-fi-fluent");
    await page.click("button[type=submit]");
    await page.waitForSelector("[data-testid=apply-done]");
    expect((await cardOf(name))?.languages).toEqual([
      { code: "fi", level: "fluent" },
      { code: "so", level: "native" },
    ]);
    await page.context().close();
  });

  it("can be filled with the keyboard alone, levels included", async () => {
    const page = await openApplication(desktop);
    const name = `Omar Hassan ${stamp}`;
    await fillAbout(page, name, `omar.${stamp}@example.org`);
    await page.focus("#apply-languages");
    await page.keyboard.type("arab");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Escape");
    // Tab past the chosen language's button to its level; the arrows pick one.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("apply-languages-chosen-ar");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("apply-level-ar-native");
    await page.keyboard.press("Space");
    await page.click("button[type=submit]");
    await page.waitForSelector("[data-testid=apply-done]");
    expect((await cardOf(name))?.languages).toEqual([{ code: "ar", level: "native" }]);
    await page.context().close();
  });

  for (const [size, options] of [
    ["1280×800", desktop],
    ["390×844", phone],
  ] as const) {
    for (const lang of ["fi", "sv"] as const) {
      it(`has nothing axe finds at ${size} in ${lang}, languages and levels shown`, async () => {
        const page = await openApplication(options, lang);
        await page.waitForFunction((l) => document.documentElement.lang === l, lang);
        const found: string[] = [];
        const check = async (where: string) => {
          for (const v of await accessibilityViolations(page)) found.push(`${where}: ${v}`);
        };
        await check("empty");
        await page.click("#apply-languages");
        await check("picker open");
        await chooseLanguages(page, ["so", "fi"], "apply-languages");
        await page.click("button[type=submit]");
        await page.waitForSelector("#error-summary");
        await check("with errors");
        expect(found).toEqual([]);
        await page.context().close();
      });
    }
  }
});
