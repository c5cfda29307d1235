import { AccessibilityFeedback } from "@rinnalla/core/accessibility-feedback";
import * as Actor from "@rinnalla/core/actor";
import { Feedback } from "@rinnalla/core/feedback";
import { Closing, Offering, Visiting } from "@rinnalla/core/lifecycle";
import { Outbox } from "@rinnalla/core/mail";
import { Request } from "@rinnalla/core/request";
import { LegalHold, Retention } from "@rinnalla/core/retention";
import { Rebuild } from "@rinnalla/core/stats";
import { addDays, helsinkiToUtc } from "@rinnalla/core/util";
import { Volunteer } from "@rinnalla/core/volunteer";
import { beforeAll, describe, expect, it } from "vitest";
import { everyItem } from "../../packages/local/src/every-item.ts";
import { addCoordinator, asCoordinator, signIn } from "../support/coordinators.ts";
import { call, uniqueEmail, validRequest } from "../support/harness.ts";
import { onDay } from "../support/on-day.ts";
import { deliveringMail } from "../support/setup.ts";
import { validApplication } from "../support/volunteers.ts";

/**
 * The retention policy over time: a year of requests, visits, volunteers, survey answers, the
 * audit log and delivery records (2025, whatever today is, made through the real operations at
 * moved clocks), then the daily job run day by day from 1.1.2025 to 31.3.2026 with the
 * shortest windows an admin may choose. Each record must change on the very day this test
 * works out by hand from its policy, and on no other; what the dry run planned each morning is
 * exactly what the run then did; the reports say the same before and after; records under a
 * legal hold stay whole.
 */

const YEAR = 2025;
const iso = (month: number, day: number, year = YEAR) =>
  `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
const at = (month: number, day: number, time = "10:00") => helsinkiToUtc(iso(month, day), time);

const POLICY = {
  request: 9,
  visitReport: 6,
  interview: 1,
  volunteer: 12,
  surveyText: 3,
  auditLog: 12,
  emailRecord: 1,
  accessibilityFeedback: 3,
};

/** What the test expects, worked out by hand: `<kind> <target>` → the day it is due. */
const expected = new Map<string, string>();
const due = (kind: string, target: string, day: string) => expected.set(`${kind} ${target}`, day);

/**
 * Work on a day, and the emails it caused delivered that day (so they are sent then). Found by
 * a consistent read of the table, not the due index: an index read may lag a moment behind, and
 * a mail delivered on a later day would move its delivery record to another month.
 */
const on = <T>(day: Date, work: () => Promise<T>) =>
  onDay(day, async () => {
    const result = await asCoordinator(work);
    const waiting = (await everyItem()).filter(
      (i) => i.type === "outbox" && i.status === "pending",
    );
    for (const mail of waiting) {
      expect(await Outbox.deliver({ pk: String(mail.pk), sk: String(mail.sk) })).toBe("sent");
    }
    return result;
  });

async function volunteer(name: string, applied: Date, active: Date) {
  await on(applied, () =>
    Volunteer.apply(validApplication({ name, email: uniqueEmail("v") }), {
      clientAddress: "203.0.113.9",
      now: applied,
    }),
  );
  const [card] = (await asCoordinator(() => Volunteer.cards("applicant"))).filter(
    (c) => c.name === name,
  );
  if (!card) throw new Error(`no applicant ${name}`);
  const interview = {
    workHistory: "Kirjastonhoitaja",
    lifeSituation: "Eläkkeellä",
    earlierVolunteering: "",
    suitability: "Rauhallinen",
    decision: "to_training" as const,
  };
  await on(applied, () => Volunteer.interview({ id: card.id, version: 1, interview }, applied));
  await move(card.id, { to: "active" }, active);
  return card.id;
}

async function move(id: string, change: Record<string, unknown>, day: Date) {
  const { version } = (await Volunteer.get(id)) ?? { version: 0 };
  await on(day, () => Volunteer.changeStatus({ id, version, change } as never, day));
}

async function submitted(month: number, overrides: Record<string, unknown> = {}) {
  const day = at(month, 2);
  const input = validRequest({ date: iso(month, 20), ...overrides });
  const result = await on(day, () =>
    Request.submit(input, { clientAddress: "198.51.100.7", now: day }),
  );
  if (result.kind !== "received") throw new Error("not received");
  return (await Request.get(result.id)) as Request.Request;
}

/** A visit in the month, reported with words of the volunteer's own on the 20th. */
async function visited(month: number, volunteerId: string) {
  const request = await submitted(month);
  await on(at(month, 3), () =>
    Offering.assign({ id: request.id, version: request.version, volunteerId }, at(month, 3)),
  );
  await on(at(month, 20, "14:00"), () =>
    Visiting.recordOutcome(
      {
        id: request.id,
        report: { happened: "yes", minutes: 60 + month, howItWent: `Sujui hyvin ${month}` },
      },
      at(month, 20, "14:00"),
    ),
  );
  return request;
}

/** A professional's request nobody took, closed on the given day of the month. */
async function unmatched(month: number, closedOn: number) {
  const request = await submitted(month, {
    requesterRole: "professional",
    requester: { name: "Sari Sosiaali", organisation: "Kela", email: uniqueEmail("kela") },
  });
  await on(at(month, 3), () =>
    Request.assess({ id: request.id, version: request.version }, at(month, 3)),
  );
  const closing = { id: request.id, version: request.version + 1, reason: "Ei löytynyt" };
  const day = at(month, closedOn);
  await on(day, () =>
    month % 2 ? Closing.closeNoVolunteer(closing, day) : Closing.cancel(closing, day),
  );
  return request;
}

let cookie = "";
let heldRequest = "";
let heldVolunteer = "";

async function buildYear() {
  const anna = await volunteer("Anna Pysyvä", at(1, 2), at(1, 4));
  const berit = await volunteer("Berit Lähtijä", at(1, 2), at(1, 10));
  const cecilia = await volunteer("Cecilia Kuunloppu", at(2, 1), at(2, 5));
  heldVolunteer = await volunteer("Daniel Pidossa", at(2, 1), at(2, 5));
  await move(berit, { to: "ended", endReason: "moved", reason: "Muutti" }, at(2, 10));
  await move(cecilia, { to: "ended", endReason: "no_time", reason: "Kiire" }, at(3, 31));
  await move(heldVolunteer, { to: "ended", endReason: "other", reason: "Valitus" }, at(3, 15));
  const daniel = await Volunteer.get(heldVolunteer);
  await on(at(4, 1), () =>
    LegalHold.volunteer(
      { id: heldVolunteer, version: daniel?.version ?? 0, hold: true, reason: "Valitus vireillä" },
      at(4, 1),
    ),
  );
  due("interview", `volunteer#${berit}`, "2025-03-10");
  due("volunteer", `volunteer#${berit}`, "2026-02-10");
  // 31.3. + 1 month is the last of April; + 12 months is 31.3.2026.
  due("interview", `volunteer#${cecilia}`, "2025-04-30");
  due("volunteer", `volunteer#${cecilia}`, "2026-03-31");

  for (let month = 1; month <= 6; month++) {
    const visit = await visited(month, anna);
    // The report's text 6 months after the report; the request 9 months after it closed.
    due("visitReport", `request#${visit.id}`, iso(month + 6, 20));
    due(
      "request",
      `request#${visit.id}`,
      month + 9 <= 12 ? iso(month + 9, 20) : iso(month - 3, 20, YEAR + 1),
    );
    const closedOn = month === 1 || month === 5 ? 31 : 18;
    const other = await unmatched(month, closedOn);
    const anonymisedOn =
      month === 1
        ? "2025-10-31"
        : month === 5
          ? "2026-02-28" // 31.5. + 9 months: February has no 31st
          : month + 9 <= 12
            ? iso(month + 9, 18)
            : iso(month - 3, 18, YEAR + 1);
    due("request", `request#${other.id}`, anonymisedOn);
  }
  const held = await visited(7, anna);
  heldRequest = held.id;
  const current = await Request.get(held.id);
  await on(at(7, 21), () =>
    LegalHold.request(
      { id: held.id, version: current?.version ?? 0, hold: true, reason: "Korvausvaatimus" },
      at(7, 21),
    ),
  );

  // Feedback on the accessibility statement, answered within its 14 days: emptied 3 months on.
  const sent = await on(at(4, 7), () =>
    AccessibilityFeedback.submit(
      { what: "Valikko ei toimi näppäimistöllä", email: uniqueEmail("palaute") },
      { clientAddress: "198.51.100.9", now: at(4, 7) },
    ),
  );
  const [feedback] = (await everyItem()).filter((i) => i.type === "a11y-feedback");
  expect(sent.confirmationEmail).toBe(true);
  await on(at(4, 14), () =>
    AccessibilityFeedback.answer({ id: String(feedback?.id), note: "Korjataan" }, at(4, 14)),
  );
  due("accessibilityFeedback", `a11y-feedback#${feedback?.id}`, "2025-07-14");

  // Survey answers typed in from paper: open words in February and June, none in March.
  for (const [month, open] of [
    [2, "Avoin vastaus helmikuulta"],
    [3, undefined],
    [6, "Avoin vastaus kesäkuulta"],
  ] as const) {
    const day = at(month, 14);
    const values = { safe: 4, confident: 3, ...(open && { open }) };
    await on(day, () => Feedback.enter({ audience: "client-after", via: "paper", values }, day));
  }
}

/** How the records stand, as the test reads them from the whole table. */
async function state() {
  const items = await everyItem();
  const marks = new Map<string, string>();
  const months = new Map<string, number>();
  for (const i of items) {
    if (i.type === "request") {
      marks.set(`request request#${i.id}`, i.anonymisedAt ? "done" : "");
      marks.set(`visitReport request#${i.id}`, i.reportTextRemovedAt ? "done" : "");
    } else if (i.type === "volunteer") {
      marks.set(`volunteer volunteer#${i.id}`, i.anonymisedAt ? "done" : "");
    } else if (i.type === "a11y-feedback") {
      marks.set(`accessibilityFeedback ${i.pk}`, i.contentRemovedAt ? "done" : "");
    } else if (i.type === "interview") {
      marks.set(`interview ${i.pk}`, "kept");
    } else if (i.type === "feedback-answer") {
      const words = Object.values(i.values as object).some((v) => typeof v === "string");
      if (words) marks.set(`surveyText ${i.pk}|${i.sk}`, "kept");
    }
    const month =
      i.type === "audit"
        ? `auditLog ${String(i.pk).slice(6)}`
        : String(i.gsi1pk ?? "").startsWith("outbox#sent#")
          ? `emailRecord ${String(i.gsi1pk).slice(12)}`
          : undefined;
    if (month) months.set(month, (months.get(month) ?? 0) + 1);
  }
  return { marks, months };
}

/** What changed between two readings: each as `<kind> <target>`. */
function changes(before: Awaited<ReturnType<typeof state>>, after: typeof before) {
  const out = new Set<string>();
  for (const [key, was] of before.marks) {
    const now = after.marks.get(key);
    const [kind = "", target = ""] = key.split(" ");
    if (kind === "interview" || kind === "surveyText") {
      // An interview also goes when its volunteer is anonymised: that is the volunteer's step.
      const byVolunteer = after.marks.get(`volunteer ${target}`) === "done";
      if (now === undefined && !(kind === "interview" && byVolunteer)) out.add(key);
    } else if (was === "" && now === "done") {
      // A report's text also goes when its request is anonymised: that is the request's step.
      if (kind === "visitReport" && after.marks.get(`request ${target}`) === "done") continue;
      out.add(key);
    }
  }
  for (const [key, count] of before.months) {
    if ((after.months.get(key) ?? 0) === 0 && count > 0) out.add(key);
  }
  return out;
}

const system = <T>(work: () => Promise<T>) =>
  Actor.provide({ type: "system", name: "retention" }, work);

const yearReport = async () =>
  (await call("GET", `/api/reports?from=${YEAR}-01&to=${YEAR}-12&lang=fi`, { cookie })).json();

// Delivered in the background only while signing in: the year's emails go out on their days.
const stopDelivery = deliveringMail();

beforeAll(async () => {
  const admin = await addCoordinator("admin");
  cookie = await signIn(admin.email);
  await stopDelivery();
  await buildYear();
  const saved = await call("PUT", "/api/personal-data/retention", {
    cookie,
    body: { policy: POLICY, exportInterview: true, version: 0 },
  });
  expect(saved.status).toBe(200);
}, 300_000);

describe("the retention job, day by day", () => {
  it("changes each record on the day its policy says, as the dry run planned, and keeps the figures", async () => {
    const reportBefore = await yearReport();
    const seen = new Map<string, string>();
    let reading = await state();
    let plannedSince = new Set<string>();
    for (let day = "2025-01-01"; day <= "2026-03-31"; day = addDays(day, 1)) {
      const now = helsinkiToUtc(day, "03:30");
      const plan = await system(() => Retention.plan(now));
      const result = await system(() => Retention.run(now));
      for (const step of plan.steps) {
        const key = `${step.kind} ${step.target}`;
        expect(seen.has(key), `${key} planned again on ${day}`).toBe(false);
        seen.set(key, day);
        plannedSince.add(key);
      }
      // The run did as many of each kind as the plan said, and skipped nothing.
      const planned: Record<string, number> = {};
      for (const s of plan.steps) planned[s.kind] = (planned[s.kind] ?? 0) + (s.count ?? 1);
      expect({ ...result, held: 0, skipped: 0 }).toEqual({ ...planned, held: 0, skipped: 0 });
      expect(result.skipped).toBe(0);
      if (plan.steps.length > 0 || day === "2026-03-31") {
        const next = await state();
        // Exactly what was planned changed since the last reading, nothing else.
        expect([...changes(reading, next)].sort(), day).toEqual([...plannedSince].sort());
        reading = next;
        plannedSince = new Set();
      }
    }

    // Every record's day, as worked out by hand.
    for (const [key, day] of expected) expect(seen.get(key), key).toBe(day);
    const months = [...seen].filter(([key]) => /^(auditLog|emailRecord) /.test(key));
    expect(new Map(months)).toEqual(
      new Map([
        // Delivery records: a month's go at the end of the next month.
        ["emailRecord 2025-01", "2025-02-28"],
        ["emailRecord 2025-02", "2025-03-31"],
        ["emailRecord 2025-03", "2025-04-30"],
        ["emailRecord 2025-04", "2025-05-31"],
        ["emailRecord 2025-05", "2025-06-30"],
        ["emailRecord 2025-06", "2025-07-31"],
        ["emailRecord 2025-07", "2025-08-31"],
        // The audit log: a month's entries at the end of the month 12 months later.
        ["auditLog 2025-01", "2026-01-31"],
        ["auditLog 2025-02", "2026-02-28"],
        ["auditLog 2025-03", "2026-03-31"],
      ]),
    );
    const surveyDays = [...seen].filter(([key]) => key.startsWith("surveyText")).map(([, d]) => d);
    expect(surveyDays.sort()).toEqual(["2025-05-31", "2025-09-30"]);

    // Held: the request keeps its client and report, the volunteer their name and interview.
    const request = await Request.get(heldRequest);
    expect(request?.anonymisedAt).toBeUndefined();
    expect(request?.client.name).toBe("Aino Virtanen");
    const held = await asCoordinator(() => Volunteer.detail({ id: heldVolunteer }));
    expect(held.volunteer.name).toBe("Daniel Pidossa");
    expect(held.interview).not.toBeNull();
    expect([...seen.keys()].some((k) => k.includes(heldRequest))).toBe(false);
    expect([...seen.keys()].some((k) => k.includes(heldVolunteer))).toBe(false);

    // The figures are what they were, and the records still add up to them.
    expect(await yearReport()).toEqual(reportBefore);
    expect((await Rebuild.rebuild(await everyItem(), { write: false })).differences).toEqual([]);
  }, 600_000);
});
