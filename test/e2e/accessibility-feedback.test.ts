import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startStack } from "../../packages/local/src/stack.ts";
import { accessibilityViolations, launchChromium, newContext } from "../support/browser.ts";

/**
 * The accessibility statement's feedback form in a real browser: refused empty with its error
 * summary, sent with the day we answer by, the supervisory authority from the settings, and
 * nothing axe can find, at both sizes in Finnish and Swedish.
 */

type Stack = Awaited<ReturnType<typeof startStack>>;
let stack: Stack;
let browser: Browser;

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

describe("feedback from the accessibility statement", () => {
  for (const [size, options] of [
    ["1280×800", desktop],
    ["390×844", phone],
  ] as const) {
    for (const lang of ["fi", "sv"] as const) {
      it(`is refused empty, then sent, with nothing axe can find, at ${size} in ${lang}`, async () => {
        const context = await newContext(browser, options);
        const page = await context.newPage();
        const found: string[] = [];
        const check = async (where: string) => {
          for (const v of await accessibilityViolations(page)) found.push(`${where}: ${v}`);
        };
        await page.goto(`${stack.api}/accessibility?lang=${lang}`);
        await page.waitForFunction((l) => document.documentElement.lang === l, lang);
        await page.waitForSelector("#a11y-what");
        await page.waitForSelector("[data-testid=a11y-authority]");
        expect(await page.textContent("[data-testid=a11y-authority]")).toContain(
          "saavutettavuus@traficom.fi",
        );
        await check("statement");

        await page.click(".a11y-form button[type=submit]");
        await page.waitForSelector("#error-summary");
        expect(await page.textContent("#a11y-what-error")).toContain(
          lang === "fi" ? "Kerro, mikä ei toiminut" : "Berätta vad som inte fungerade",
        );
        await check("form with errors");

        await page.fill("#a11y-what", "Kuvan vaihtoehtoinen teksti puuttuu.");
        await page.fill("#a11y-email", "palaute@example.org");
        await page.click(".a11y-form button[type=submit]");
        await page.waitForSelector("[data-testid=a11y-feedback-done]");
        // Focus moves to the confirmation, which names the day we answer by.
        expect(await page.evaluate(() => document.activeElement?.id)).toBe("a11y-form-title");
        expect(await page.textContent("[data-testid=a11y-feedback-done]")).toMatch(/\d{4}/);
        await check("sent");
        expect(found).toEqual([]);
        await context.close();
      });
    }
  }
});
