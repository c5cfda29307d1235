import * as Actor from "@rinnalla/core/actor";
import { Coordinator } from "@rinnalla/core/coordinator";
import { addDays, helsinkiDate } from "@rinnalla/core/util";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startStack } from "../../packages/local/src/stack.ts";
import {
  accessibilityViolations,
  launchChromium,
  newContext,
  signInInBrowser,
} from "../support/browser.ts";
import { chooseLanguages } from "../support/languages.ts";

type Stack = Awaited<ReturnType<typeof startStack>>;
let stack: Stack;
let browser: Browser;
const stamp = Date.now().toString(36);
const coordinatorEmail = `bank.${stamp}@example.org`;
const volunteerEmail = `hodan.${stamp}@example.org`;
const volunteerName = `Hodan Warsame ${stamp}`;
/** The next Saturday: the volunteer adds it themself, so only their own update can make them free then. */
const saturday = Array.from({ length: 7 }, (_, i) => addDays(helsinkiDate(new Date()), i + 1)).find(
  (d) => new Date(`${d}T12:00:00Z`).getUTCDay() === 6,
) as string;

beforeAll(async () => {
  [stack, browser] = await Promise.all([
    startStack({ webDist: inject("webDist"), log: () => {}, env: { LOG_LEVEL: "error" } }),
    launchChromium(),
  ]);
  await Actor.provide({ type: "system", name: "e2e" }, () =>
    Coordinator.add({
      email: coordinatorEmail,
      name: "Pankin Koordinaattori",
      role: "coordinator",
    }),
  );
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

interface Mail {
  destination: { to: string[] };
  body: { text: string };
}

async function linkFor(address: string, path: string, count: number): Promise<string> {
  for (let i = 0; i < 60; i++) {
    const { emails } = (await (await fetch(`${stack.ses}/store`)).json()) as { emails: Mail[] };
    const mails = emails.filter((m) => m.destination.to.includes(address));
    const link = mails.at(-1)?.body.text.match(new RegExp(`https?://\\S+${path}#\\S+`))?.[0];
    if (mails.length >= count && link) return link;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no ${path} link for ${address}`);
}

async function expectAccessible(page: Page, where: string) {
  expect(await accessibilityViolations(page), where).toEqual([]);
}

async function inSwedishToo(page: Page, where: string) {
  const url = new URL(page.url());
  url.searchParams.set("lang", "sv");
  await page.goto(url.toString());
  await page.waitForFunction(() => document.documentElement.lang === "sv");
  await page.waitForSelector("h1");
  await expectAccessible(page, `${where} (sv)`);
  url.searchParams.set("lang", "fi");
  await page.goto(url.toString());
  await page.waitForFunction(() => document.documentElement.lang === "fi");
}

describe("from application to a volunteer the bank finds", () => {
  let coordinator: BrowserContext;
  let page: Page;

  it("takes an application through the public form", async () => {
    const context = await newContext(browser);
    const applicant = await context.newPage();
    await applicant.goto(`${stack.api}/volunteer/apply`);
    await applicant.waitForSelector("#apply-name");
    await expectAccessible(applicant, "apply");
    await inSwedishToo(applicant, "apply");
    await applicant.fill("#apply-name", volunteerName);
    await applicant.fill("#apply-email", volunteerEmail);
    await applicant.fill("#apply-municipality", "Vantaa");
    await chooseLanguages(applicant, ["so", "fi"], "apply-languages");
    await applicant.check("#apply-level-so-native");
    await applicant.check("#apply-level-fi-fluent");
    await applicant.fill("#apply-motivation", "Haluan auttaa somalinkielisiä perheitä.");
    await applicant.selectOption("#apply-heardFrom", "friend");
    await applicant.check("#apply-consent");
    await applicant.click("button[type=submit]");
    await applicant.waitForSelector("[data-testid=apply-done]");
    await expectAccessible(applicant, "apply done");
    await context.close();
  });

  it("lets the coordinator interview, train, activate and profile them", async () => {
    coordinator = await newContext(browser);
    page = await coordinator.newPage();
    await signInInBrowser(page, stack.api, coordinatorEmail, () =>
      linkFor(coordinatorEmail, "/sign-in/verify", 1),
    );

    await page.goto(`${stack.api}/coordinator/volunteers?status=applicant`);
    const row = page.locator("[data-testid=bank-row]", { hasText: volunteerName });
    await row.waitFor();
    await expectAccessible(page, "bank");
    await inSwedishToo(page, "bank");
    await page
      .locator("[data-testid=bank-row]", { hasText: volunteerName })
      .locator("a")
      .first()
      .click();
    await page.waitForSelector("[data-testid=volunteer-status]");
    await expectAccessible(page, "volunteer page");
    await inSwedishToo(page, "volunteer page");

    if (await page.isVisible("#interview-edit")) await page.click("#interview-edit");
    await page.fill("#interview-workHistory", "Kätilö, 25 vuotta");
    await page.fill("#interview-lifeSituation", "Eläkkeellä, aikaa viikolla");
    await page.check("#interview-decision-to_training");
    await page.click("#interview-save");
    await expect
      .poll(() => page.textContent("[data-testid=volunteer-status]"))
      .toMatch(/koulutuks/i);

    await page.click("#status-active");
    await page.click("#status-confirm");
    await expect.poll(() => page.textContent("[data-testid=volunteer-status]")).toMatch(/aktiivi/i);

    if (await page.isVisible("#profile-edit")) await page.click("#profile-edit");
    await page.click("#weekly-add");
    await page.selectOption("#weekly-0-day", "1");
    await page.fill("#weekly-0-from", "10:00");
    await page.fill("#weekly-0-to", "14:00");
    await page.fill("#profile-maxVisits", "4");
    await page.check("#profile-language-so");
    await page.selectOption("#profile-language-so-level", "native");
    await page.fill("#profile-areas", "Vantaa, Helsinki");
    await expectAccessible(page, "profile form");
    await page.click("#profile-save");
    await page.waitForSelector("#profile-edit");
  });

  it("lets the volunteer add a Saturday through their emailed link", async () => {
    await page.click("#volunteer-send-link");
    const link = await linkFor(volunteerEmail, "/volunteer/sign-in", 2);
    const context = await newContext(browser);
    const own = await context.newPage();
    await own.goto(link);
    await own.waitForSelector("#volunteer-continue");
    await expectAccessible(own, "volunteer sign-in");
    await own.click("#volunteer-continue");
    await own.waitForSelector("[data-testid=volunteer-status]");
    await expectAccessible(own, "own page");
    await inSwedishToo(own, "own page");
    await own.click("#profile-edit");
    await own.click("#weekly-add");
    await own.selectOption("#weekly-1-day", "6");
    await own.fill("#weekly-1-from", "09:00");
    await own.fill("#weekly-1-to", "12:00");
    await own.click("#profile-save");
    await own.waitForSelector("[data-testid=profile-saved]");
    await expectAccessible(own, "own page saved");
    await context.close();
  });

  it("finds them with the coordinator's filter for Somali on that Saturday", async () => {
    await page.goto(`${stack.api}/coordinator/volunteers`);
    await page.waitForSelector("#bank-language");
    await page.selectOption("#bank-language", "so");
    await page.fill("#bank-freeOn", saturday);
    await page.click("#bank-apply");
    await page.locator("[data-testid=bank-row]", { hasText: volunteerName }).waitFor();
    await expectAccessible(page, "bank filtered");
    // The day before, a Friday, they are not free.
    await page.fill("#bank-freeOn", addDays(saturday, -1));
    await page.click("#bank-apply");
    await page.waitForSelector("[data-testid=bank-empty]");
    await coordinator.close();
  });
});
