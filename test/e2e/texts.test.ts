import * as Actor from "@rinnalla/core/actor";
import { Coordinator } from "@rinnalla/core/coordinator";
import { Request } from "@rinnalla/core/request";
import { addDays, helsinkiDate, helsinkiToUtc } from "@rinnalla/core/util";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startStack } from "../../packages/local/src/stack.ts";
import {
  accessibilityViolations,
  launchChromium,
  newContext,
  signInInBrowser,
} from "../support/browser.ts";
import { chooseLanguages } from "../support/languages.ts";

/**
 * Issue 18's must-show, end to end on the local stack: a request from the form with a phone
 * number only and a yes to texts; the confirmation and then the day-before reminder appear in
 * the local text viewer; a text the network cannot deliver becomes a "call this person" alert
 * in the coordinator's inbox.
 */

type Stack = Awaited<ReturnType<typeof startStack>>;
let stack: Stack;
let browser: Browser;
let api: {
  call: typeof import("../support/harness.ts").call;
  moveVisit: typeof import("../support/visits.ts").moveVisit;
  activeVolunteer: typeof import("../support/volunteers.ts").activeVolunteer;
  sendReminders: typeof import("@rinnalla/core/jobs").VisitJobs.sendReminders;
  retryDue: typeof import("@rinnalla/core/reach").Delivery.retryDue;
};
let cookie: string;
let inbox: Page;
const stamp = Date.now().toString(36);
const coordinatorEmail = `texts.${stamp}@example.org`;

interface Mail {
  destination: { to: string[] };
  body: { text: string };
}

async function signInLink(): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const { emails } = (await (await fetch(`${stack.ses}/store`)).json()) as { emails: Mail[] };
    const text = emails.find((m) => m.destination.to.includes(coordinatorEmail))?.body.text;
    const link = text?.match(/https?:\/\/\S+\/sign-in\/verify#\S+/)?.[0];
    if (link) return link;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("no sign-in mail");
}

/** A random mobile number, as a person types it and as the network writes it. */
function newNumber() {
  const digits = String(Math.floor(10_000_000 + Math.random() * 89_999_999));
  return { typed: `050 ${digits}`, e164: `+35850${digits}` };
}

/** Fills the form as the client, with a phone number only, and says yes to texts. */
async function requestByPhone(page: Page, typed: string): Promise<string> {
  await page.goto(`${stack.api}/`);
  await page.check("#requesterRole-client");
  await page.fill("#client-name", "Aino Virtanen");
  await page.fill("#client-phone", typed);
  await page.check("#preferredContact-phone");
  await chooseLanguages(page, ["fi"]);
  await page.selectOption("#sector", "disability");
  await page.fill("#description", "Palvelusuunnitelman palaveri");
  await page.fill("#place", "Sosiaalitoimisto, Toinen linja 4");
  await page.fill("#municipality", "Helsinki");
  await page.fill("#date", addDays(helsinkiDate(new Date()), 10));
  await page.fill("#startTime", "10:00");
  await page.selectOption("#durationMinutes", "60");
  await page.check("#consent");
  await page.check("#sms");
  await page.click("button[type=submit]");
  return (await page.textContent("[data-testid=reference]")) ?? "";
}

/** The viewer's rows for a number, once at least `count` are there (it refreshes itself). */
async function viewerRows(page: Page, number: string, count: number): Promise<string[]> {
  for (let i = 0; i < 100; i++) {
    await page.goto(stack.textViewer);
    const rows = await page.$$eval("tr, li", (els) => els.map((e) => e.textContent ?? ""));
    const mine = rows.filter((row) => row.includes(number) && !row.includes("STOP?"));
    if (mine.length >= count) return mine;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`fewer than ${count} texts to ${number} in the viewer`);
}

beforeAll(async () => {
  [stack, browser] = await Promise.all([
    startStack({ webDist: inject("webDist"), log: () => {}, env: { LOG_LEVEL: "error" } }),
    launchChromium(),
  ]);
  await Actor.provide({ type: "system", name: "e2e" }, () =>
    Coordinator.add({ email: coordinatorEmail, name: "Kaisa Koordinaattori", role: "coordinator" }),
  );
  const [harness, visits, volunteers, jobs, reach] = await Promise.all([
    import("../support/harness.ts"),
    import("../support/visits.ts"),
    import("../support/volunteers.ts"),
    import("@rinnalla/core/jobs"),
    import("@rinnalla/core/reach"),
  ]);
  api = {
    call: harness.call,
    moveVisit: visits.moveVisit,
    activeVolunteer: volunteers.activeVolunteer,
    sendReminders: jobs.VisitJobs.sendReminders,
    retryDue: reach.Delivery.retryDue,
  };
  const context = await newContext(browser);
  inbox = await context.newPage();
  await signInInBrowser(inbox, stack.api, coordinatorEmail, signInLink);
  cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe("text messages for a client without email", () => {
  it("texts the confirmation and the reminder, both seen in the local text viewer", async () => {
    const number = newNumber();
    const page = await (await newContext(browser)).newPage();
    const reference = await requestByPhone(page, number.typed);
    expect(reference).toMatch(/^R-\d{4}-\d{4}$/);
    const stored = await Request.findByReference(reference);
    expect(stored).toMatchObject({ consent: { sms: true } });
    expect(stored?.client.email).toBeUndefined();

    const [confirmation] = await viewerRows(page, number.e164, 1);
    expect(confirmation).toContain(`Saimme pyyntösi ${reference}`);

    // A volunteer is found; the day before the visit the reminder job texts the client.
    const id = stored?.id ?? "";
    const volunteer = await api.activeVolunteer(cookie);
    const { request } = await (await api.call("GET", `/api/requests/${id}`, { cookie })).json();
    const assigned = await api.call("POST", `/api/requests/${id}/assign`, {
      cookie,
      body: { version: request.version, volunteerId: volunteer.id },
    });
    expect(assigned.status).toBe(200);
    const day = addDays(helsinkiDate(new Date()), 40);
    await api.moveVisit(id, day, "10:00");
    const at = helsinkiToUtc(addDays(day, -1), "09:05");
    expect((await api.sendReminders(at)).sent).toBeGreaterThanOrEqual(1);
    await api.retryDue(at);
    const rows = await viewerRows(page, number.e164, 3);
    expect(rows.some((row) => row.includes("Tukihenkilö löytyi"))).toBe(true);
    expect(rows.some((row) => row.includes(`Muistutus: huomenna`) && row.includes(reference))).toBe(
      true,
    );
    // Nothing about the matter travels in a text.
    expect(rows.join(" ")).not.toContain("Palvelusuunnitelman");
    await page.context().close();
  });

  it("turns a text the network cannot deliver into a call in the coordinator's inbox", async () => {
    const number = newNumber();
    await fetch(`${stack.sms}/unreachable`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ number: number.e164 }),
    });
    const page = await (await newContext(browser)).newPage();
    const reference = await requestByPhone(page, number.typed);
    await page.context().close();

    let alert = "";
    for (let i = 0; i < 50 && !alert; i++) {
      await inbox.goto(`${stack.api}/coordinator`);
      await inbox.waitForSelector("[data-testid=inbox-table], [data-testid=inbox-empty]");
      const alerts = await inbox.$$eval("[data-testid=alert]", (els) =>
        els.map((e) => e.textContent ?? ""),
      );
      alert = alerts.find((text) => text.includes(reference)) ?? "";
      if (!alert) await new Promise((r) => setTimeout(r, 200));
    }
    expect(alert).toContain("tekstiviesti ei mennyt perille");
    expect(alert).toContain("soita");
    expect(await accessibilityViolations(inbox)).toEqual([]);
  });
});
