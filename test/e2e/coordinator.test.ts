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
import { totpCode } from "../support/totp.ts";

type Stack = Awaited<ReturnType<typeof startStack>>;
let stack: Stack;
let browser: Browser;
const coordinatorEmail = `coordinator.${Date.now()}@example.org`;
const requesterEmail = `requester.${Date.now()}@example.org`;
const colleagueEmail = `colleague.${Date.now()}@example.org`;

beforeAll(async () => {
  [stack, browser] = await Promise.all([
    startStack({ webDist: inject("webDist"), log: () => {}, env: { LOG_LEVEL: "error" } }),
    launchChromium(),
  ]);
  await Actor.provide({ type: "system", name: "e2e" }, () =>
    Coordinator.add({ email: coordinatorEmail, name: "Kaisa Koordinaattori", role: "admin" }),
  );
  await Actor.provide({ type: "system", name: "e2e" }, () =>
    Coordinator.add({ email: colleagueEmail, name: "Kalle Kollega", role: "coordinator" }),
  );
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

interface Mail {
  destination: { to: string[] };
  subject: string;
  body: { text: string };
}

async function mailsTo(address: string, count = 1): Promise<Mail[]> {
  for (let i = 0; i < 50; i++) {
    const { emails } = (await (await fetch(`${stack.ses}/store`)).json()) as { emails: Mail[] };
    const mails = emails.filter((m) => m.destination.to.includes(address));
    if (mails.length >= count) return mails;
    await new Promise((r) => setTimeout(r, 100));
  }
  return [];
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id);

/** The sign-in link in the first mail to an address. */
async function signInLink(address: string) {
  const [mail] = await mailsTo(address);
  const link = mail?.body.text.match(/https?:\/\/\S+\/sign-in\/verify#\S+/)?.[0];
  expect(link).toBeTruthy();
  return link ?? "";
}

async function expectAccessible(page: Page, where?: string) {
  expect(await accessibilityViolations(page), where).toEqual([]);
}

describe("a coordinator's day", () => {
  let context: BrowserContext;
  let page: Page;
  let reference: string;
  let recoveryCodes: string[];

  it("starts with a request from the public form", async () => {
    context = await newContext(browser);
    page = await context.newPage();
    await page.goto(`${stack.api}/`);
    await page.check("#requesterRole-client");
    await page.fill("#client-name", "Helmi Hakija");
    await page.fill("#client-email", requesterEmail);
    await page.check("#preferredContact-email");
    await chooseLanguages(page, ["fi"]);
    await page.selectOption("#sector", "child_protection");
    await page.fill("#description", "Lastensuojelun palaveri");
    await page.fill("#place", "Perhekeskus");
    await page.fill("#municipality", "Vantaa");
    await page.fill("#date", addDays(helsinkiDate(new Date()), 2));
    await page.fill("#startTime", "09:00");
    await page.selectOption("#durationMinutes", "60");
    await page.check("#consent");
    await page.click("button[type=submit]");
    reference = (await page.textContent("[data-testid=reference]")) ?? "";
    expect(reference).toMatch(/^R-\d{4}-\d{4}$/);
  });

  it("signs in with a link from the mail viewer and sets up an authenticator app", async () => {
    const checked: string[] = [];
    const enrolled = await signInInBrowser(
      page,
      stack.api,
      coordinatorEmail,
      () => signInLink(coordinatorEmail),
      async (step) => {
        checked.push(step);
        await expectAccessible(page, step);
      },
    );
    // The app is required by default: a coordinator without one sets it up on the way in.
    expect(enrolled.secret).toBeTruthy();
    recoveryCodes = enrolled.recoveryCodes ?? [];
    expect(recoveryCodes).toHaveLength(10);
    expect(checked).toEqual(["sign-in", "verify", "enrol", "recovery-codes"]);
    await page.waitForSelector("[data-testid=inbox-table]");
  });

  it("sees the request in the inbox, marked urgent, and opens it", async () => {
    const row = page.locator("[data-testid=inbox-row]", { hasText: reference });
    await expect(row.count()).resolves.toBe(1);
    expect(await row.textContent()).toMatch(/Kiireellinen|kiire/i);
    await expectAccessible(page);
    await row.locator("a").first().click();
    await page.waitForSelector("[data-testid=detail-reference]");
    expect(await page.textContent("[data-testid=detail-reference]")).toContain(reference);
    await expectAccessible(page);
  });

  it("adds a note and cancels the request with a reason; the requester is told", async () => {
    await page.fill("#note-text", "Soitin asiakkaalle, hän perui itse.");
    await page.click("#note-add");
    await page.waitForSelector("[data-testid=timeline-item] >> text=Soitin asiakkaalle");

    await page.click("#action-cancel");
    await page.fill("#cancel-reason", "Asiakas perui puhelimessa");
    await expectAccessible(page);
    await page.click("#cancel-confirm");
    await expect
      .poll(() => page.textContent("[data-testid=detail-status]"), { timeout: 10_000 })
      .toMatch(/Peruttu/i);

    const mails = await mailsTo(requesterEmail, 2);
    const cancellation = mails.find((m) => m.subject.includes("peruttu"));
    expect(cancellation?.subject).toBe(`Pyyntö ${reference} on peruttu`);
    expect(cancellation?.body.text).not.toContain("puhelimessa");
  });

  it("finds the read and the changes in the audit log", async () => {
    await page.goto(`${stack.api}/coordinator/admin/audit`);
    await page.waitForSelector("[data-testid=audit-table]");
    const rows = await page.locator("[data-testid=audit-row]").allTextContents();
    const mine = rows.filter((row) => row.includes(coordinatorEmail));
    for (const action of [
      "Todennussovellus otettiin käyttöön",
      "Pyyntö avattiin",
      "Muistiinpano lisättiin",
      "Pyyntö peruttiin",
    ]) {
      expect(
        mine.some((row) => row.includes(action)),
        action,
      ).toBe(true);
    }
    await expectAccessible(page);
  });

  it("changes their own app only with a code from the current one (or a recovery code)", async () => {
    await page.goto(`${stack.api}/coordinator/admin/security`);
    await page.click("#security-enrol");
    const shown = await page.waitForSelector("[data-testid=enrol-secret]");
    const secret = (await shown.getAttribute("data-secret")) ?? "";
    await page.waitForSelector("#enrol-current-code");
    await page.fill("#enrol-code", totpCode(secret));
    await page.fill("#enrol-current-code", "aaaaa-bbbbb");
    await page.click("#enrol-confirm");
    await page.waitForSelector("#enrol-current-code-error");
    expect(await focusedId(page)).toBe("enrol-errors");
    expect(await page.getAttribute("#enrol-current-code", "aria-invalid")).toBe("true");
    await expectAccessible(page, "replacing, wrong current code");
    await page.fill("#enrol-current-code", recoveryCodes[0] ?? "");
    await page.click("#enrol-confirm");
    await page.waitForSelector("[data-testid=recovery-codes]");
    await page.click("#enrol-continue");
    await page.waitForSelector("[data-testid=inbox-table], [data-testid=inbox-empty]");
  });

  it("asks before turning the app requirement off, and turns it on again", async () => {
    await page.goto(`${stack.api}/coordinator/admin/security`);
    await page.waitForSelector("#require-totp");
    expect(await page.isChecked("#require-totp")).toBe(true);
    await page.uncheck("#require-totp");
    await page.click("#security-save");
    await page.waitForSelector("#security-off");
    expect(await focusedId(page)).toBe("security-off-title");
    await expectAccessible(page, "turning the requirement off");
    await page.click("#security-off-confirm");
    await page.waitForSelector("[data-testid=security-off]");
    expect(await page.textContent("#security-message")).toContain("vapaaehtoinen");

    await page.check("#require-totp");
    await page.click("#security-save");
    await expect
      .poll(() => page.textContent("#security-message"))
      .toContain("todennussovellus vaaditaan kaikilta");
    expect(await page.isVisible("[data-testid=security-off]")).toBe(false);
  });

  it("removes a colleague's lost app, which ends their sessions", async () => {
    const colleague = await newContext(browser);
    const theirs = await colleague.newPage();
    await signInInBrowser(theirs, stack.api, colleagueEmail, () => signInLink(colleagueEmail));

    await page.goto(`${stack.api}/coordinator/admin/coordinators`);
    const row = page.locator("[data-testid=coordinator-row]", { hasText: colleagueEmail });
    await row.waitFor();
    const own = page.locator("[data-testid=coordinator-row]", { hasText: coordinatorEmail });
    expect(await own.locator("[id^=remove-authenticator-]").count()).toBe(0);
    await row.locator("[id^=remove-authenticator-]").click();
    await page.waitForSelector("#coordinator-confirm");
    await expectAccessible(page, "removing an app");
    await page.click("#coordinator-confirm-button");
    await expect
      .poll(() => page.textContent("#coordinators-message"))
      .toContain("todennussovellus poistettiin");
    expect(await row.textContent()).toContain("Ei käytössä");

    // Their next page finds the session gone: they sign in again (and set up a new app).
    await theirs.goto(`${stack.api}/coordinator`);
    await theirs.waitForSelector("#signin-email");
    await colleague.close();
  });

  it("names the removal and the system's own work in the audit log", async () => {
    await page.goto(`${stack.api}/coordinator/admin/audit`);
    await page.waitForSelector("[data-testid=audit-table]");
    const rows = await page.locator("[data-testid=audit-row]").allTextContents();
    const removal = rows.filter((row) => row.includes("Ylläpitäjä poisti todennussovelluksen"));
    expect(removal.some((row) => row.includes(coordinatorEmail))).toBe(true);
    expect(rows.some((row) => row.includes("Järjestelmä: e2e"))).toBe(true);
  });

  it("signs out from the person menu", async () => {
    await page.click("#person-menu-button");
    expect(await page.textContent("[data-testid=person-menu]")).toContain(coordinatorEmail);
    await page.click("#sign-out");
    await page.waitForSelector("#signin-email");
    expect(await page.textContent("main")).toContain("Olet kirjautunut ulos.");
    await context.close();
  });
});
