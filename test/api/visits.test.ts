import * as Actor from "@rinnalla/core/actor";
import { type ServerKey, t } from "@rinnalla/core/i18n";
import { Digest, VisitJobs } from "@rinnalla/core/jobs";
import { Visiting } from "@rinnalla/core/lifecycle";
import { Outbox } from "@rinnalla/core/mail";
import { helsinkiHour, helsinkiToUtc } from "@rinnalla/core/util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliverInBackground } from "../../packages/local/src/delivery.ts";
import { addCoordinator, signIn } from "../support/coordinators.ts";
import {
  allItems,
  call,
  itemsOfType,
  linkToken,
  mailsTo,
  outboxSettled,
  post,
  uniqueEmail,
  validRequest,
  viaLink,
  waitForMail,
} from "../support/harness.ts";
import { moveVisit } from "../support/visits.ts";
import { activeVolunteer, volunteerSignIn } from "../support/volunteers.ts";

let stopDelivery: () => Promise<void>;
let cookie: string;
let coordinatorEmail: string;
beforeAll(async () => {
  stopDelivery = deliverInBackground(() => {});
  coordinatorEmail = (await addCoordinator()).email;
  cookie = await signIn(coordinatorEmail);
});
afterAll(() => stopDelivery());

const helsinki = (date: string, time: string) => helsinkiToUtc(date, time);

/**
 * Emails a job writes at a moved clock are due at that time; deliver them as the retry job would
 * then (the local dispatcher works on the real clock).
 */
const deliverAt = (now: Date) => Outbox.retryDue(now);
const plusMinutes = (at: Date, minutes: number) => new Date(at.getTime() + minutes * 60_000);

/** A request confirmed (by phone) for a volunteer, at the given Helsinki date and time. */
async function confirmedVisit(overrides: Record<string, unknown> = {}) {
  const clientEmail = uniqueEmail("client");
  const response = await post(
    "/api/requests",
    validRequest({
      client: { name: "Aino Virtanen", email: clientEmail, languages: ["fi"] },
      ...overrides,
    }),
  );
  const { reference } = await response.json();
  const search = await (await call("GET", `/api/inbox/search?q=${reference}`, { cookie })).json();
  const id = search.requests[0]?.id as string;
  const volunteer = await activeVolunteer(cookie);
  const { request } = await (await call("GET", `/api/requests/${id}`, { cookie })).json();
  const assigned = await call("POST", `/api/requests/${id}/assign`, {
    cookie,
    body: { version: request.version, volunteerId: volunteer.id },
  });
  if (assigned.status !== 200)
    throw new Error(`assign: ${assigned.status} ${await assigned.text()}`);
  await waitForMail(volunteer.email, 2);
  return {
    id,
    reference,
    clientEmail,
    volunteer,
    startsAt: new Date(request.startsAt as string),
    date: request.date as string,
  };
}

/**
 * Runs the reminder job at a fixed instant and delivers what it wrote. Other tests' visits may
 * fall on that day too (on some real dates), so tests count a visit's own reminders.
 */
async function remindAt(iso: string) {
  const result = await VisitJobs.sendReminders(new Date(iso));
  await deliverAt(new Date(iso));
  // A reminder due by the test clock may have been claimed by background delivery instead:
  // wait until it has landed before counting.
  await outboxSettled();
  return result;
}
const reminders = (visit: { volunteer: { email: string } }) =>
  mailCount(visit.volunteer.email, /^Muistutus/);

/** A confirmed visit moved to a fixed Helsinki date and time (the form takes only the coming year). */
async function confirmedVisitAt(date: string, time: string) {
  const visit = await confirmedVisit();
  await moveVisit(visit.id, date, time);
  return visit;
}

const detail = async (id: string) => (await call("GET", `/api/requests/${id}`, { cookie })).json();
const mailCount = async (address: string, subject: RegExp) =>
  (await mailsTo(address)).filter((m) => subject.test(m.subject)).length;

describe("the day-before reminders", () => {
  it("go out from 09:00 Helsinki time the day before, once however often the job runs", async () => {
    const visit = await confirmedVisit();
    const dayBefore = new Date(visit.startsAt.getTime() - 86_400_000);
    const dayBeforeDate = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Helsinki" }).format(
      dayBefore,
    );

    expect(await VisitJobs.sendReminders(helsinki(dayBeforeDate, "08:55"))).toMatchObject({
      sent: 0,
    });
    const at = helsinki(dayBeforeDate, "09:05");
    const [a, b] = await Promise.all([VisitJobs.sendReminders(at), VisitJobs.sendReminders(at)]);
    expect(a.sent + b.sent).toBe(1);
    expect((await VisitJobs.sendReminders(plusMinutes(at, 60))).sent).toBe(0);
    await deliverAt(at);

    await waitForMail(visit.volunteer.email, 3);
    await waitForMail(visit.clientEmail, 3);
    expect(await mailCount(visit.volunteer.email, /^Muistutus: asiointitapaaminen huomenna/)).toBe(
      1,
    );
    expect(await mailCount(visit.clientEmail, /^Muistutus: tapaaminen huomenna/)).toBe(1);
    const reminder = (await mailsTo(visit.volunteer.email)).find((m) =>
      m.subject.startsWith("Muistutus"),
    );
    expect(reminder?.body.text).toContain("Aino Virtanen");
    expect(reminder?.body.text).toContain("/visit#");
    const clientReminder = (await mailsTo(visit.clientEmail)).find((m) =>
      m.subject.startsWith("Muistutus"),
    );
    expect(clientReminder?.body.text).toContain(visit.volunteer.name.split(" ")[0]);
    expect(clientReminder?.body.text).not.toContain("Vammaispalvelun");
  });

  it("keep to Helsinki time across the spring and autumn clock changes", async () => {
    // Summer time starts on Sunday 28 March 2027 at 03:00; it ends on Sunday 31 October 2027.
    // The visits are booked for next week, whatever today is, then moved to those nights.
    const spring = await confirmedVisitAt("2027-03-29", "00:30");
    const springLate = await confirmedVisitAt("2027-03-28", "23:30");
    // 05:30 UTC on the 28th is 08:30 in Helsinki (UTC+3 by then): too early for anyone.
    expect((await remindAt("2027-03-28T05:30:00Z")).sent).toBe(0);
    // 06:05 UTC is 09:05: the visit just after midnight is "tomorrow"; 23:30 tonight is not.
    await remindAt("2027-03-28T06:05:00Z");
    expect(await reminders(spring)).toBe(1);
    expect(await reminders(springLate)).toBe(0);
    // The day before the 23:30 visit is the 27th, still winter time (UTC+2): 07:05 UTC is 09:05.
    expect((await remindAt("2027-03-27T06:05:00Z")).sent).toBe(0);
    await remindAt("2027-03-27T07:05:00Z");
    expect(await reminders(springLate)).toBe(1);
    expect(await reminders(spring)).toBe(1);

    const autumn = await confirmedVisitAt("2027-11-01", "09:00");
    // On 31 October winter time is back (UTC+2): 06:05 UTC is 08:05, 07:05 UTC is 09:05.
    expect((await remindAt("2027-10-31T06:05:00Z")).sent).toBe(0);
    await remindAt("2027-10-31T07:05:00Z");
    expect(await mailCount(autumn.volunteer.email, /^Muistutus/)).toBe(1);
  });
});

describe("the visit page: I can't come", () => {
  it("puts the request back to matching and alerts the coordinator as urgent", async () => {
    const visit = await confirmedVisit();
    const token = linkToken((await mailsTo(visit.volunteer.email)).at(-1), "/visit");
    await outboxSettled();
    const before = await allItems();
    const page = await (await viaLink("GET", "/api/links/visit", token)).json();
    expect(page).toMatchObject({ status: "planned", canCancel: true, canReport: false });
    expect(page.details.clientName).toBe("Aino Virtanen");
    expect(await allItems()).toEqual(before);

    const press = async () =>
      (
        await viaLink("POST", "/api/links/visit/cant-come", token, {
          body: { reason: "Sairastuin" },
        })
      ).json();
    expect(await press()).toEqual({ outcome: "released" });
    expect(await press()).toEqual({ outcome: "already_cancelled" });
    const after = await detail(visit.id);
    expect(after.request.status).toBe("matching");
    expect(after.request.volunteerId).toBeUndefined();
    const { alerts } = await (await call("GET", "/api/alerts", { cookie })).json();
    // Urgent: the coordinators are emailed too, with the reference and a link only.
    const urgent = (await waitForMail(coordinatorEmail, 2)).find((m) =>
      m.subject.startsWith("Kiireellinen"),
    );
    expect(urgent?.subject).toBe(`Kiireellinen: ${visit.reference} tarvitsee sinua`);
    expect(urgent?.body.text).toContain(`/coordinator/requests/${visit.id}`);
    expect(urgent?.body.text).not.toContain("Aino");
    expect(alerts[0]).toMatchObject({
      kind: "volunteer_cancelled",
      reference: visit.reference,
      urgent: true,
    });
    // The volunteer is free again, and the request can be offered anew.
    const matching = await (
      await call("GET", `/api/requests/${visit.id}/matching`, { cookie })
    ).json();
    expect(matching.offers[0]).toMatchObject({
      volunteerId: visit.volunteer.id,
      status: "declined",
      reason: "Sairastuin",
    });
  });
});

describe("the visit report", () => {
  it("is asked for after the visit, reminded after two days, and completes the request", async () => {
    const visit = await confirmedVisit();
    const ended = plusMinutes(visit.startsAt, 61);
    // Other tests' visits share the table, so what counts is what this volunteer received.
    const asks = async () =>
      (await mailsTo(visit.volunteer.email)).filter((m) =>
        /^Miten tapaaminen meni/.test(m.subject),
      );
    const reminders = async () =>
      (await mailsTo(visit.volunteer.email)).filter((m) =>
        /^Muistutus: kertoisitko/.test(m.subject),
      );
    await VisitJobs.askForReports(plusMinutes(visit.startsAt, 30));
    await deliverAt(plusMinutes(visit.startsAt, 30));
    expect(await asks()).toHaveLength(0);
    await Promise.all([VisitJobs.askForReports(ended), VisitJobs.askForReports(ended)]);
    expect(await VisitJobs.askForReports(plusMinutes(ended, 60))).toEqual({
      asked: 0,
      reminded: 0,
    });
    await deliverAt(plusMinutes(ended, 60));
    expect(await asks()).toHaveLength(1);
    expect(await reminders()).toHaveLength(0);
    const twoDaysOn = plusMinutes(ended, 2 * 24 * 60 + 1);
    await Promise.all([VisitJobs.askForReports(twoDaysOn), VisitJobs.askForReports(twoDaysOn)]);
    expect(await VisitJobs.askForReports(plusMinutes(ended, 3 * 24 * 60))).toEqual({
      asked: 0,
      reminded: 0,
    });
    await deliverAt(plusMinutes(ended, 3 * 24 * 60));
    expect(await asks()).toHaveLength(1);
    expect(await reminders()).toHaveLength(1);
    const mails = await mailsTo(visit.volunteer.email);

    const token = linkToken(
      mails.find((m) => /^Miten tapaaminen meni/.test(m.subject)),
      "/visit",
    );
    const at = plusMinutes(ended, 90);
    const report = {
      happened: "yes",
      minutes: 75,
      howItWent: "Hyvin, asiakas sai asiansa hoidettua.",
      safety: "Odotustilassa oli uhkaava henkilö.",
      followUp: true,
      followUpNote: "Jatkotapaaminen kuukauden päästä",
      wellbeing: "ok",
      wantsTalk: true,
    };
    expect(await Visiting.report(token, report, at)).toBe("reported");
    expect(await Visiting.report(token, report, at)).toBe("already_reported");

    const after = await detail(visit.id);
    expect(after.request.status).toBe("completed");
    expect(after.report).toMatchObject({ happened: "yes", minutes: 75, by: "volunteer" });
    expect(after.timeline.find((e: { kind: string }) => e.kind === "report")).toMatchObject({
      flags: ["safety", "followUp", "wantsTalk"],
    });
    const alerts = (await itemsOfType("alert")).filter((x) => x.requestId === visit.id);
    expect(alerts.map((x) => x.kind).sort()).toEqual([
      "follow_up",
      "safety_concern",
      "volunteer_talk",
    ]);
    const volunteerCard = (await itemsOfType("card")).find(
      (c) => c.pk === `volunteer#${visit.volunteer.id}`,
    );
    expect(JSON.parse(volunteerCard?.card as string).lastVisitAt).toBe(
      visit.startsAt.toISOString(),
    );

    // The volunteer's own page lists the visit and counts it.
    const session = await volunteerSignIn(visit.volunteer.email);
    const mine = await (await call("GET", "/api/me/volunteer/visits", { cookie: session })).json();
    expect(mine.totals).toMatchObject({ visits: 1, minutes: 75 });
    expect(mine.visits[0]).toMatchObject({
      requestId: visit.id,
      status: "reported",
      outcome: "yes",
    });
    // No more report requests for a reported visit.
    expect(await VisitJobs.askForReports(plusMinutes(ended, 5 * 24 * 60))).toEqual({
      asked: 0,
      reminded: 0,
    });
  });

  it("refuses a bad report with field messages and writes nothing", async () => {
    const visit = await confirmedVisit();
    const token = linkToken((await mailsTo(visit.volunteer.email)).at(-1), "/visit");
    await outboxSettled();
    const before = await allItems();
    for (const [body, fields] of [
      [{ happened: "yes" }, { minutes: "error.required" }],
      [{}, { happened: "error.required" }],
      [{ happened: "yes", minutes: 2 }, { minutes: "error.minutes" }],
      [{ howItWent: "x".repeat(2001) }, { happened: "error.required", howItWent: "error.tooLong" }],
      [{ happened: "no_show", howItWent: "x".repeat(2001) }, { howItWent: "error.tooLong" }],
    ] as const) {
      const response = await viaLink("POST", "/api/links/visit/report", token, { body });
      expect(response.status, JSON.stringify(body)).toBe(400);
      const { error } = await response.json();
      expect(error.fields).toMatchObject(
        Object.fromEntries(Object.entries(fields).map(([f, k]) => [f, t("fi", k as ServerKey)])),
      );
    }
    // Before the visit has started there is nothing to report yet.
    const early = await viaLink("POST", "/api/links/visit/report", token, {
      body: { happened: "no_show" },
    });
    expect(early.status).toBe(409);
    expect(await allItems()).toEqual(before);
  });

  it("can be recorded by a coordinator, and a follow-up becomes a new request for the same client", async () => {
    const visit = await confirmedVisit();
    const outcome = { happened: "no_show", howItWent: "Asiakas ei tullut paikalle." };
    // Before the visit there is nothing to record yet.
    const early = await call("POST", `/api/requests/${visit.id}/outcome`, {
      cookie,
      body: outcome,
    });
    expect(early.status).toBe(409);
    expect((await early.json()).error.code).toBe("too_early");
    const coordinator = {
      type: "coordinator" as const,
      coordinatorId: "coo_test",
      email: "test@example.org",
      name: "Testi Koordinaattori",
      role: "coordinator" as const,
      sessionId: "test",
      secondFactor: "done" as const,
    };
    const afterwards = plusMinutes(visit.startsAt, 120);
    await Actor.provide(coordinator, () =>
      Visiting.recordOutcome({ id: visit.id, report: outcome }, afterwards),
    );
    const recorded = await detail(visit.id);
    expect(recorded.request.status).toBe("completed");
    expect(recorded.report).toMatchObject({
      happened: "no_show",
      by: "coordinator",
      actorName: "Testi Koordinaattori",
    });
    const again = await call("POST", `/api/requests/${visit.id}/outcome`, {
      cookie,
      body: outcome,
    });
    expect(again.status).toBe(409);

    const followUp = await call("POST", `/api/requests/${visit.id}/follow-up`, {
      cookie,
      body: { date: visit.date, startTime: "14:00", durationMinutes: 90 },
    });
    expect(followUp.status).toBe(201);
    const created = await followUp.json();
    const next = await detail(created.id);
    expect(next.request).toMatchObject({
      status: "received",
      client: { name: "Aino Virtanen" },
      startTime: "14:00",
      clientKey: visit.id,
    });
    expect((await detail(visit.id)).request.clientKey).toBe(visit.id);
  });
});

describe("the morning digest", () => {
  it("goes to coordinators once a day from 07:00 Helsinki time, in summer and in winter", async () => {
    await confirmedVisit();
    // Summer (UTC+3): 04:05 UTC is 07:05. Winter (UTC+2): 04:05 UTC is 06:05, too early.
    expect(await Digest.sendDue(new Date("2027-06-15T03:55:00Z"))).toMatchObject({ sent: 0 });
    const summer = new Date("2027-06-15T04:05:00Z");
    const [a, b] = await Promise.all([Digest.sendDue(summer), Digest.sendDue(summer)]);
    expect(a.sent + b.sent).toBeGreaterThanOrEqual(1);
    expect(Math.min(a.sent, b.sent)).toBe(0);
    expect(await Digest.sendDue(new Date("2027-06-15T05:05:00Z"))).toMatchObject({
      sent: 0,
      skipped: "already sent today",
    });
    expect(await Digest.sendDue(new Date("2027-01-15T04:05:00Z"))).toMatchObject({
      sent: 0,
      skipped: "before 07:00",
    });
    expect((await Digest.sendDue(new Date("2027-01-15T05:05:00Z"))).sent).toBeGreaterThanOrEqual(1);
  });
});

describe("jobs people can see", () => {
  it("lists every job with its next run, runs one on demand locally, and shows how it went", async () => {
    const listed = await (await call("GET", "/api/jobs", { cookie })).json();
    expect(listed.canRunNow).toBe(true);
    expect(listed.jobs.map((j: { id: string }) => j.id)).toEqual([
      "outbox-retry",
      "offer-expiry",
      "visit-reminders",
      "training-reminders",
      "visit-reports",
      "coordinator-digest",
      "gathering-seasons",
      "anniversaries",
      "gatherings",
      "feedback",
      "monthly-report",
      "retention",
    ]);
    for (const job of listed.jobs) expect(Date.parse(job.nextRun)).toBeGreaterThan(Date.now());
    // The digest fires at 04 and 05 UTC; the next run shown is the one at 07:00 in Helsinki.
    const digest = listed.jobs.find((j: { id: string }) => j.id === "coordinator-digest");
    expect(helsinkiHour(new Date(digest.nextRun))).toBe(7);
    const ran = await (await call("POST", "/api/jobs/visit-reports/run", { cookie })).json();
    expect(ran.ok).toBe(true);
    const after = await (await call("GET", "/api/jobs", { cookie })).json();
    const job = after.jobs.find((j: { id: string }) => j.id === "visit-reports");
    expect(job.lastRun).toMatchObject({ ok: true });
    expect((await call("POST", "/api/jobs/no-such-job/run", { cookie })).status).toBe(400);
  });
});
