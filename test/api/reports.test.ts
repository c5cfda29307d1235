import * as Actor from "@rinnalla/core/actor";
import { transact } from "@rinnalla/core/db";
import { Feedback } from "@rinnalla/core/feedback";
import { Gathering, GatheringAfter } from "@rinnalla/core/gathering";
import { GatheringJobs } from "@rinnalla/core/jobs";
import { Closing, Offering, Visiting } from "@rinnalla/core/lifecycle";
import { Monthly } from "@rinnalla/core/monthly";
import { Request } from "@rinnalla/core/request";
import { Rebuild, type Report, Stats } from "@rinnalla/core/stats";
import { helsinkiToUtc } from "@rinnalla/core/util";
import { Volunteer } from "@rinnalla/core/volunteer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliverInBackground } from "../../packages/local/src/delivery.ts";
import { everyItem } from "../../packages/local/src/every-item.ts";
import { addCoordinator, asCoordinator, signIn } from "../support/coordinators.ts";
import { call, linkToken, uniqueEmail, validRequest, waitForMail } from "../support/harness.ts";
import { onDay } from "../support/on-day.ts";
import { validApplication } from "../support/volunteers.ts";

/**
 * A year of history (2025, whatever today is: requests, offers, visits, volunteers joining and
 * leaving — a cohort — a gathering, surveys) made through the real operations at moved
 * clocks; beside it, the test keeps its own tally of what it did. The report must say the
 * same, and the rebuild from the records must agree with the live counters.
 */

const YEAR = 2025;
const at = (month: number, day: number, time = "10:00") =>
  helsinkiToUtc(`${YEAR}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`, time);
const iso = (month: number, day: number) =>
  `${YEAR}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

let stopDelivery: () => Promise<void>;
let cookie: string;
beforeAll(async () => {
  stopDelivery = deliverInBackground(() => {});
  cookie = await signIn((await addCoordinator()).email);
});
afterAll(() => stopDelivery());

const mine = {
  requests: 0,
  byRole: new Map<string, number>(),
  byMunicipality: new Map<string, number>(),
  visits: 0,
  minutes: 0,
  matchHours: [] as number[],
  unmatched: 0,
  noVolunteer: 0,
  clientEmails: [] as string[],
};
const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

async function volunteerAt(name: string, applied: Date, active: Date) {
  const email = uniqueEmail("vapaaehtoinen");
  await Volunteer.apply(validApplication({ name, email }), {
    clientAddress: "203.0.113.9",
    now: applied,
  });
  const [card] = (await asCoordinator(() => Volunteer.cards("applicant"))).filter(
    (c) => c.name === name,
  );
  if (!card) throw new Error(`no applicant ${name}`);
  const interview = {
    workHistory: "",
    lifeSituation: "",
    earlierVolunteering: "",
    suitability: "",
    decision: "to_training" as const,
  };
  await asCoordinator(() => Volunteer.interview({ id: card.id, version: 1, interview }, applied));
  await move(card.id, { to: "active" }, active);
  return card.id;
}

async function move(id: string, change: Record<string, unknown>, now: Date) {
  const { version } = await Volunteer.get(id).then((v) => v ?? { version: 0 });
  await asCoordinator(() => Volunteer.changeStatus({ id, version, change } as never, now));
}

async function requestAt(month: number, overrides: Record<string, unknown>) {
  // Every client here allowed surveys on the form: the before-surveys are counted below.
  const input = validRequest({ date: iso(month, 20), surveys: true, ...overrides });
  // The form checks the date against the calendar itself: for that check only, it is then.
  const result = await onDay(at(month, 2), () =>
    Request.submit(input, { clientAddress: "198.51.100.7", now: at(month, 2) }),
  );
  if (result.kind !== "received") throw new Error("not received");
  mine.requests++;
  bump(mine.byRole, String(input.requesterRole));
  bump(mine.byMunicipality, String(input.municipality));
  return (await Request.get(result.id)) as Request.Request;
}

/** The month's client visit: confirmed `hours` after the request, reported after it. */
async function visitIn(month: number, volunteerId: string, hours: number, minutes: number) {
  const request = await requestAt(month, {
    municipality: month % 3 === 0 ? "espoo " : "Helsinki",
  });
  const confirmedAt = new Date(Date.parse(request.createdAt) + hours * 3_600_000);
  await asCoordinator(() =>
    Offering.assign({ id: request.id, version: request.version, volunteerId }, confirmedAt),
  );
  mine.matchHours.push(hours);
  await asCoordinator(() =>
    Visiting.recordOutcome(
      { id: request.id, report: { happened: "yes", minutes } },
      at(month, 20, "14:00"),
    ),
  );
  mine.visits++;
  mine.minutes += minutes;
  mine.clientEmails.push(request.client.email ?? "");
  return request;
}

/** A professional's request that finds nobody: closed for want of a volunteer, or cancelled. */
async function unmatchedIn(month: number) {
  const request = await requestAt(month, {
    requesterRole: "professional",
    requester: { name: "Sari Sosiaali", organisation: "Kela", email: uniqueEmail("kela") },
    municipality: "Vantaa",
  });
  const assessed = await asCoordinator(() =>
    Request.assess({ id: request.id, version: request.version }, at(month, 3)),
  );
  const version = request.version + 1;
  if (month % 2) {
    await asCoordinator(() =>
      Closing.closeNoVolunteer({ id: request.id, version, reason: "Ei löytynyt" }, at(month, 18)),
    );
    mine.noVolunteer++;
  } else {
    await asCoordinator(() =>
      Closing.cancel({ id: request.id, version, reason: "Peruttu" }, at(month, 18)),
    );
  }
  mine.unmatched++;
  return assessed;
}

/** The autumn gathering: published in August, invited by the job, two of those invited came. */
async function gatheringIn(month: number, day: number, came: string[]) {
  const planned = at(8, 15);
  const created = await asCoordinator(() =>
    Gathering.create({ title: "Syystapaaminen", date: iso(month, day) }, planned),
  );
  const saved = await asCoordinator(() =>
    Gathering.save(
      {
        id: created.id,
        version: created.version,
        title: created.title,
        date: iso(month, day),
        startTime: "17:00",
        place: "Järjestötalo",
        answerBy: iso(month, day - 1),
      },
      planned,
    ),
  );
  await asCoordinator(() => Gathering.publish({ id: created.id, version: saved.version }, planned));
  expect((await GatheringJobs.round(planned)).invited).toBeGreaterThanOrEqual(came.length);
  const marks = came.map((volunteerId) => ({ volunteerId, attended: true }));
  const evening = at(month, day, "20:00");
  await asCoordinator(() => GatheringAfter.markAttendance({ id: created.id, marks }, evening));
  // Marked again the same way: still counted once.
  await asCoordinator(() => GatheringAfter.markAttendance({ id: created.id, marks }, evening));
}

async function buildYear() {
  const anna = await volunteerAt("Anna Aktiivinen", at(1, 2), at(1, 4));
  const berit = await volunteerAt("Berit Muuttaja", at(1, 2), at(1, 20));
  const cecilia = await volunteerAt("Cecilia Kiireinen", at(2, 1), at(2, 20));
  const daniel = await volunteerAt("Daniel Tauko", at(3, 1), at(3, 5));
  const eero = await volunteerAt("Eero Pysyvä", at(3, 1), at(3, 6));
  await volunteerAt("Fanni Pysyvä", at(3, 1), at(3, 7));
  // A seventh, found not suitable at the interview: ended, never active.
  await Volunteer.apply(validApplication({ name: "Gunnar Ei", email: uniqueEmail("g") }), {
    clientAddress: "203.0.113.9",
    now: at(6, 1),
  });
  const [gunnar] = (await asCoordinator(() => Volunteer.cards("applicant"))).filter(
    (c) => c.name === "Gunnar Ei",
  );
  await asCoordinator(() =>
    Volunteer.interview(
      {
        id: gunnar?.id ?? "",
        version: 1,
        interview: {
          workHistory: "",
          lifeSituation: "",
          earlierVolunteering: "",
          suitability: "",
          decision: "not_suitable",
          reason: "Ei sovi tehtävään",
        },
      },
      at(6, 2),
    ),
  );
  await move(daniel, { to: "paused", until: iso(12, 31), reason: "Loma" }, at(5, 3));
  await move(berit, { to: "ended", endReason: "moved", reason: "Muutti" }, at(8, 1)); // 6 months
  await move(cecilia, { to: "ended", endReason: "no_time", reason: "Kiire" }, at(11, 25)); // 9
  for (let month = 1; month <= 12; month++) {
    await visitIn(month, anna, month * 5, 30 + month * 5);
    await unmatchedIn(month);
  }
  await gatheringIn(10, 2, [anna, eero]);
}

const table = (report: Report, id: string) => {
  const found = report.sections.flatMap((s) => s.tables).find((t) => t.id === id);
  if (!found) throw new Error(`no table ${id}`);
  return Object.fromEntries(found.rows.map((r) => [r.id, r.cells]));
};
const nearestRank = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.max(1, Math.ceil(p * values.length)) - 1];

describe("the year's report", () => {
  it("says what happened, figure by figure, and the rebuild agrees with the live counters", async () => {
    await buildYear();
    const response = await call("GET", `/api/reports?from=${YEAR}-01&to=${YEAR}-12&lang=fi`, {
      cookie,
    });
    expect(response.status).toBe(200);
    const report: Report = await response.json();

    expect(table(report, "volume-summary")).toEqual({
      requests: [mine.requests],
      visits: [mine.visits],
      hours: [Math.round((mine.minutes / 60) * 10) / 10],
      clients: [12],
      partners: [1],
    });
    expect(table(report, "volume-by-role")).toEqual(
      Object.fromEntries([...mine.byRole].map(([k, n]) => [k, [n]])),
    );
    expect(table(report, "volume-by-municipality")).toEqual({
      Helsinki: [8],
      Espoo: [4],
      Vantaa: [12],
    });
    expect(table(report, "partners")).toEqual({ Kela: [12, 0] });
    const byMonth = table(report, "volume-by-month");
    expect(Object.keys(byMonth)).toHaveLength(12);
    expect(byMonth[`${YEAR}-03`]).toEqual([2, 1, Math.round(((30 + 15) / 60) * 10) / 10]);

    expect(table(report, "volunteers")).toEqual({
      active: [3],
      pausedNow: [1],
      new: [6],
      paused: [1],
      ended: [3],
      medianTenure: [6],
    });
    expect(table(report, "volunteers-end-reasons")).toEqual({
      moved: [1],
      no_time: [1],
      not_suitable: [1],
    });
    const retention = table(report, "volunteers-retention");
    // Q1's six: all there after 6 months; 12 and 24 not yet known at the year's end.
    expect(retention[`${YEAR}-01`]).toEqual([6, 100, null, null]);
    expect(retention[`${YEAR}-04`]).toEqual([0, null, null, null]);

    expect(table(report, "matching")).toEqual({
      matched: [12],
      medianMatch: [nearestRank(mine.matchHours, 0.5)],
      p90Match: [nearestRank(mine.matchHours, 0.9)],
      unmatched: [mine.unmatched],
      noVolunteer: [mine.noVolunteer],
    });
    expect(table(report, "matching-time")).toEqual({
      day: [4],
      days3: [8],
      week: [0],
      longer: [0],
    });
    expect(table(report, "training")).toMatchObject({
      toTraining: [6],
      completed: [6],
      completion: [100],
    });
    expect(table(report, "gatherings")).toEqual({ [`${YEAR}-autumn`]: [1, 2] });
    // Before-surveys went to the clients whose visits were confirmed ahead of the appointment.
    const responses = table(report, "feedback-responses");
    expect(responses["client-before"]?.[0]).toBe(12);

    // Twelve months on, a year's retention is known: Berit (6) and Cecilia (9) had left.
    const later: Report = await (
      await call("GET", `/api/reports?from=${YEAR}-01&to=${YEAR + 1}-03`, { cookie })
    ).json();
    expect(table(later, "volunteers-retention")[`${YEAR}-01`]).toEqual([6, 100, 67, null]);

    // The same figures from the records alone.
    const rebuilt = await Rebuild.rebuild(await everyItem(), { write: false });
    expect(rebuilt.differences).toEqual([]);
  });

  it("answers a survey into the figures and its response rate", async () => {
    const email = mine.clientEmails[0] ?? "";
    const mails = await waitForMail(email, 2);
    const token = linkToken(
      mails.find((m) => m.body.text.includes("/survey#")),
      "/survey",
    );
    await Feedback.answer(token, { values: { safe: 4 } }, at(1, 10));
    const report = await Actor.provide(
      { type: "system", name: "test" },
      async () => await Stats.reportOf({ from: `${YEAR}-01`, to: `${YEAR}-12` }, "fi"),
    );
    expect(table(report, "feedback-responses")["client-before"]).toEqual([12, 1, 8]);
    expect((await Rebuild.rebuild(await everyItem(), { write: false })).differences).toEqual([]);
  });

  it("writes the records' figures over counters that went wrong", async () => {
    await transact(Monthly.count([{ month: `${YEAR}-05`, add: { visit: 40 } }]));
    const wrong = await Rebuild.rebuild(await everyItem(), { write: true });
    expect(wrong.differences).toEqual([`${YEAR}-05 visit: 41 ≠ 1`]);
    expect((await Rebuild.rebuild(await everyItem(), { write: false })).differences).toEqual([]);
  });
});

describe("report input and CSV", () => {
  it("refuses a period the wrong way round or too long, with field messages", async () => {
    const backwards = await call("GET", "/api/reports?from=2025-12&to=2025-01", { cookie });
    expect(backwards.status).toBe(400);
    expect((await backwards.json()).error.fields).toMatchObject({ to: expect.any(String) });
    const long = await call("GET", "/api/reports?from=2000-01&to=2025-01", { cookie });
    expect(long.status).toBe(400);
    expect((await call("GET", "/api/reports?from=2025-13&to=2025-12", { cookie })).status).toBe(
      400,
    );
    expect((await call("GET", "/api/reports?from=2025-01&to=2025-12")).status).toBe(401);
  });

  it("exports text a spreadsheet would run as a formula inert, with a BOM for Excel", async () => {
    const month = 4;
    await requestAt(month, {
      requesterRole: "partner",
      client: { name: '=HYPERLINK("http://evil.example","x")', languages: ["fi"] },
      preferredContact: "phone",
      requester: {
        name: "Pekka",
        organisation: "=cmd|' /C calc'!A0",
        phone: "0401234567",
      },
      municipality: "+Tampere",
    });
    const csv = await call(
      "GET",
      `/api/reports/csv?from=${YEAR}-04&to=${YEAR}-04&lang=fi&table=volume-by-municipality`,
      { cookie },
    );
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain("'+tampere;1");
    const partners = await (
      await call("GET", `/api/reports/csv?from=${YEAR}-04&to=${YEAR}-04&table=partners`, {
        cookie,
      })
    ).text();
    expect(partners).toContain("'=cmd|' /c calc'!a0;1;0");
    expect(partners).not.toMatch(/(^|;)=/m);
    expect(partners).not.toContain("HYPERLINK");
  });
});
