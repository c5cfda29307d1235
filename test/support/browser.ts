import AxeBuilder from "@axe-core/playwright";
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from "playwright-core";
import { fakeNow } from "./clock.ts";

/** Debian's Chromium, headless, kept off the network beyond localhost. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/**
 * A browser context as a Finnish user in Helsinki has it. Under a test clock (TEST_NOW) the
 * page's clock starts at the test process's "now" and runs on from there, so the site and the
 * server agree on what today is.
 */
export async function newContext(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    locale: "fi-FI",
    timezoneId: "Europe/Helsinki",
    ...options,
  });
  const now = fakeNow();
  if (now) await context.clock.install({ time: now });
  return context;
}

/** axe-core with the WCAG 2.1 A and AA rules; returns the violations, worded for a failure. */
export async function accessibilityViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
  );
}

/**
 * Date and time fields are typed in the order of the browser's own locale, which headless
 * Chromium takes from the machine: day-first with a 24 h clock (fi), or month-first with AM/PM
 * (en-US). A throwaway field, typed into with real key presses, tells which.
 */
export async function dateFieldOrder(page: Page): Promise<"day-first" | "month-first"> {
  await page.evaluate(() => {
    const probe = document.createElement("input");
    probe.type = "date";
    probe.id = "date-order-probe";
    document.body.append(probe);
  });
  await page.focus("#date-order-probe");
  await page.keyboard.type("01022026");
  const value = await page.$eval("#date-order-probe", (input) => (input as HTMLInputElement).value);
  await page.evaluate(() => document.getElementById("date-order-probe")?.remove());
  return value === "2026-02-01" ? "day-first" : "month-first";
}
