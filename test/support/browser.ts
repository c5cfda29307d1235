import AxeBuilder from "@axe-core/playwright";
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from "playwright-core";
import { fakeNow } from "./clock.ts";
import { totpCode } from "./totp.ts";

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

/** The pages a coordinator passes on the way in, for checks along the way (e.g. axe). */
export type SignInStep = "sign-in" | "verify" | "enrol" | "recovery-codes";

/**
 * Signs a coordinator in as a person does: the sign-in form, the emailed link, "continue" and,
 * when the association requires an authenticator app and they have none yet, enrolment with a
 * code from the tests' own "app" (`totpCode`), past the recovery codes to the inbox. Returns
 * the app's secret and recovery codes when one was set up. `at` is called on each page once
 * it is ready.
 */
export async function signInInBrowser(
  page: Page,
  siteUrl: string,
  email: string,
  linkFromMail: () => Promise<string>,
  at: (step: SignInStep) => Promise<void> = async () => {},
): Promise<{ secret?: string; recoveryCodes?: string[] }> {
  await page.goto(`${siteUrl}/sign-in`);
  await page.waitForSelector("#signin-email");
  await at("sign-in");
  await page.fill("#signin-email", email);
  await page.click("button[type=submit]");
  await page.waitForSelector("[data-testid=signin-sent]");
  // Opening the link changes nothing by itself (mail scanners open links too).
  await page.goto(await linkFromMail());
  await page.waitForSelector("#signin-continue");
  await at("verify");
  await page.click("#signin-continue");

  const inbox = "[data-testid=inbox-table], [data-testid=inbox-empty]";
  const next = await page.waitForSelector(`${inbox}, [data-testid=enrol-secret]`);
  if ((await next.getAttribute("data-testid")) !== "enrol-secret") return {};

  const secret = (await next.getAttribute("data-secret")) ?? "";
  if (!secret) throw new Error("the enrolment page shows no secret");
  await at("enrol");
  await page.fill("#enrol-code", totpCode(secret));
  await page.click("#enrol-confirm");
  await page.waitForSelector("[data-testid=recovery-codes]");
  const recoveryCodes = await page.locator("[data-testid=recovery-codes] code").allTextContents();
  await at("recovery-codes");
  await page.click("#enrol-continue");
  await page.waitForSelector(inbox);
  return { secret, recoveryCodes };
}
