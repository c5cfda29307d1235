import * as Actor from "@rinnalla/core/actor";
import { Organisation } from "@rinnalla/core/organisation";
import { Privacy } from "@rinnalla/core/privacy";
import { Request } from "@rinnalla/core/request";
import { addDays, helsinkiDate } from "@rinnalla/core/util";
import { Volunteer } from "@rinnalla/core/volunteer";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startStack } from "../../packages/local/src/stack.ts";
import { accessibilityViolations, launchChromium, newContext } from "../support/browser.ts";
import { chooseLanguages } from "../support/languages.ts";

/**
 * Consent on record, in the browser: the form's consent links to the privacy notice, which
 * shows its version and date; the separate choices are kept with the draft and sent; the form
 * with them is accessible at both sizes in Finnish and Swedish; a volunteer sees a new notice on
 * their page until they say they have read it.
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

async function newPage(options: BrowserContextOptions = desktop): Promise<Page> {
  const context = await newContext(browser, options);
  return context.newPage();
}

const admin = {
  type: "coordinator",
  coordinatorId: "crd_test_admin",
  email: "admin@example.org",
  name: "Test admin",
  role: "admin",
  sessionId: "ses_test",
  secondFactor: "done",
} as const;

async function setPrivacyUrl(privacyUrl: string | undefined) {
  const current = await Organisation.current();
  await Actor.provide(admin, () =>
    Organisation.update({
      name: current.name,
      replies: "none",
      ...(privacyUrl && { privacyUrl }),
      version: current.version,
    }),
  );
}

async function fillRequest(page: Page) {
  await page.check("#requesterRole-client");
  await page.fill("#client-name", "Aino Suostumus");
  await page.fill("#client-phone", "040 123 4567");
  await page.check("#preferredContact-phone");
  await chooseLanguages(page, ["fi"]);
  await page.selectOption("#sector", "online_services");
  await page.fill("#description", "Kelan hakemus verkossa");
  await page.fill("#place", "Kirjasto");
  await page.fill("#municipality", "Helsinki");
  await page.fill("#date", addDays(helsinkiDate(new Date()), 7));
  await page.fill("#startTime", "12:00");
  await page.selectOption("#durationMinutes", "60");
}

describe("consent on the request form", () => {
  it("links the consent to the notice, which shows its version and date; the choices survive the visit and are sent", async () => {
    const page = await newPage();
    await page.goto(`${stack.api}/`);
    await fillRequest(page);
    // The choices start unticked; the survey one is ticked here.
    expect(await page.isChecked("#surveys")).toBe(false);
    expect(await page.isChecked("#sms")).toBe(false);
    await page.check("#surveys");
    await page.check("#consent");

    // The link is in the consent's own label.
    expect(await page.$eval("#privacy-link", (a) => a.closest("label")?.htmlFor)).toBe("consent");
    await page.click("#privacy-link");
    await page.waitForSelector("[data-testid=privacy-version]");
    expect(page.url()).toBe(`${stack.api}/privacy`);
    const version = (await page.textContent("[data-testid=privacy-version]")) ?? "";
    expect(version).toContain(`Versio ${Privacy.builtIn.version}`);
    const [y, m, d] = Privacy.builtIn.since.split("-").map(Number);
    expect(version).toContain(`${d}.${m}.${y}`);

    // Back on the form, everything is as it was, the choices too.
    await page.goBack();
    await page.waitForSelector("#privacy-link");
    expect(await page.inputValue("#client-name")).toBe("Aino Suostumus");
    expect(await page.isChecked("#surveys")).toBe(true);
    expect(await page.isChecked("#sms")).toBe(false);
    expect(await page.isChecked("#consent")).toBe(true);

    await page.click("button[type=submit]");
    const reference = (await page.textContent("[data-testid=reference]")) ?? "";
    const request = await Request.findByReference(reference.trim());
    expect(request?.consent).toMatchObject({
      noticeVersion: Privacy.builtIn.version,
      source: "form",
      surveys: true,
      sms: false,
    });
    await page.context().close();
  });

  it("is accessible with its choices at both sizes in Finnish and Swedish", async () => {
    for (const [name, options] of Object.entries({ desktop, phone })) {
      for (const lang of ["fi", "sv"] as const) {
        const page = await newPage(options);
        await page.goto(`${stack.api}/?lang=${lang}`);
        await page.waitForFunction((l) => document.documentElement.lang === l, lang);
        await page.check("#requesterRole-relative");
        await page.waitForSelector("#surveys");
        // With the problems shown too (the consent's message beside its linked label).
        await page.click("button[type=submit]");
        await page.waitForSelector("#consent-error");
        expect(await accessibilityViolations(page), `${name} ${lang}`).toEqual([]);
        await page.context().close();
      }
    }
  });
});

describe("a new notice on the volunteer's own page", () => {
  it("says the notice changed until the volunteer says they have read it", async () => {
    const email = `notice.${Date.now().toString(36)}@example.org`;
    await Volunteer.apply(
      {
        locale: "fi",
        name: "Noora Notice",
        email,
        municipality: "Helsinki",
        languages: [{ code: "fi", level: "native" }],
        motivation: "Haluan auttaa.",
        heardFrom: "friend",
        consent: true,
        noticeVersion: Privacy.builtIn.version,
      },
      { clientAddress: "e2e-notice" },
    );
    await setPrivacyUrl("https://example.org/tietosuoja");
    try {
      const page = await newPage(phone);
      await page.goto(`${stack.api}/volunteer/sign-in`);
      await page.fill("#volunteer-email", email);
      await page.click("#volunteer-send");
      const link = await selfLink(email);
      await page.goto(link);
      await page.click("#volunteer-continue");
      const banner = await page.waitForSelector("[data-testid=notice-banner]");
      expect(await banner.textContent()).toContain("Tietosuojaseloste on muuttunut");
      expect(await page.getAttribute("#notice-read", "href")).toBe(
        "https://example.org/tietosuoja",
      );
      expect(await accessibilityViolations(page), "the banner").toEqual([]);

      await page.click("#notice-acknowledge");
      await page.waitForSelector("[data-testid=notice-message]");
      expect(await page.isVisible("[data-testid=notice-banner]")).toBe(false);
      // The next visit shows no banner.
      await page.reload();
      await page.waitForSelector("#me-details-title");
      expect(await page.isVisible("[data-testid=notice-banner]")).toBe(false);
      await page.context().close();
    } finally {
      await setPrivacyUrl(undefined);
    }
  });
});

interface Mail {
  destination: { to: string[] };
  body: { text: string };
}

async function selfLink(address: string): Promise<string> {
  const pattern = /https?:\/\/\S+\/volunteer\/sign-in#\S+/;
  for (let i = 0; i < 100; i++) {
    const { emails } = (await (await fetch(`${stack.ses}/store`)).json()) as { emails: Mail[] };
    const link = emails
      .filter((m) => m.destination.to.includes(address))
      .flatMap((m) => m.body.text.match(pattern)?.[0] ?? [])
      .at(-1);
    if (link) return link;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no self link for ${address}`);
}
