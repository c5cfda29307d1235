import * as z from "zod";
import { when } from "../db/expr.ts";
import { defineItem, queryEvery } from "../db/store.ts";
import type { TransactItem } from "../util/db-types.ts";
import { helsinkiDate, monthsBetween } from "../util/time.ts";
import { outcomes } from "./schema.ts";

/**
 * A visit: a volunteer going with a client to one appointment, from the moment someone accepts
 * until it is reported or cancelled. Kept in the request's partition and indexed by the Helsinki
 * month of its start, so "who is booked that day", "how many visits this month" and "which
 * visits are tomorrow" are one Query per month, never a scan. A copy of its outline sits in the
 * volunteer's partition for their own list of visits.
 */

export const visitStatuses = ["planned", "cancelled", "reported"] as const;
export type VisitStatus = (typeof visitStatuses)[number];

const StoredVisit = z.object({
  requestId: z.string(),
  volunteerId: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  status: z.enum(visitStatuses),
  clientKey: z.string().optional(),
  createdAt: z.string().optional(),
  /** Set by the jobs, each once: the day-before reminder, the report request, its reminder. */
  remindedAt: z.string().optional(),
  reportAskedAt: z.string().optional(),
  reportRemindedAt: z.string().optional(),
  /** The after-visit surveys went (or had nobody to go to). */
  feedbackAskedAt: z.string().optional(),
  cancelledBy: z.enum(["requester", "coordinator", "volunteer"]).optional(),
  outcome: z.enum(outcomes).optional(),
  minutes: z.number().optional(),
});
export type Visit = z.output<typeof StoredVisit>;

export const month = (at: string) => helsinkiDate(new Date(at)).slice(0, 7);

const Visits = defineItem({
  type: "visit",
  schema: StoredVisit,
  key: (requestId: string) => ({ pk: `request#${requestId}`, sk: "visit" }),
  id: (v) => v.requestId,
  index: (v) => ({ gsi1pk: `visits#${month(v.startsAt)}`, gsi1sk: `${v.startsAt}#${v.requestId}` }),
});

/** What the volunteer's own list shows of a visit: no client surname, no matter. */
const LogEntry = z.object({
  requestId: z.string(),
  startsAt: z.string(),
  durationMinutes: z.number(),
  municipality: z.string(),
  sector: z.string(),
  status: z.enum(visitStatuses),
  minutes: z.number().optional(),
  outcome: z.string().optional(),
});
export type LogEntry = z.output<typeof LogEntry>;

type LogId = Pick<Visit, "volunteerId" | "startsAt" | "requestId">;

/** The volunteer's own list: newest first by key order reversed. */
const Log = defineItem({
  type: "volunteer-visit",
  schema: LogEntry,
  key: (v: LogId) => ({
    pk: `volunteer#${v.volunteerId}`,
    sk: `visit#${v.startsAt}#${v.requestId}`,
  }),
});

export const readVisit = (raw: Record<string, unknown>) => Visits.read(raw);

/** The visit is planned; a cancelled one may be planned again when the request goes back. */
export function plan(
  visit: Omit<Visit, "status">,
  outline: Pick<LogEntry, "durationMinutes" | "municipality" | "sector">,
  now: Date,
): TransactItem[] {
  const planned = { ...visit, status: "planned" as const, createdAt: now.toISOString() };
  return [
    Visits.put(planned, when.or(when.notExists("pk"), when.eq("status", "cancelled"))),
    // Planned afresh: nothing of an earlier cancellation stays on the volunteer's copy.
    Log.update(planned, {
      set: { requestId: visit.requestId, startsAt: visit.startsAt, ...outline, status: "planned" },
      remove: ["cancelledAt", "cancelledBy", "reportedAt", "outcome", "minutes"],
    }),
  ];
}

/** Moves a planned visit on, in both places it is kept: the visit must still be planned. */
function close(visit: LogId, to: "cancelled" | "reported", now: Date, extra: Partial<Visit>) {
  const set = { status: to, [`${to}At`]: now.toISOString(), ...extra };
  return [
    Visits.update(visit.requestId, { set }, when.eq("status", "planned")),
    Log.update(visit, { set }, when.exists("pk")),
  ];
}

export function cancel(visit: LogId, now: Date, by: "requester" | "coordinator" | "volunteer") {
  return close(visit, "cancelled", now, { cancelledBy: by });
}

export function report(
  visit: LogId,
  outcome: { outcome: Visit["outcome"]; minutes?: number },
  now: Date,
) {
  return close(visit, "reported", now, {
    outcome: outcome.outcome,
    ...(outcome.minutes !== undefined && { minutes: outcome.minutes }),
  });
}

/** A job's marker on the visit, set once and only while it is still planned. */
export function mark(
  visit: Pick<Visit, "requestId">,
  marker: "remindedAt" | "reportAskedAt" | "reportRemindedAt",
  now: Date,
): TransactItem {
  return Visits.update(
    visit.requestId,
    { set: { [marker]: now.toISOString() } },
    when.and(when.notExists(marker), when.eq("status", "planned")),
  );
}

/** The after-visit surveys' marker: once, on a visit that was not cancelled (reported or not). */
export function markFeedbackAsked(visit: Pick<Visit, "requestId">, now: Date): TransactItem {
  return Visits.update(
    visit.requestId,
    { set: { feedbackAskedAt: now.toISOString() } },
    when.and(when.notExists("feedbackAskedAt"), when.ne("status", "cancelled")),
  );
}

/** Demo data and tests only: the visit moved to another time, in both places it is kept. */
export function reschedule(
  visit: Visit,
  startsAt: string,
  endsAt: string,
  outline: Pick<LogEntry, "durationMinutes" | "municipality" | "sector">,
): TransactItem[] {
  const moved = { ...visit, startsAt, endsAt };
  return [
    Visits.update(visit.requestId, { set: { startsAt, endsAt, ...Visits.indexOf(moved) } }),
    // The volunteer's copy is keyed by the start: written anew, whole, under the new key.
    Log.remove(visit),
    Log.update(moved, {
      set: { requestId: visit.requestId, startsAt, ...outline, status: visit.status },
    }),
  ];
}

/** The Helsinki months from one instant's month to another's, inclusive. */
export { monthsBetween };

const FIELDS = [
  "requestId",
  "volunteerId",
  "startsAt",
  "endsAt",
  "status",
  "clientKey",
  "remindedAt",
  "reportAskedAt",
  "reportRemindedAt",
  "feedbackAskedAt",
  "outcome",
];

/**
 * Visits of the given Helsinki months (one Query each on the month index), optionally only
 * those starting in [from, to) and only those in the given status.
 */
async function ofMonths(
  months: string[],
  keep: { status: VisitStatus | "not cancelled"; from?: string; to?: string },
): Promise<Visit[]> {
  const pages = await Promise.all(
    months.map((m) =>
      queryEvery({
        index: "gsi1",
        partition: `visits#${m}`,
        // Keys are `<startsAt>#<id>`: one starting exactly at `to` sorts after it, so is left out.
        ...(keep.from !== undefined &&
          keep.to !== undefined && { range: { between: [keep.from, keep.to] } }),
        filter:
          keep.status === "not cancelled"
            ? when.ne("status", "cancelled")
            : when.eq("status", keep.status),
        project: FIELDS,
      }),
    ),
  );
  return pages.flat().map(Visits.read);
}

/** Every visit that is not cancelled, in the given Helsinki months. */
export const inMonths = (months: string[]) => ofMonths(months, { status: "not cancelled" });

/** Visits not cancelled that start in [from, to): the calendar's. */
export const between = (from: string, to: string) =>
  ofMonths(monthsBetween(from, to), { status: "not cancelled", from, to });

/** Planned visits starting in [from, to): one Query per Helsinki month the range touches. */
export const plannedBetween = (from: string, to: string) =>
  ofMonths(monthsBetween(from, to), { status: "planned", from, to });

/** The volunteer's own visits, newest first. */
export async function ofVolunteer(volunteerId: string): Promise<LogEntry[]> {
  const items = await queryEvery({
    partition: `volunteer#${volunteerId}`,
    range: { beginsWith: "visit#" },
    newestFirst: true,
  });
  return items.map(Log.read);
}

export const get = (requestId: string) => Visits.get(requestId);

/** The stored visit item (bench seeding writes it directly). */
export const visitItem = (v: Visit) => Visits.item(v);
