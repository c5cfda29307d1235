import { randomUUID } from "node:crypto";
import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { QueryCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { db, tableName } from "../db/client.ts";
import { ConditionsFailed, transact } from "../db/transact.ts";
import { countAgainst } from "../rate-limit/index.ts";
import type { TransactItem } from "../util/db-types.ts";
import { createId } from "../util/id.ts";
import { log } from "../util/log.ts";
import type { Message } from "./ses.ts";

/**
 * Every email is first written here, in the same transaction as the change that causes it, then
 * delivered. Production delivers from the table's stream; the retry job picks up anything that
 * failed or was interrupted. A conditional claim makes sure only one sender holds a message at
 * a time, so two deliverers never both send it.
 */

export interface OutboxKey {
  pk: string;
  sk: string;
}

export type OutboxStatus = "pending" | "sending" | "sent" | "failed";

export const MAX_ATTEMPTS = 10;
/**
 * How long an email's delivery record stays for the timeline (TTL cleanup; the retention job
 * of the data's lifecycle may remove it sooner). Its text goes as soon as it is sent.
 */
export const KEEP_DAYS = 400;
/** How long a claim stays exclusive; a sender that died releases its message after this. */
const LEASE_MS = 2 * 60_000;
const DUE_INDEX_KEY = "outbox#due";
const FAILED_INDEX_KEY = "outbox#failed";

/**
 * A new outbox entry, stored in the partition of what it is about (e.g. `request#…`) so that
 * thing's timeline reads its emails in the same Query.
 */
export function entry(
  about: string,
  template: string,
  message: Message,
  now: Date,
): { key: OutboxKey; put: TransactItem } {
  const id = createId("out");
  const key = { pk: about, sk: `outbox#${id}` };
  const at = now.toISOString();
  return {
    key,
    put: {
      Put: {
        TableName: tableName(),
        Item: {
          ...key,
          type: "outbox",
          id,
          template,
          ...message,
          status: "pending" satisfies OutboxStatus,
          attempts: 0,
          createdAt: at,
          nextAttemptAt: at,
          expiresAt: Math.floor(now.getTime() / 1000) + KEEP_DAYS * 86_400,
          gsi1pk: DUE_INDEX_KEY,
          gsi1sk: `${at}#${key.sk}`,
        },
        ConditionExpression: "attribute_not_exists(pk)",
      },
    },
  };
}

type Dispatcher = (keys: OutboxKey[]) => void;
let dispatcher: Dispatcher | undefined;

/**
 * Where new entries go right after their transaction commits. In AWS nothing is set: the table
 * stream invokes the mailer. The local stack sets one that delivers in the background.
 */
export function setDispatcher(next: Dispatcher | undefined): void {
  dispatcher = next;
}

export function dispatch(keys: OutboxKey[]): void {
  if (keys.length > 0) dispatcher?.(keys);
}

export type DeliveryResult = "sent" | "retry" | "failed" | "skipped";

export async function deliver(key: OutboxKey, now = new Date()): Promise<DeliveryResult> {
  const claim = await claimForSending(key, now);
  if (!claim) return "skipped";
  const { token, item } = claim;
  let messageId: string;
  try {
    // Loaded on first delivery: the API Lambda, which never delivers in AWS, skips its start-up.
    const { send } = await import("./ses.ts");
    messageId = await send({
      to: item.to,
      subject: item.subject,
      text: item.text,
      html: item.html,
      attachments: item.attachments,
    });
  } catch (error) {
    return recordFailure(key, token, item.attempts, error, now);
  }
  try {
    await db().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: key,
        // Once sent, only the delivery record stays: the text held live links (sign-in, offer,
        // cancel) and personal details that nothing needs any more.
        UpdateExpression:
          "SET #status = :sent, sentAt = :now, messageId = :messageId REMOVE claimToken, gsi1pk, gsi1sk, nextAttemptAt, lastError, #text, html, attachments",
        ConditionExpression: "claimToken = :token",
        ExpressionAttributeNames: { "#status": "status", "#text": "text" },
        ExpressionAttributeValues: {
          ":sent": "sent",
          ":now": new Date().toISOString(),
          ":messageId": messageId,
          ":token": token,
        },
      }),
    );
  } catch (error) {
    // It went out, but the lease ran out first and another deliverer holds it now.
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
    log.warn("outbox claim lost after sending", { key: key.sk });
  }
  return "sent";
}

async function claimForSending(key: OutboxKey, now: Date) {
  const token = randomUUID();
  const leaseUntil = new Date(now.getTime() + LEASE_MS).toISOString();
  try {
    const { Attributes } = await db().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: key,
        UpdateExpression:
          "SET #status = :sending, claimToken = :token, attempts = attempts + :one, nextAttemptAt = :lease, gsi1sk = :leaseKey",
        ConditionExpression: "#status IN (:pending, :sending) AND nextAttemptAt <= :now",
        ExpressionAttributeNames: { "#status": "status" },
        ExpressionAttributeValues: {
          ":sending": "sending",
          ":pending": "pending",
          ":token": token,
          ":one": 1,
          ":lease": leaseUntil,
          ":leaseKey": `${leaseUntil}#${key.sk}`,
          ":now": now.toISOString(),
        },
        ReturnValues: "ALL_NEW",
      }),
    );
    return { token, item: Attributes as Message & { attempts: number } };
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return undefined;
    throw error;
  }
}

async function recordFailure(
  key: OutboxKey,
  token: string,
  attempts: number,
  error: unknown,
  now: Date,
): Promise<DeliveryResult> {
  const failed = attempts >= MAX_ATTEMPTS;
  const next = new Date(now.getTime() + backoffMs(attempts)).toISOString();
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  log.warn("outbox delivery failed", { key: key.sk, attempts, reason, gaveUp: failed });
  try {
    await db().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: key,
        UpdateExpression:
          "SET #status = :status, nextAttemptAt = :next, gsi1pk = :index, gsi1sk = :indexKey, lastError = :reason REMOVE claimToken",
        ConditionExpression: "claimToken = :token",
        ExpressionAttributeNames: { "#status": "status" },
        ExpressionAttributeValues: {
          ":status": failed ? "failed" : "pending",
          ":next": next,
          ":index": failed ? FAILED_INDEX_KEY : DUE_INDEX_KEY,
          ":indexKey": `${failed ? now.toISOString() : next}#${key.sk}`,
          ":reason": reason.slice(0, 500),
          ":token": token,
        },
      }),
    );
  } catch (error) {
    // Another deliverer took it over meanwhile: its outcome is the one that counts.
    if (error instanceof ConditionalCheckFailedException) return "skipped";
    throw error;
  }
  return failed ? "failed" : "retry";
}

/** 1, 2, 4 … minutes, at most six hours apart. */
export function backoffMs(attempts: number): number {
  return Math.min(2 ** Math.max(0, attempts - 1) * 60_000, 6 * 3_600_000);
}

/** Delivers every entry that is due: new ones nobody delivered, retries, expired claims. */
export async function retryDue(now = new Date()) {
  const totals: Record<DeliveryResult, number> = { sent: 0, retry: 0, failed: 0, skipped: 0 };
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await db().send(
      new QueryCommand({
        TableName: tableName(),
        IndexName: "gsi1",
        KeyConditionExpression: "gsi1pk = :due AND gsi1sk <= :now",
        ExpressionAttributeValues: { ":due": DUE_INDEX_KEY, ":now": `${now.toISOString()}#~` },
        ProjectionExpression: "pk, sk",
        ExclusiveStartKey: startKey,
      }),
    );
    for (const item of page.Items ?? []) {
      const result = await deliver({ pk: item.pk, sk: item.sk }, now);
      totals[result]++;
    }
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return totals;
}

/** Emails that gave up, newest first, for coordinators to see and retry. */
export async function failed(limit = 100) {
  const page = await db().send(
    new QueryCommand({
      TableName: tableName(),
      IndexName: "gsi1",
      KeyConditionExpression: "gsi1pk = :failed",
      ExpressionAttributeValues: { ":failed": FAILED_INDEX_KEY },
      ScanIndexForward: false,
      Limit: limit,
    }),
  );
  return (page.Items ?? []).map(view);
}

/** A failed email goes back in line, from its first attempt. */
export function requeue(key: OutboxKey, now: Date): TransactItem {
  const at = now.toISOString();
  return {
    Update: {
      TableName: tableName(),
      Key: key,
      UpdateExpression:
        "SET #status = :pending, attempts = :zero, nextAttemptAt = :now, gsi1pk = :due, gsi1sk = :dueKey",
      ConditionExpression: "#status = :failed",
      ExpressionAttributeNames: { "#status": "status" },
      ExpressionAttributeValues: {
        ":pending": "pending",
        ":failed": "failed",
        ":zero": 0,
        ":now": at,
        ":due": DUE_INDEX_KEY,
        ":dueKey": `${at}#${key.sk}`,
      },
    },
  };
}

/** What a coordinator sees of an email: who, what about, and how delivery went. */
export function view(item: Record<string, unknown>) {
  return {
    id: item.id as string,
    owner: item.pk as string,
    template: item.template as string,
    to: item.to as string,
    subject: item.subject as string,
    status: item.status as OutboxStatus,
    attempts: item.attempts as number,
    createdAt: item.createdAt as string,
    sentAt: item.sentAt as string | undefined,
    lastError: item.lastError as string | undefined,
  };
}

/** Emails a day to one address typed into a public form: enough for honest use, useless for spam. */
export const TYPED_ADDRESS_MAILS_PER_DAY = 3;

/**
 * Commits `items` with a confirmation to an address a stranger typed into a public form, unless
 * that address already had its emails for the day: then the items commit without it (nothing
 * submitted is lost; the form is not a way to mail anyone at will). Returns whether it was sent.
 */
export async function commitWithConfirmation(
  items: TransactItem[],
  confirmation: { to: string; put: TransactItem } | undefined,
  now: Date,
): Promise<boolean> {
  if (!confirmation) {
    await transact(items);
    return false;
  }
  const limit = countAgainst(
    "typed-address",
    confirmation.to.toLowerCase(),
    TYPED_ADDRESS_MAILS_PER_DAY,
    86_400,
    now,
  );
  try {
    await transact([...items, limit, confirmation.put]);
    return true;
  } catch (error) {
    if (!(error instanceof ConditionsFailed && error.failed.includes(items.length))) throw error;
  }
  await transact(items);
  return false;
}
