import { PutCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import * as Actor from "../actor/index.ts";
import { db, tableName } from "../db/client.ts";
import { decodeCursor, encodeCursor, type TransactItem } from "../util/db-types.ts";
import { createId } from "../util/id.ts";
import { helsinkiDate } from "../util/time.ts";

/**
 * Who read or changed what, and when. Entries are only ever put (never updated or deleted by
 * the app); a change writes its entry in the same transaction as the change itself.
 */
export type Action =
  | "request.read"
  | "request.update"
  | "request.assess"
  | "request.cancel"
  | "request.no_volunteer"
  | "request.note"
  | "request.assign"
  | "request.cancel_by_requester"
  | "request.link_client"
  | "offer.create"
  | "offer.accept"
  | "offer.decline"
  | "offer.withdraw"
  | "offer.expire"
  | "visit.cant_come"
  | "visit.report"
  | "request.follow_up"
  | "email.retry"
  | "coordinator.add"
  | "coordinator.deactivate"
  | "coordinator.activate"
  | "coordinator.role"
  | "settings.security"
  | "auth.sign_in"
  | "auth.sign_out"
  | "auth.sign_out_everywhere"
  | "auth.totp_enrol"
  | "auth.totp_verify"
  | "auth.totp_failed"
  | "coordinator.reset_totp"
  | "alert.resolve"
  | "volunteer.read"
  | "volunteer.interview"
  | "volunteer.status"
  | "volunteer.profile"
  | "volunteer.note";

export interface Entry {
  id: string;
  at: string;
  action: Action;
  /** What it concerns, e.g. `request#req_…`. */
  subject: string;
  actorId: string;
  actorEmail: string;
  details?: Record<string, unknown>;
}

/** The log is kept by Helsinki month, as people look it up. */
const month = (at: Date) => helsinkiDate(at).slice(0, 7);

function item(
  action: Action,
  subject: string,
  details: Record<string, unknown> | undefined,
  now: Date,
) {
  const who = Actor.auditName(Actor.use());
  const at = now.toISOString();
  const id = createId("aud");
  return {
    pk: `audit#${month(now)}`,
    sk: `${at}#${id}`,
    gsi1pk: `audit#${subject}`,
    gsi1sk: `${at}#${id}`,
    type: "audit",
    id,
    at,
    action,
    subject,
    actorId: who.id,
    actorEmail: who.email,
    ...(details && { details }),
  };
}

/** An audit entry to commit with the change it records. */
export function entry(
  action: Action,
  subject: string,
  details?: Record<string, unknown>,
  now = new Date(),
): TransactItem {
  return {
    Put: {
      TableName: tableName(),
      Item: item(action, subject, details, now),
      ConditionExpression: "attribute_not_exists(pk)",
    },
  };
}

/** For reads, which have no transaction of their own. */
export async function record(
  action: Action,
  subject: string,
  details?: Record<string, unknown>,
  now = new Date(),
): Promise<void> {
  await db().send(
    new PutCommand({
      TableName: tableName(),
      Item: item(action, subject, details, now),
      ConditionExpression: "attribute_not_exists(pk)",
    }),
  );
}

function strip(raw: Record<string, unknown>): Entry {
  const { pk: _pk, sk: _sk, gsi1pk: _a, gsi1sk: _b, type: _t, ...entry } = raw;
  return entry as unknown as Entry;
}

/** One month of the log, newest first. */
export async function listMonth(monthKey: string, cursor?: string, limit = 50) {
  const page = await db().send(
    new QueryCommand({
      TableName: tableName(),
      KeyConditionExpression: "pk = :pk",
      ExpressionAttributeValues: { ":pk": `audit#${monthKey}` },
      ScanIndexForward: false,
      Limit: limit,
      ExclusiveStartKey: decodeCursor(cursor),
    }),
  );
  return { entries: (page.Items ?? []).map(strip), cursor: encodeCursor(page.LastEvaluatedKey) };
}

/** Everything recorded about one subject (e.g. a request), newest first. */
export async function forSubject(subject: string, limit = 100) {
  const page = await db().send(
    new QueryCommand({
      TableName: tableName(),
      IndexName: "gsi1",
      KeyConditionExpression: "gsi1pk = :pk",
      ExpressionAttributeValues: { ":pk": `audit#${subject}` },
      ScanIndexForward: false,
      Limit: limit,
    }),
  );
  return (page.Items ?? []).map(strip);
}
