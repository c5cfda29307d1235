import { config } from "@rinnalla/core/config";
import { transact } from "@rinnalla/core/db";
import { type Locale, t } from "@rinnalla/core/i18n";
import { Jobs, MonthlyReport } from "@rinnalla/core/jobs";
import { Outbox } from "@rinnalla/core/mail";
import { Monthly, Tally } from "@rinnalla/core/monthly";
import { firstWorkingDay, helsinkiDate, helsinkiHour } from "@rinnalla/core/util";
import { beforeAll, describe, expect, it } from "vitest";
import { addCoordinator, signIn } from "../support/coordinators.ts";
import {
  call,
  itemsOfType,
  mailsTo,
  outboxSettled,
  type StoredMail,
  waitForMatching,
} from "../support/harness.ts";
import { deliveringMail } from "../support/setup.ts";

/**
 * The monthly report email, from the job to the local SES: on the first working day only, once a
 * month however often the job runs, to the active coordinators who want it, in their language,
 * with the month's counts and a link to the full report — and nothing about anyone.
 */

deliveringMail();

const SECRET_CLIENT = "cli_monthlysecret";
const SECRET_PLACE = "Salaisenlahti";

/** Request `n` of a month, as the live operations count it. */
const facts = (n: number, createdAt: string, startsAt: string): Tally.RequestFacts => ({
  id: `req_monthly${n}`,
  createdAt,
  startsAt,
  requesterRole: "professional",
  sector: "disability",
  municipality: SECRET_PLACE,
  mainLanguage: "fi",
  organisation: "Salainen sairaala",
  clientKey: `${SECRET_CLIENT}${n}`,
});

/** December 2026: three requests, two visits (2.5 hours), one new volunteer; one November request. */
async function seedCounters() {
  const december = [1, 2, 3].map((n) =>
    facts(n, `2026-12-0${n}T08:00:00Z`, `2026-12-1${n}T08:00:00Z`),
  );
  const [first, second] = december as [Tally.RequestFacts, Tally.RequestFacts];
  await transact(
    Monthly.count([
      ...december.map(Tally.requestReceived),
      Tally.visitDone(first, 90),
      Tally.visitDone(second, 60),
      ...Tally.volunteerMoved({ status: "in_training" }, "active", "2026-12-05T10:00:00Z"),
    ]),
  );
  await transact(
    Monthly.count([
      Tally.requestReceived(facts(4, "2026-11-20T08:00:00Z", "2026-11-25T08:00:00Z")),
    ]),
  );
}

const subjectOf = (locale: Locale, month: string) =>
  t(locale, "mail.monthly.subject", { month: MonthlyReport.monthName(locale, month) });

/** The job at a moved clock, with what it wrote delivered at that clock. */
async function runAt(at: string) {
  const now = new Date(at);
  const result = await Jobs.run("monthly-report", now);
  await Outbox.retryDue(now);
  return result;
}

const reports = async (address: string, locale: Locale, month: string) =>
  (await mailsTo(address)).filter((m) => m.subject === subjectOf(locale, month));

type Added = Awaited<ReturnType<typeof addCoordinator>>;
let finnish: Added;
let swedish: Added;
let optedOut: Added;
let inactive: Added;
let admin: Added;

beforeAll(async () => {
  await seedCounters();
  [finnish, swedish, optedOut, inactive, admin] = await Promise.all([
    addCoordinator(),
    addCoordinator(),
    addCoordinator(),
    addCoordinator(),
    addCoordinator("admin"),
  ]);
});

describe("a coordinator's own preferences", () => {
  it("has the monthly report on and Finnish by default; each coordinator changes only their own", async () => {
    const [finnishCookie, swedishCookie, optedOutCookie, adminCookie] = await Promise.all(
      [finnish, swedish, optedOut, admin].map((c) => signIn(c.email)),
    );
    const mine = await call("GET", "/api/auth/preferences", { cookie: finnishCookie });
    expect(await mine.json()).toEqual({ monthlyReport: true, locale: "fi" });

    const sv = await call("PUT", "/api/auth/preferences", {
      cookie: swedishCookie,
      body: { locale: "sv" },
    });
    expect(await sv.json()).toEqual({ monthlyReport: true, locale: "sv" });
    const off = await call("PUT", "/api/auth/preferences", {
      cookie: optedOutCookie,
      body: { monthlyReport: false },
    });
    expect(await off.json()).toEqual({ monthlyReport: false, locale: "fi" });
    // Nobody else's changed.
    const still = await call("GET", "/api/auth/preferences", { cookie: finnishCookie });
    expect(await still.json()).toEqual({ monthlyReport: true, locale: "fi" });

    const wrong = await call("PUT", "/api/auth/preferences", {
      cookie: finnishCookie,
      body: { monthlyReport: "yes", locale: "de" },
    });
    expect(wrong.status).toBe(400);
    expect((await call("GET", "/api/auth/preferences")).status).toBe(401);
    expect(
      (await call("PUT", "/api/auth/preferences", { body: { monthlyReport: false } })).status,
    ).toBe(401);

    const deactivated = await call("POST", `/api/admin/coordinators/${inactive.id}/deactivate`, {
      cookie: adminCookie,
    });
    expect(deactivated.status).toBe(200);
  });
});

describe("the monthly report job", () => {
  it("does nothing on a day that is not the month's first working day, nor before 08:00", async () => {
    // Friday 1 January 2027 is New Year's Day; Saturday, Sunday; Tuesday 5 January is a
    // working day, but not the first.
    for (const at of [
      "2027-01-01T08:20:00Z",
      "2027-01-02T08:20:00Z",
      "2027-01-03T08:20:00Z",
      "2027-01-05T08:20:00Z",
    ]) {
      expect(await runAt(at), at).toEqual({ sent: 0, skipped: "not the first working day" });
    }
    // Monday 4 January at 07:20 in Helsinki (05:20 UTC).
    expect(await runAt("2027-01-04T05:20:00Z")).toEqual({ sent: 0, skipped: "before 08:00" });
    expect(await itemsOfType("monthly-report")).toEqual([]);
    expect((await itemsOfType("outbox")).filter((o) => o.template === "monthly-report")).toEqual(
      [],
    );
  });

  it("on the first working day emails each active coordinator who wants it last month's figures, in their language, once", async () => {
    // Monday 4 January 2027 at 08:20 in Helsinki.
    expect(await runAt("2027-01-04T06:20:00Z")).toEqual({ sent: 3 });
    // Later runs the same day, and a retry, send nothing more.
    expect(await runAt("2027-01-04T07:20:00Z")).toEqual({
      sent: 0,
      skipped: "already sent this month",
    });
    expect(await runAt("2027-01-04T20:20:00Z")).toMatchObject({ sent: 0 });
    await outboxSettled();

    const link = `${config().SITE_URL}/coordinator/reports?from=2026-12&to=2026-12`;
    const [fi] = await waitForMatching(
      finnish.email,
      (m) => m.subject === subjectOf("fi", "2026-12"),
    );
    expect(fi?.subject).toBe("Kuukauden luvut: joulukuu 2026");
    const text = fi?.body.text ?? "";
    // December's figures only: November's request is not among them.
    for (const line of [
      "Pyyntöjä: 3",
      "Käyntejä: 2",
      "Vapaaehtoistunteja: 2,5 h",
      "Tavoitettuja asiakkaita: 2",
      "Uusia vapaaehtoisia: 1",
    ]) {
      expect(text).toContain(line);
    }
    expect(text).toContain(link);
    expect(fi?.body.html).toContain(link.replaceAll("&", "&amp;"));
    // Counts only: nothing of the requests behind them.
    for (const mail of [fi as StoredMail]) {
      const all = `${mail.body.text}${mail.body.html}`;
      expect(all).not.toContain(SECRET_CLIENT);
      expect(all).not.toContain(SECRET_PLACE);
      expect(all).not.toContain("Salainen sairaala");
      expect(all).not.toContain("req_monthly");
    }

    const [sv] = await waitForMatching(
      swedish.email,
      (m) => m.subject === subjectOf("sv", "2026-12"),
    );
    expect(sv?.subject).toBe("Månadens siffror: december 2026");
    expect(sv?.body.text).toContain(`${t("sv", "reports.figure.requests")}: 3`);
    expect(sv?.body.text).toContain(link);
    expect(await waitForMatching(admin.email, (m) => m.subject === fi?.subject)).toHaveLength(1);

    // One each, and none for who turned it off or was deactivated.
    expect(await reports(finnish.email, "fi", "2026-12")).toHaveLength(1);
    expect(await reports(swedish.email, "sv", "2026-12")).toHaveLength(1);
    expect(await reports(optedOut.email, "fi", "2026-12")).toEqual([]);
    expect(await reports(inactive.email, "fi", "2026-12")).toEqual([]);
    expect(await itemsOfType("monthly-report")).toEqual([
      expect.objectContaining({ sk: "2026-12", sent: 3 }),
    ]);
  });

  it("sends once when two runs meet on the same first working day", async () => {
    // Monday 1 February 2027 at 09:20 in Helsinki: two schedulers, or a retry, at once.
    const at = new Date("2027-02-01T07:20:00Z");
    const results = await Promise.all([
      MonthlyReport.sendDue(at),
      MonthlyReport.sendDue(at),
      MonthlyReport.sendDue(at),
    ]);
    expect(results.map((r) => r.sent).sort()).toEqual([0, 0, 3]);
    await Outbox.retryDue(at);
    await outboxSettled();
    await waitForMatching(finnish.email, (m) => m.subject === subjectOf("fi", "2027-01"));
    expect(await reports(finnish.email, "fi", "2027-01")).toHaveLength(1);
    expect(await reports(swedish.email, "sv", "2027-01")).toHaveLength(1);
    expect(await reports(optedOut.email, "fi", "2027-01")).toEqual([]);
  });

  it("is on the jobs page, next acting on a first working day from 08:20", async () => {
    const cookie = await signIn(finnish.email);
    const listed = await (await call("GET", "/api/jobs", { cookie })).json();
    const job = listed.jobs.find((j: { id: string }) => j.id === "monthly-report");
    expect(job).toMatchObject({
      timing: { kind: "firstWorkingDay", minute: 20, fromHelsinkiHour: 8 },
      lastRun: { ok: true },
    });
    const next = new Date(job.nextRun);
    expect(next.getTime()).toBeGreaterThan(Date.now());
    expect(helsinkiDate(next)).toBe(firstWorkingDay(helsinkiDate(next).slice(0, 7)));
    expect(helsinkiHour(next)).toBeGreaterThanOrEqual(8);
  });
});
