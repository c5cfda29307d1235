import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { db, tableName } from "../db/client.ts";
import type { Outbox } from "../mail/index.ts";
import type { TransactItem } from "../util/db-types.ts";
import { VisibleError } from "../util/errors.ts";
import { createId } from "../util/id.ts";
import type { Report } from "../visit/schema.ts";
import type { RequestInput } from "./schema.ts";
import type { Status } from "./status.ts";

/** A support request as stored, its keys, and the writes every change of it is made of. */

export type Request = Omit<RequestInput, "website" | "consent"> & {
  id: string;
  reference: string;
  status: Status;
  /** The appointment's start as a UTC instant. */
  startsAt: string;
  consentAt: string;
  createdAt: string;
  updatedAt: string;
  /** Grows with every change; edits carry the version they saw. */
  version: number;
  /** Set when a volunteer accepted or was assigned. */
  volunteerId?: string;
  volunteerName?: string;
  /** An optional get-to-know meeting of volunteer and client before the visit. */
  firstMeeting?: FirstMeeting;
  /** Requests the coordinator linked as the same client share this key (continuity). */
  clientKey?: string;
};

export interface FirstMeeting {
  date: string;
  time: string;
  place: string;
}

export const keys = {
  request: (id: string) => ({ pk: `request#${id}`, sk: "request" }),
  reference: (reference: string) => ({ pk: `reference#${reference}`, sk: "reference" }),
  counter: (year: string) => ({ pk: "counter#request", sk: year }),
  /** gsi1: requests by status, soonest appointment first. */
  byStatus: (status: Status, startsAt: string, id: string) => ({
    gsi1pk: `requests#${status}`,
    gsi1sk: `${startsAt}#${id}`,
  }),
};

export type VisitReport = Report & {
  at: string;
  by: "volunteer" | "coordinator";
  actorName: string;
};

export interface TimelineEvent {
  at: string;
  kind: "submitted" | "status" | "note" | "email" | "update" | "offer" | "answer" | "report";
  /** A report's outcome and what it flagged (`safety`, `followUp`, `wantsTalk`). */
  outcome?: string;
  minutes?: number;
  flags?: string[];
  /** Who was offered the visit ("offer"), or who answered ("answer"). */
  volunteerNames?: string[];
  volunteerName?: string;
  /** An answer's outcome: accepted, declined, withdrawn, expired. */
  answer?: string;
  via?: "link" | "phone";
  actorName?: string;
  from?: Status;
  to?: Status;
  reason?: string;
  text?: string;
  email?: ReturnType<typeof Outbox.view>;
  fields?: string[];
}

export async function get(id: string): Promise<Request | undefined> {
  const { Item } = await db().send(
    new GetCommand({ TableName: tableName(), Key: keys.request(id), ConsistentRead: true }),
  );
  if (!Item) return undefined;
  const { pk: _pk, sk: _sk, gsi1pk: _g1, gsi1sk: _g2, type: _type, ...request } = Item;
  return request as Request;
}

export async function findByReference(reference: string): Promise<Request | undefined> {
  const { Item } = await db().send(
    new GetCommand({ TableName: tableName(), Key: keys.reference(reference) }),
  );
  return Item ? get(Item.requestId as string) : undefined;
}

export async function load(id: string): Promise<Request> {
  const request = await get(id);
  if (!request) throw new VisibleError(404, "not_found", "error.notFound");
  return request;
}

export function eventItem(requestId: string, event: TimelineEvent): TransactItem {
  const id = createId("evt");
  return {
    Put: {
      TableName: tableName(),
      Item: { pk: keys.request(requestId).pk, sk: `event#${event.at}#${id}`, type: "event", event },
    },
  };
}

export interface Guard {
  /** A condition on the stored request; its placeholders go in `names` and `values`. */
  condition: string;
  names?: Record<string, string>;
  values?: Record<string, unknown>;
}

/**
 * Sets fields of the request (and bumps its version) under a guard: by default, that nobody
 * changed it since it was read. Other guards state the one fact a change depends on, e.g. "nobody
 * has the visit yet" for the first accept.
 */
export function updateRequest(
  request: Request,
  set: Record<string, unknown>,
  now: Date,
  guard: Guard = { condition: "version = :version", values: { ":version": request.version } },
  remove: string[] = [],
): TransactItem {
  const names: Record<string, string> = { ...guard.names };
  const values: Record<string, unknown> = { ...guard.values, ":one": 1, ":now": now.toISOString() };
  const parts = ["version = version + :one", "updatedAt = :now"];
  Object.entries(set).forEach(([field, value], i) => {
    names[`#f${i}`] = field;
    values[`:v${i}`] = value;
    parts.push(`#f${i} = :v${i}`);
  });
  return {
    Update: {
      TableName: tableName(),
      Key: keys.request(request.id),
      UpdateExpression: `SET ${parts.join(", ")}${remove.length ? ` REMOVE ${remove.join(", ")}` : ""}`,
      ConditionExpression: guard.condition,
      ...(Object.keys(names).length && { ExpressionAttributeNames: names }),
      ExpressionAttributeValues: values,
    },
  };
}
