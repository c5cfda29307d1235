import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { addDays, helsinkiDate } from "@rinnalla/core/util";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startStack } from "../../packages/local/src/stack.ts";
import { ar } from "../../web/src/i18n/public/ar.ts";
import { fiSelko } from "../../web/src/i18n/public/fi-selko.ts";
import { uk } from "../../web/src/i18n/public/uk.ts";
import { accessibilityViolations, launchChromium, newContext } from "../support/browser.ts";
import { chooseLanguages } from "../support/languages.ts";

type Stack = Awaited<ReturnType<typeof startStack>>;
let stack: Stack;
let browser: Browser;
const shots = resolve(import.meta.dirname, "../../test-results/screenshots");

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  [stack, browser] = await Promise.all([
    startStack({ webDist: inject("webDist"), log: () => {}, env: { LOG_LEVEL: "error" } }),
    launchChromium(),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

async function openForm(lang: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await newContext(browser, { viewport });
  const page = await context.newPage();
  await page.goto(`${stack.api}/?lang=${lang}`);
  await page.waitForSelector("#requesterRole-client");
  return page;
}

/** A client's own request, by email; the typed texts are the client's own (in any language). */
async function fillAndSend(page: Page) {
  await page.check("#requesterRole-client");
  await page.fill("#client-name", "Olena Kovalenko");
  await page.fill("#client-email", `client.${Date.now()}@example.org`);
  await page.check("#preferredContact-email");
  await chooseLanguages(page, ["fi"]);
  await page.selectOption("#sector", "disability");
  await page.fill("#description", "Lääkärin vastaanotto");
  await page.fill("#place", "Terveysasema, Kivikatu 2");
  await page.fill("#municipality", "Vantaa");
  await page.fill("#date", addDays(helsinkiDate(new Date()), 12));
  await page.fill("#startTime", "09:30");
  await page.selectOption("#durationMinutes", "60");
  await page.check("#consent");
  await page.click("button[type=submit]");
  await page.waitForSelector("[data-testid=reference]");
}

describe("the client pages in the other client languages", () => {
  it("shows the form right to left in Arabic on a phone, passes axe, and sends", async () => {
    const page = await openForm("ar", { width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.dir)).toBe("rtl");
    expect(await page.getAttribute("html", "lang")).toBe("ar");
    expect(await page.textContent("h1")).toContain(ar["form.title"]);
    expect(await page.$eval("h1", (h) => getComputedStyle(h).direction)).toBe("rtl");
    // Machine-assisted and not yet reviewed: the page says so, in Arabic.
    expect(await page.getAttribute("#machine-note", "role")).toBe("note");
    // Nothing scrolls sideways on a phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    // Phone and email run left to right inside the right-to-left page.
    expect(await page.$eval("#client-email", (el) => getComputedStyle(el).direction)).toBe("ltr");
    await page.screenshot({ path: `${shots}/form-ar-390x844.png`, fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);

    await fillAndSend(page);
    expect(await page.textContent("h1")).toContain(ar["done.title"]);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe("rtl");
    const reference = page.locator("bdi [data-testid=reference]");
    expect(await reference.textContent()).toMatch(/^R-\d{4}-\d{4}$/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("takes a request in Ukrainian and confirms it in Ukrainian", async () => {
    const page = await openForm("uk");
    expect(await page.getAttribute("html", "lang")).toBe("uk");
    expect(await page.textContent("h1")).toContain(uk["form.title"]);
    await fillAndSend(page);
    expect(await page.textContent("h1")).toContain(uk["done.title"]);
    expect(await page.textContent("main")).toContain(uk["done.next.1"]);
    await page.context().close();
  });

  it("shows the form in plain Finnish, without a machine-translation note", async () => {
    const page = await openForm("fi-selko");
    expect(await page.getAttribute("html", "lang")).toBe("fi");
    expect(await page.textContent("main")).toContain(fiSelko["form.intro"]);
    expect(await page.isVisible("#machine-note")).toBe(false);
    expect(await page.getAttribute("#lang-fi-selko", "aria-pressed")).toBe("true");
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("turns back to left to right when switched from Arabic to Finnish", async () => {
    const page = await openForm("fi");
    expect(await page.evaluate(() => document.documentElement.dir)).toBe("ltr");
    await page.click("#lang-ar");
    await page.waitForFunction(() => document.documentElement.dir === "rtl");
    await page.click("#lang-fi");
    await page.waitForFunction(() => document.documentElement.lang === "fi");
    expect(await page.evaluate(() => document.documentElement.dir)).toBe("ltr");
    expect(await page.isVisible("#machine-note")).toBe(false);
    await page.context().close();
  });

  it("offers only fi, sv and en on a volunteer page, showing Arabic there as English", async () => {
    const page = await openForm("ar");
    await page.click("#volunteer-apply-link");
    await page.waitForFunction(() => document.documentElement.lang === "en");
    expect(await page.evaluate(() => document.documentElement.dir)).toBe("ltr");
    expect(await page.$$eval(".lang-switcher button", (b) => b.length)).toBe(3);
    expect(await page.getAttribute("#lang-en", "aria-pressed")).toBe("true");
    await page.context().close();
  });
});
