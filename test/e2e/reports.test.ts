import { readFile } from "node:fs/promises";
import * as Actor from "@rinnalla/core/actor";
import { Coordinator } from "@rinnalla/core/coordinator";
import { MonthlyReport } from "@rinnalla/core/jobs";
import { Outbox } from "@rinnalla/core/mail";
import {
  addDays,
  firstWorkingDay,
  helsinkiDate,
  helsinkiMonth,
  helsinkiToUtc,
  nextMonth,
} from "@rinnalla/core/util";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startStack } from "../../packages/local/src/stack.ts";
import {
  accessibilityViolations,
  launchChromium,
  newContext,
  signInInBrowser,
} from "../support/browser.ts";

/**
 * Issue 16 in Chromium: the coordinator's reports. Three requests come in (one from a client,
 * two from a professional of a city's social services); two are confirmed, held and reported
 * on, 90 minutes each. The coordinator opens the reports (this year so far), switches to the
 * requests' month and to a custom range made from the data's own months, and sees the requests,
 * visits and hours; downloads a table's CSV, whose rows are the table's; reloads and keeps the
 * period; a range that ends before it starts is refused on its field, and a month long before
 * the data says it has no figures. The funder's yearly CSV downloads. axe finds nothing.
 */

let api: typeof import("../support/harness.ts") & {
  confirmedVisit: typeof import("../support/visits.ts").confirmedVisit;
  moveVisit: typeof import("../support/visits.ts").moveVisit;
};

type Stack = Awaited<ReturnType<typeof startStack>>;
let stack: Stack;
let browser: Browser;
let page: Page;
let cookie: string;
const coordinatorEmail = `reports.${Date.now().toString(36)}@example.org`;
const organisation = "Kaupungin sosiaalitoimi";
const professional = (email: string) => ({
  requesterRole: "professional",
  requester: { name: "Sari Sosiaalityö", organisation, email },
});

/** The history the report is about, with the months it happened in. */
const made = { requestMonths: [] as string[], visitMonths: [] as string[], minutes: 0 };

interface Mail {
  destination: { to: string[] };
  subject: string;
  body: { text: string };
}

async function mailsTo(address: string): Promise<Mail[]> {
  const { emails } = (await (await fetch(`${stack.ses}/store`)).json()) as { emails: Mail[] };
  return emails.filter((m) => m.destination.to.includes(address));
}

async function linkFor(address: string, path: string): Promise<string> {
  const pattern = new RegExp(`https?://\\S+${path}#(\\S+)`);
  for (let i = 0; i < 100; i++) {
    const found = (await mailsTo(address)).findLast((m) => pattern.test(m.body.text));
    const match = found?.body.text.match(pattern);
    if (match) return path === "/visit" ? (match[1] as string) : match[0];
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no ${path} link for ${address}`);
}

async function createdMonth(id: string): Promise<string> {
  const detail = await (await api.call("GET", `/api/requests/${id}`, { cookie })).json();
  return helsinkiMonth(detail.request.createdAt);
}

/** A confirmed visit moved to yesterday and reported by its volunteer through the link. */
async function heldVisit(overrides: Record<string, unknown>) {
  const visit = await api.confirmedVisit(cookie, overrides);
  const date = addDays(helsinkiDate(new Date()), -1);
  await api.moveVisit(visit.id, date, "10:00");
  const token = await linkFor(visit.volunteer.email, "/visit");
  const reported = await api.viaLink("POST", "/api/links/visit/report", token, {
    body: { happened: "yes", minutes: 90 },
  });
  expect(reported.status, await reported.clone().text()).toBe(200);
  made.requestMonths.push(await createdMonth(visit.id));
  made.visitMonths.push(date.slice(0, 7));
  made.minutes += 90;
}

beforeAll(async () => {
  [stack, browser] = await Promise.all([
    startStack({ webDist: inject("webDist"), log: () => {}, env: { LOG_LEVEL: "error" } }),
    launchChromium(),
  ]);
  await Actor.provide({ type: "system", name: "e2e" }, () =>
    Coordinator.add({ email: coordinatorEmail, name: "Raili Raportoija", role: "coordinator" }),
  );
  const [harness, visits] = await Promise.all([
    import("../support/harness.ts"),
    import("../support/visits.ts"),
  ]);
  api = { ...harness, confirmedVisit: visits.confirmedVisit, moveVisit: visits.moveVisit };
  const context = await newContext(browser, { viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  await signInInBrowser(page, stack.api, coordinatorEmail, () =>
    linkFor(coordinatorEmail, "/sign-in/verify"),
  );
  cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");

  await heldVisit({});
  await heldVisit(professional(api.uniqueEmail("sosiaalityo")));
  const asked = await api.submitRequest(cookie, professional(api.uniqueEmail("sosiaalityo")));
  made.requestMonths.push(await createdMonth(asked.id));
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** A table as the page shows it: the header row, then each row's header and cells. */
function tableOnPage(id: string): Promise<string[][]> {
  return page.$eval(`[data-testid=report-table-${id}]`, (table) =>
    [...table.querySelectorAll("tr")].map((tr) =>
      [...tr.children].map((cell) =>
        cell.querySelector("[aria-hidden=true]") ? "" : (cell.textContent ?? "").trim(),
      ),
    ),
  );
}

/** One CSV line's fields, quotes undone (labels hold no line breaks). */
function csvFields(line: string, delimiter: string): string[] {
  const fields = [""];
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (c === '"' && quoted && line[i + 1] === '"') {
      fields[fields.length - 1] += c;
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (c === delimiter && !quoted) {
      fields.push("");
    } else {
      fields[fields.length - 1] += c;
    }
  }
  return fields;
}

/** A CSV's rows: after its byte-order mark, Windows line ends, `delimiter` between fields. */
function csvRows(text: string, delimiter: string): string[][] {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  return text
    .slice(1)
    .split("\r\n")
    .filter((line) => line !== "")
    .map((line) => csvFields(line, delimiter));
}

/** The value of a row in a one-column table (its first cell). */
async function cell(table: string, rowLabel: string): Promise<string | undefined> {
  const rows = await tableOnPage(table);
  return rows.find((row) => row[0] === rowLabel)?.[1];
}

function monthsBefore(month: string, n: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5)) - 1 - n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

const count = (months: string[], from: string, to: string) =>
  months.filter((m) => m >= from && m <= to).length;

async function shown(from: string, to: string) {
  await page.waitForURL((url) => url.searchParams.get("from") === from);
  expect(new URL(page.url()).searchParams.get("to")).toBe(to);
  await page.waitForSelector("[data-testid=report-table-volume-summary]");
}

async function expectVolume(from: string, to: string) {
  await expect
    .poll(() => cell("volume-summary", "Pyyntöjä"))
    .toBe(String(count(made.requestMonths, from, to)));
  expect(await cell("volume-summary", "Käyntejä")).toBe(String(count(made.visitMonths, from, to)));
}

describe("the coordinator's reports", () => {
  it("opens on this year so far, switches to a month and to a custom range", async () => {
    await page.click("#nav-reports");
    await page.waitForSelector("[data-testid=report-headline]");
    expect(new URL(page.url()).pathname).toBe("/coordinator/reports");
    expect(new URL(page.url()).search).toBe("");
    expect(await page.textContent("[data-testid=report-headline]")).toContain("Pyyntöjä");
    await page.waitForSelector("[data-testid=report-chart-volume-by-month] canvas[role=img]");

    const month = made.requestMonths[0] as string;
    await page.selectOption("#report-kind", "month");
    await page.fill("#report-month", month);
    await page.click("#report-show");
    await shown(month, month);
    await expectVolume(month, month);
    expect(await cell("volume-by-role", "Ammattilainen")).toBe("2");

    // From a year and a month before the first of the data's months (so no month, quarter or
    // year names it) to the last.
    const all = [...made.requestMonths, ...made.visitMonths].sort();
    const [from, to] = [monthsBefore(all[0] as string, 13), all.at(-1) as string];
    await page.selectOption("#report-kind", "custom");
    await page.fill("#report-from", from);
    await page.fill("#report-to", to);
    await page.click("#report-show");
    await shown(from, to);
    await expectVolume(from, to);
    const hours = String(made.minutes / 60).replace(".", ",");
    expect(await cell("volume-summary", "Vapaaehtoistunteja")).toBe(hours);
    const partners = await tableOnPage("partners");
    expect(partners.find((row) => row[0] === organisation)).toEqual([organisation, "2", "1"]);
    expect(await page.getAttribute("[data-testid=report-funder]", "href")).toContain(
      `year=${to.slice(0, 4)}`,
    );
    expect(await accessibilityViolations(page), "the report page").toEqual([]);
  });

  it("downloads a table's CSV whose rows are the table's", async () => {
    for (const id of ["volume-by-role", "partners"]) {
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.click(`[data-testid=report-csv-${id}]`),
      ]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`^rinnalla-${id}-.+\\.csv$`));
      const text = await readFile((await download.path()) as string, "utf8");
      expect(csvRows(text, ";"), id).toEqual(await tableOnPage(id));
    }
    // The funder's year: a figure a row, with its value and basis.
    const [funder] = await Promise.all([
      page.waitForEvent("download"),
      page.click("[data-testid=report-funder]"),
    ]);
    const rows = csvRows(await readFile((await funder.path()) as string, "utf8"), ";");
    expect(rows[0]).toEqual(["Luku", "Arvo", "Peruste"]);
    expect(rows.length).toBeGreaterThan(10);
  });

  it("keeps the period over a reload, refuses a reversed range, says when a month has nothing", async () => {
    const before = await tableOnPage("volume-summary");
    const address = new URL(page.url());
    await page.reload();
    await page.waitForSelector("[data-testid=report-table-volume-summary]");
    expect(await page.$eval("#report-kind", (s) => (s as HTMLSelectElement).value)).toBe("custom");
    expect(await tableOnPage("volume-summary")).toEqual(before);

    const to = address.searchParams.get("from") as string;
    const from = `${Number(to.slice(0, 4)) + 1}${to.slice(4)}`;
    await page.fill("#report-from", from);
    await page.fill("#report-to", to);
    await page.click("#report-show");
    await page.waitForSelector("#report-errors a[href='#report-to']");
    expect(await page.textContent("#report-to-error")).toContain("Alun pitää olla ennen loppua");
    expect(await page.locator("[data-testid=report]").count()).toBe(0);
    expect(await accessibilityViolations(page), "the refused period").toEqual([]);

    // A month long before anything happened has no figures at all.
    const empty = monthsBefore(to, 36);
    await page.selectOption("#report-kind", "month");
    await page.fill("#report-month", empty);
    await page.click("#report-show");
    await page.waitForSelector("[data-testid=report-empty]");
    expect(await page.locator("#report-errors").count()).toBe(0);
  });
  it("emails the month's figures to the coordinator when the monthly job runs", async () => {
    // The first working day after the month the requests came in, at 09:00 Helsinki time.
    const month = made.requestMonths[0] as string;
    const day = firstWorkingDay(nextMonth(month));
    const now = helsinkiToUtc(day, "09:00");
    expect(await MonthlyReport.sendDue(now)).toMatchObject({ sent: expect.any(Number) });
    await Outbox.retryDue(now);
    let mail: Mail | undefined;
    for (let i = 0; i < 100 && !mail; i++) {
      mail = (await mailsTo(coordinatorEmail)).find((m) =>
        m.body.text.includes(`/coordinator/reports?from=${month}&to=${month}`),
      );
      if (!mail) await new Promise((r) => setTimeout(r, 100));
    }
    expect(mail?.subject).toMatch(/^Kuukauden luvut/);
    expect(mail?.body.text).toMatch(/Pyyntöjä: [1-9]/);
  });
});
