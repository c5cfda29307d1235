import * as z from "zod";
import * as zm from "zod/mini";
import * as Actor from "../actor/index.ts";
import * as Alert from "../alert/index.ts";
import { Audit } from "../audit/index.ts";
import { Counts } from "../counts/index.ts";
import { tableName } from "../db/client.ts";
import { ConditionsFailed, transact } from "../db/transact.ts";
import * as Link from "../link/index.ts";
import { Outbox } from "../mail/index.ts";
import { load, type RequestState } from "../offer/state.ts";
import { keys } from "../request/request.ts";
import { eventItem, updateRequest, type VisitReport } from "../request/store.ts";
import type { TransactItem } from "../util/db-types.ts";
import { VisibleError } from "../util/errors.ts";
import { fn } from "../util/fn.ts";
import { CantComeInput, type Report, ReportInput } from "../visit/schema.ts";
import * as Visit from "../visit/visit.ts";
import * as Volunteers from "../volunteer/volunteer.ts";
import { detailsView, visitView } from "./offering.ts";
import { releaseItems } from "./release.ts";

/**
 * The volunteer's page for one visit, opened from the confirmation or a reminder: the details,
 * "I can't come" before it starts, and the report after it. Reading changes nothing; each button
 * is one transaction guarded by the visit's status, so a second press says what already happened.
 */

const ATTEMPTS = 4;

async function visitOf(token: string, now: Date) {
  const target = await Link.resolve(token, "visit", now);
  const state = await load(target.requestId);
  const visit = state?.visit;
  if (!state || !visit || visit.volunteerId !== target.volunteerId) {
    throw new VisibleError(404, "link_invalid", "error.linkUnknown");
  }
  return { state, visit };
}

export async function viewByLink(token: string, now = new Date()) {
  const { state, visit } = await visitOf(token, now);
  const { request } = state;
  const planned = visit.status === "planned";
  const mine = request.volunteerId === visit.volunteerId;
  return {
    status: visit.status,
    canCancel: planned && now.toISOString() < visit.startsAt,
    canReport: planned && now.toISOString() >= visit.startsAt,
    visit: visitView(request),
    // The client's details only while the visit is this volunteer's.
    ...(mine && planned && { details: detailsView(request) }),
  };
}

export type CantComeOutcome = "released" | "already_cancelled" | "reported" | "too_late";

/** "I can't come": the request goes back to matching at once and the coordinator is alerted. */
export async function cantCome(
  token: string,
  input: unknown,
  now = new Date(),
): Promise<CantComeOutcome> {
  const { reason } = zm.parse(CantComeInput, input);
  return Link.actingAs(token, "visit", now, () => releaseByVolunteer(token, reason, now));
}

async function releaseByVolunteer(
  token: string,
  reason: string | undefined,
  now: Date,
): Promise<CantComeOutcome> {
  for (let attempt = 1; ; attempt++) {
    const { state, visit } = await visitOf(token, now);
    if (visit.status === "cancelled") return "already_cancelled";
    if (visit.status === "reported") return "reported";
    if (now.toISOString() >= visit.startsAt) return "too_late";
    const volunteer = await Volunteers.get(visit.volunteerId);
    const name = volunteer?.name ?? "";
    const release = await releaseItems(
      state,
      visit,
      { volunteerName: name, actorName: name, by: "volunteer", ...(reason && { reason }) },
      now,
    );
    try {
      await transact(release.items);
      Outbox.dispatch(release.mails);
      return "released";
    } catch (error) {
      if (error instanceof ConditionsFailed && attempt < ATTEMPTS) continue;
      throw error;
    }
  }
}

export type ReportOutcome = "reported" | "already_reported" | "cancelled";

/**
 * The report completes the request. What it flags reaches the coordinator as alerts: a safety
 * concern, a follow-up need, a volunteer asking for a talk.
 */
async function complete(
  state: RequestState,
  report: Report,
  by: { kind: "volunteer" } | { kind: "coordinator"; name: string },
  now: Date,
): Promise<void> {
  const { request } = state;
  const visit = state.visit;
  if (!visit) throw new VisibleError(409, "not_allowed", "error.notAllowed");
  const volunteer = await Volunteers.get(visit.volunteerId);
  const actorName = by.kind === "volunteer" ? (volunteer?.name ?? "") : by.name;
  const urgent = report.safety ? await Alert.urgentMails("safety_concern", request, now) : [];
  const at = now.toISOString();
  const stored: VisitReport = { ...report, at, by: by.kind, actorName };
  const flags = [
    ...(report.safety ? ["safety"] : []),
    ...(report.followUp ? ["followUp"] : []),
    ...(report.wantsTalk ? ["wantsTalk"] : []),
  ];
  const items: TransactItem[] = [
    updateRequest(
      request,
      {
        status: "completed",
        gsi1pk: keys.byStatus("completed", request.startsAt, request.id).gsi1pk,
        outcome: report.happened,
      },
      now,
      {
        condition: "#st = :confirmed AND volunteerId = :volunteer",
        names: { "#st": "status" },
        values: { ":confirmed": "confirmed", ":volunteer": visit.volunteerId },
      },
    ),
    ...Visit.report(visit, { outcome: report.happened, minutes: report.minutes }, now),
    {
      Put: {
        TableName: tableName(),
        Item: { pk: keys.request(request.id).pk, sk: "report", type: "report", report: stored },
        ConditionExpression: "attribute_not_exists(pk)",
      },
    },
    Counts.change("requests", { confirmed: -1, completed: 1 }),
    eventItem(request.id, {
      at,
      kind: "report",
      outcome: report.happened,
      ...(report.minutes !== undefined && { minutes: report.minutes }),
      flags,
      actorName,
    }),
    Audit.entry(
      "visit.report",
      `request#${request.id}`,
      { by: by.kind, outcome: report.happened },
      now,
    ),
    ...(report.safety ? [Alert.raise("safety_concern", request, now)] : []),
    ...urgent.map((m) => m.put),
    ...(report.followUp ? [Alert.raise("follow_up", request, now)] : []),
    ...(report.wantsTalk ? [Alert.raise("volunteer_talk", request, now)] : []),
  ];
  // The bank's "longest without a visit" ordering counts visits that took place.
  if (report.happened === "yes" && volunteer) {
    items.push(
      {
        Update: {
          TableName: tableName(),
          Key: Volunteers.keys.volunteer(volunteer.id),
          UpdateExpression: "SET lastVisitAt = :at",
          ConditionExpression: "version = :seen",
          ExpressionAttributeValues: { ":at": visit.startsAt, ":seen": volunteer.version },
        },
      },
      {
        Put: {
          TableName: tableName(),
          Item: Volunteers.cardItem({ ...volunteer, lastVisitAt: visit.startsAt }),
        },
      },
    );
  }
  await transact(items);
  Outbox.dispatch(urgent.map((m) => m.key));
}

export async function report(
  token: string,
  input: unknown,
  now = new Date(),
): Promise<ReportOutcome> {
  const parsed = zm.parse(ReportInput, input);
  return Link.actingAs(token, "visit", now, async () => {
    for (let attempt = 1; ; attempt++) {
      const { state, visit } = await visitOf(token, now);
      if (visit.status === "reported") return "already_reported";
      if (visit.status === "cancelled") return "cancelled";
      if (now.toISOString() < visit.startsAt) {
        throw new VisibleError(409, "too_early", "error.reportTooEarly");
      }
      try {
        await complete(state, parsed, { kind: "volunteer" }, now);
        return "reported";
      } catch (error) {
        if (error instanceof ConditionsFailed && attempt < ATTEMPTS) continue;
        throw error;
      }
    }
  });
}

/** A coordinator records how the visit went, e.g. after a phone call. */
export const recordOutcome = fn(
  z.object({ id: z.string().min(1).max(64), report: z.unknown() }),
  async ({ id, report: input }, now: Date = new Date()) => {
    const actor = Actor.coordinator();
    const parsed = zm.parse(ReportInput, input);
    const state = await load(id);
    if (!state) throw new VisibleError(404, "not_found", "error.notFound");
    if (state.request.status !== "confirmed" || state.visit?.status !== "planned") {
      throw new VisibleError(409, "not_allowed", "error.notAllowed");
    }
    // Before the visit there is no outcome yet: a call-off is a cancellation.
    if (now.toISOString() < state.visit.startsAt) {
      throw new VisibleError(409, "too_early", "error.reportTooEarly");
    }
    try {
      await complete(state, parsed, { kind: "coordinator", name: actor.name }, now);
    } catch (error) {
      if (error instanceof ConditionsFailed)
        throw new VisibleError(409, "conflict", "error.conflict");
      throw error;
    }
  },
);

/** The volunteer's own visits and totals, for their page. */
export async function mine() {
  const actor = Actor.volunteer();
  const visits = await Visit.ofVolunteer(actor.volunteerId);
  const done = visits.filter((v) => v.status === "reported" && v.outcome === "yes");
  return {
    visits,
    totals: {
      visits: done.length,
      minutes: done.reduce((sum, v) => sum + (v.minutes ?? 0), 0),
      upcoming: visits.filter((v) => v.status === "planned").length,
    },
  };
}
