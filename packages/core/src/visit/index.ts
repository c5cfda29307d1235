import { tableName } from "../db/client.ts";
import { queryAll } from "../db/query.ts";
import type { TransactItem } from "../util/db-types.ts";
import { helsinkiDate } from "../util/time.ts";

/**
 * A visit: a volunteer going with a client to one appointment, from the moment someone accepts
 * until it is reported or cancelled. Kept in the request's partition and indexed by the Helsinki
 * month of its start, so "who is booked that day" and "how many visits this month" are one
 * Query per month, never a scan.
 */

export type VisitStatus = "planned" | "cancelled" | "reported";

export interface Visit {
  requestId: string;
  volunteerId: string;
  startsAt: string;
  endsAt: string;
  status: VisitStatus;
  clientKey?: string;
}

export const month = (at: string) => helsinkiDate(new Date(at)).slice(0, 7);

export const key = (requestId: string) => ({ pk: `request#${requestId}`, sk: "visit" });

const indexKeys = (v: Pick<Visit, "startsAt" | "requestId">) => ({
  gsi1pk: `visits#${month(v.startsAt)}`,
  gsi1sk: `${v.startsAt}#${v.requestId}`,
});

export function plan(visit: Omit<Visit, "status">, now: Date): TransactItem {
  return {
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
      // A cancelled visit may be replanned when the request goes back to matching.
      ConditionExpression: "attribute_not_exists(pk) OR #status = :cancelled",
      ExpressionAttributeNames: { "#status": "status" },
      ExpressionAttributeValues: { ":cancelled": "cancelled" },
    },
  };
}

export function cancel(requestId: string, now: Date): TransactItem {
  return {
    Update: {
      TableName: tableName(),
      Key: key(requestId),
      UpdateExpression: "SET #status = :cancelled, cancelledAt = :now",
      ConditionExpression: "#status = :planned",
      ExpressionAttributeNames: { "#status": "status" },
      ExpressionAttributeValues: {
        ":cancelled": "cancelled",
        ":planned": "planned",
        ":now": now.toISOString(),
      },
    },
  };
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

/** Every visit that is not cancelled, in the given Helsinki months. */
export async function inMonths(months: string[]): Promise<Visit[]> {
  const pages = await Promise.all(
    months.map((m) =>
      queryAll({
        TableName: tableName(),
        IndexName: "gsi1",
        KeyConditionExpression: "gsi1pk = :month",
        FilterExpression: "#status <> :cancelled",
        ExpressionAttributeNames: { "#status": "status" },
        ExpressionAttributeValues: { ":month": `visits#${m}`, ":cancelled": "cancelled" },
        ProjectionExpression: "requestId, volunteerId, startsAt, endsAt, #status, clientKey",
      }),
    ),
  );
  return pages.flat() as unknown as Visit[];
}
