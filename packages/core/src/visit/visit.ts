import { tableName } from "../db/client.ts";
import { queryAll } from "../db/query.ts";
import type { TransactItem } from "../util/db-types.ts";
import { helsinkiDate } from "../util/time.ts";

/**
 * A visit: a volunteer going with a client to one appointment, from the moment someone accepts
 * until it is reported or cancelled. Kept in the request's partition and indexed by the Helsinki
 * month of its start, so "who is booked that day", "how many visits this month" and "which
 * visits are tomorrow" are one Query per month, never a scan. A copy of its outline sits in the
 * volunteer's partition for their own list of visits.
 */

export type VisitStatus = "planned" | "cancelled" | "reported";

export interface Visit {
  requestId: string;
  volunteerId: string;
  startsAt: string;
  endsAt: string;
  status: VisitStatus;
  clientKey?: string;
  /** Set by the jobs, each once: the day-before reminder, the report request, its reminder. */
  remindedAt?: string;
  reportAskedAt?: string;
  reportRemindedAt?: string;
}

export const month = (at: string) => helsinkiDate(new Date(at)).slice(0, 7);

export const key = (requestId: string) => ({ pk: `request#${requestId}`, sk: "visit" });

/** The volunteer's own list: newest first by key order reversed. */
export const logKey = (v: Pick<Visit, "volunteerId" | "startsAt" | "requestId">) => ({
  pk: `volunteer#${v.volunteerId}`,
  sk: `visit#${v.startsAt}#${v.requestId}`,
});

const indexKeys = (v: Pick<Visit, "startsAt" | "requestId">) => ({
  gsi1pk: `visits#${month(v.startsAt)}`,
  gsi1sk: `${v.startsAt}#${v.requestId}`,
});

/** What the volunteer's own list shows of a visit: no client surname, no matter. */
export interface LogEntry {
  requestId: string;
  startsAt: string;
  durationMinutes: number;
  municipality: string;
  sector: string;
  status: VisitStatus;
  minutes?: number;
  outcome?: string;
}

export function plan(
  visit: Omit<Visit, "status">,
  outline: Pick<LogEntry, "durationMinutes" | "municipality" | "sector">,
  now: Date,
): TransactItem[] {
  return [
    {
      Put: {
        TableName: tableName(),
        Item: {
          ...key(visit.requestId),
          ...indexKeys(visit),
          type: "visit",
          ...visit,
          status: "planned" satisfies VisitStatus,
          createdAt: now.toISOString(),
        },
        // A cancelled visit may be planned again when the request goes back to matching.
        ConditionExpression: "attribute_not_exists(pk) OR #status = :cancelled",
        ExpressionAttributeNames: { "#status": "status" },
        ExpressionAttributeValues: { ":cancelled": "cancelled" },
      },
    },
    {
      Put: {
        TableName: tableName(),
        Item: {
          ...logKey(visit),
          type: "volunteer-visit",
          requestId: visit.requestId,
          startsAt: visit.startsAt,
          ...outline,
          status: "planned" satisfies VisitStatus,
        },
      },
    },
  ];
}

function setStatus(
  visit: Pick<Visit, "requestId" | "volunteerId" | "startsAt">,
  to: VisitStatus,
  now: Date,
  extra: Record<string, unknown> = {},
): TransactItem[] {
  const names: Record<string, string> = { "#status": "status" };
  const values: Record<string, unknown> = { ":to": to, ":planned": "planned" };
  const sets = ["#status = :to", `${to}At = :now`];
  values[":now"] = now.toISOString();
  Object.entries(extra).forEach(([field, value], i) => {
    names[`#x${i}`] = field;
    values[`:x${i}`] = value;
    sets.push(`#x${i} = :x${i}`);
  });
  const { ":planned": _planned, ...logValues } = values;
  return [
    {
      Update: {
        TableName: tableName(),
        Key: key(visit.requestId),
        UpdateExpression: `SET ${sets.join(", ")}`,
        ConditionExpression: "#status = :planned",
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      },
    },
    {
      Update: {
        TableName: tableName(),
        Key: logKey(visit),
        UpdateExpression: `SET ${sets.join(", ")}`,
        ConditionExpression: "attribute_exists(pk)",
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: logValues,
      },
    },
  ];
}

export function cancel(
  visit: Pick<Visit, "requestId" | "volunteerId" | "startsAt">,
  now: Date,
  by: "requester" | "coordinator" | "volunteer",
): TransactItem[] {
  return setStatus(visit, "cancelled", now, { cancelledBy: by });
}

export function report(
  visit: Pick<Visit, "requestId" | "volunteerId" | "startsAt">,
  outcome: { outcome: string; minutes?: number },
  now: Date,
): TransactItem[] {
  return setStatus(visit, "reported", now, {
    outcome: outcome.outcome,
    ...(outcome.minutes !== undefined && { minutes: outcome.minutes }),
  });
}

/** The Helsinki months from one instant's month to another's, inclusive. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, m] = month(from).split("-").map(Number) as [number, number];
  const last = month(to);
  for (;;) {
    const current = `${year}-${String(m).padStart(2, "0")}`;
    if (current > last) return months;
    months.push(current);
    m++;
    if (m > 12) {
      m = 1;
      year++;
    }
  }
}

const PROJECTION =
  "requestId, volunteerId, startsAt, endsAt, #status, clientKey, remindedAt, reportAskedAt, reportRemindedAt";

/**
 * Visits of the given Helsinki months (one Query each on the month index), optionally only
 * those starting in [from, to) and only those in the given status.
 */
async function ofMonths(
  months: string[],
  keep: { status: VisitStatus | "not cancelled"; from?: string; to?: string },
): Promise<Visit[]> {
  const range = keep.from !== undefined && keep.to !== undefined;
  const pages = await Promise.all(
    months.map((m) =>
      queryAll({
        TableName: tableName(),
        IndexName: "gsi1",
        KeyConditionExpression: `gsi1pk = :month${range ? " AND gsi1sk BETWEEN :from AND :to" : ""}`,
        FilterExpression:
          keep.status === "not cancelled" ? "#status <> :status" : "#status = :status",
        ExpressionAttributeNames: { "#status": "status" },
        ExpressionAttributeValues: {
          ":month": `visits#${m}`,
          ":status": keep.status === "not cancelled" ? "cancelled" : keep.status,
          // Keys are `<startsAt>#<id>`: one starting exactly at `to` sorts after it, so is left out.
          ...(range && { ":from": keep.from, ":to": keep.to }),
        },
        ProjectionExpression: PROJECTION,
      }),
    ),
  );
  return pages.flat() as unknown as Visit[];
}

/** Every visit that is not cancelled, in the given Helsinki months. */
export const inMonths = (months: string[]) => ofMonths(months, { status: "not cancelled" });

/** Planned visits starting in [from, to): one Query per Helsinki month the range touches. */
export const plannedBetween = (from: string, to: string) =>
  ofMonths(monthsBetween(from, to), { status: "planned", from, to });

/** The volunteer's own visits, newest first. */
export async function ofVolunteer(volunteerId: string): Promise<LogEntry[]> {
  const items = await queryAll({
    TableName: tableName(),
    KeyConditionExpression: "pk = :pk AND begins_with(sk, :visit)",
    ExpressionAttributeValues: { ":pk": `volunteer#${volunteerId}`, ":visit": "visit#" },
    ScanIndexForward: false,
  });
  return items.map((i) => ({
    requestId: i.requestId as string,
    startsAt: i.startsAt as string,
    durationMinutes: i.durationMinutes as number,
    municipality: i.municipality as string,
    sector: i.sector as string,
    status: i.status as VisitStatus,
    ...(i.minutes !== undefined && { minutes: i.minutes as number }),
    ...(i.outcome !== undefined && { outcome: i.outcome as string }),
  }));
}
