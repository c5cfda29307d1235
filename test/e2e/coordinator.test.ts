import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import * as Actor from "../../packages/core/src/actor/index.ts";
import { Coordinator } from "../../packages/core/src/coordinator/index.ts";
import { addDays, helsinkiDate } from "../../packages/core/src/util/time.ts";
import { startStack } from "../../packages/local/src/stack.ts";
import { accessibilityViolations, launchChromium, newContext } from "../support/browser.ts";

type Stack = Awaited<ReturnType<typeof startStack>>;
let stack: Stack;
let browser: Browser;
const coordinatorEmail = `coordinator.${Date.now()}@example.org`;
const requesterEmail = `requester.${Date.now()}@example.org`;

beforeAll(async () => {
  [stack, browser] = await Promise.all([
    startStack({ webDist: inject("webDist"), log: () => {}, env: { LOG_LEVEL: "error" } }),
    launchChromium(),
  ]);
  await Actor.provide({ type: "public" }, () =>
    Coordinator.add({ email: coordinatorEmail, name: "Kaisa Koordinaattori", role: "admin" }),
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

async function expectAccessible(page: Page) {
  expect(await accessibilityViolations(page)).toEqual([]);
}

describe("a coordinator's day", () => {
  let context: BrowserContext;
  let page: Page;
  let reference: string;

  it("starts with a request from the public form", async () => {
    context = await newContext(browser);
    page = await context.newPage();
    await page.goto(`${stack.api}/`);
    await page.check("#requesterRole-client");
    await page.fill("#client-name", "Helmi Hakija");
    await page.fill("#client-email", requesterEmail);
    await page.check("#preferredContact-email");
    await page.check("#languages-fi");
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

  it("signs in with a link from the mail viewer", async () => {
    await page.goto(`${stack.api}/sign-in`);
    await expectAccessible(page);
    await page.fill("#signin-email", coordinatorEmail);
    await page.click("button[type=submit]");
    await page.waitForSelector("[data-testid=signin-sent]");
    const [mail] = await mailsTo(coordinatorEmail);
    const link = mail?.body.text.match(/https?:\/\/\S+\/sign-in\/verify#\S+/)?.[0];
    expect(link).toBeTruthy();
    // Opening the link changes nothing by itself (mail scanners open links too).
    await page.goto(link ?? "");
    await page.waitForSelector("#signin-continue");
    await expectAccessible(page);
    await page.click("#signin-continue");
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
    for (const action of ["Pyyntö avattiin", "Muistiinpano lisättiin", "Pyyntö peruttiin"]) {
      expect(
        mine.some((row) => row.includes(action)),
        action,
      ).toBe(true);
    }
    await expectAccessible(page);
    await context.close();
  });
});
