import { BatchGetCommand, DeleteCommand, QueryCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { SecondFactor } from "../actor/index.ts";
import { Coordinator } from "../coordinator/index.ts";
import { deleteMany } from "../db/batch.ts";
import { db, tableName } from "../db/client.ts";
import type { TransactItem } from "../util/db-types.ts";
import { hashToken, newToken } from "../util/token.ts";

/**
 * Sessions live in the table so they can be revoked. A session belongs to a coordinator or to a
 * volunteer (their self-service). The cookie holds `<ownerId>.<secret>`; the table holds only the
 * secret's hash. Knowing the owner up front (its id prefix says which kind) lets one BatchGet
 * read the session and its owner together.
 */

/** ASVS level 2: signed out after 30 idle minutes, and after 12 hours whatever happens. */
export const IDLE_MS = 30 * 60_000;
export const ABSOLUTE_MS = 12 * 60 * 60_000;
/** A session still waiting for its second factor lasts this long at most. */
export const SIGNING_IN_MS = 15 * 60_000;
/** lastSeenAt is refreshed at most this often, to keep reads cheap. */
const TOUCH_EVERY_MS = 5 * 60_000;

export type { SecondFactor } from "../actor/index.ts";

export interface Session {
  id: string;
  /** `coo_…` or `vol_…`. */
  ownerId: string;
  createdAt: string;
  lastSeenAt: string;
  absoluteExpiresAt: string;
  secondFactor: SecondFactor;
}

export const keys = {
  session: (hash: string) => ({ pk: `session#${hash}`, sk: "session" }),
  /** gsi1: an owner's sessions, for "sign out everywhere" and deactivation. */
  byOwner: (ownerId: string, createdAt: string) => ({
    gsi1pk: `sessions#${ownerId}`,
    gsi1sk: createdAt,
  }),
};

/** A new session as a transaction item, and the cookie value that opens it. */
export function create(ownerId: string, secondFactor: SecondFactor, now: Date) {
  const secret = newToken();
  const id = hashToken(secret);
  const at = now.toISOString();
  const absolute = new Date(
    now.getTime() + (secondFactor === "done" ? ABSOLUTE_MS : SIGNING_IN_MS),
  );
  const put: TransactItem = {
    Put: {
      TableName: tableName(),
      Item: {
        ...keys.session(id),
        ...keys.byOwner(ownerId, at),
        type: "session",
        id,
        ownerId,
        createdAt: at,
        lastSeenAt: at,
        absoluteExpiresAt: absolute.toISOString(),
        secondFactor,
        expiresAt: Math.ceil(absolute.getTime() / 1000),
      },
      ConditionExpression: "attribute_not_exists(pk)",
    },
  };
  return { put, cookie: `${ownerId}.${secret}`, id };
}

function parseCookie(cookie: string): { ownerId: string; id: string } | undefined {
  const dot = cookie.indexOf(".");
  if (dot < 1 || cookie.length > 200) return undefined;
  return { ownerId: cookie.slice(0, dot), id: hashToken(cookie.slice(dot + 1)) };
}

const ownerKey = (ownerId: string) =>
  ownerId.startsWith("vol_")
    ? { pk: `volunteer#${ownerId}`, sk: "volunteer" }
    : Coordinator.keys.coordinator(ownerId);

export type Resolved =
  | { kind: "coordinator"; session: Session; coordinator: Coordinator.Coordinator }
  | { kind: "volunteer"; session: Session; volunteer: { id: string; name: string; email: string } };

/**
 * The session behind a cookie and its owner, or nothing when the session is unknown, expired
 * (idle or absolute), or its owner lost access (a deactivated coordinator, an ended volunteer).
 * One read round trip.
 */
export async function resolve(cookie: string, now = new Date()): Promise<Resolved | undefined> {
  const parsed = parseCookie(cookie);
  if (!parsed) return undefined;
  const ownerItemKey = ownerKey(parsed.ownerId);
  const sessionKey = keys.session(parsed.id);
  const { Responses } = await db().send(
    new BatchGetCommand({
      RequestItems: {
        [tableName()]: { Keys: [sessionKey, ownerItemKey], ConsistentRead: true },
      },
    }),
  );
  const items = Responses?.[tableName()] ?? [];
  const sessionItem = items.find((i) => i.pk === sessionKey.pk);
  const ownerItem = items.find((i) => i.pk === ownerItemKey.pk);
  if (!sessionItem || !ownerItem) return undefined;
  const session = sessionItem as unknown as Session;
  if (session.ownerId !== ownerItem.id) return undefined;
  const resolved: Resolved =
    ownerItem.type === "volunteer"
      ? {
          kind: "volunteer",
          session,
          volunteer: {
            id: ownerItem.id as string,
            name: ownerItem.name as string,
            email: ownerItem.email as string,
          },
        }
      : { kind: "coordinator", session, coordinator: Coordinator.strip(ownerItem) };
  const hasAccess =
    resolved.kind === "volunteer" ? ownerItem.status !== "ended" : resolved.coordinator.active;
  if (!hasAccess) return undefined;

  const idleFor = now.getTime() - Date.parse(session.lastSeenAt);
  if (now.toISOString() >= session.absoluteExpiresAt || idleFor > IDLE_MS) {
    await end(session.id);
    return undefined;
  }
  if (idleFor > TOUCH_EVERY_MS) await touch(session.id, now);
  return resolved;
}

async function touch(id: string, now: Date) {
  await db()
    .send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.session(id),
        UpdateExpression: "SET lastSeenAt = :now",
        ConditionExpression: "attribute_exists(pk)",
        ExpressionAttributeValues: { ":now": now.toISOString() },
      }),
    )
    .catch(() => {
      // Signed out in the meantime: the next request will find no session.
    });
}

/**
 * The second factor is done: the waiting session is replaced by a new one under a new secret
 * (so a cookie seen before the code was entered opens nothing) in the same transaction as
 * whatever completed it. The old one must still be waiting: a session is promoted once.
 */
export function promote(session: { id: string; ownerId: string }, now: Date) {
  const next = create(session.ownerId, "done", now);
  const items: TransactItem[] = [
    {
      Delete: {
        TableName: tableName(),
        Key: keys.session(session.id),
        ConditionExpression: "attribute_exists(pk) AND secondFactor <> :done",
        ExpressionAttributeValues: { ":done": "done" },
      },
    },
    next.put,
  ];
  return { items, cookie: next.cookie };
}

export async function end(id: string): Promise<void> {
  await db().send(new DeleteCommand({ TableName: tableName(), Key: keys.session(id) }));
}

/** Ends every session of an owner: sign out everywhere, deactivation, a volunteer who left. */
export async function endAll(ownerId: string): Promise<number> {
  let ended = 0;
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await db().send(
      new QueryCommand({
        TableName: tableName(),
        IndexName: "gsi1",
        KeyConditionExpression: "gsi1pk = :pk",
        ExpressionAttributeValues: { ":pk": `sessions#${ownerId}` },
        ProjectionExpression: "pk, sk",
        ExclusiveStartKey: startKey,
      }),
    );
    const items = page.Items ?? [];
    await deleteMany(items.map((item) => ({ pk: String(item.pk), sk: String(item.sk) })));
    ended += items.length;
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return ended;
}
