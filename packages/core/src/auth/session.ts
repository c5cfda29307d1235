import * as z from "zod";
import type { CoordinatorActor, SecondFactor } from "../actor/index.ts";
import { Coordinator } from "../coordinator/index.ts";
import { deleteMany, getMany, keyOf } from "../db/batch.ts";
import { when } from "../db/expr.ts";
import { defineItem, queryEvery, run } from "../db/store.ts";
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

const StoredSession = z.object({
  id: z.string(),
  /** `coo_…` or `vol_…`. */
  ownerId: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  absoluteExpiresAt: z.string(),
  secondFactor: z.enum(["done", "pending", "enrol"]),
});
export type Session = z.output<typeof StoredSession>;

const Sessions = defineItem({
  type: "session",
  schema: StoredSession,
  key: (hash: string) => ({ pk: `session#${hash}`, sk: "session" }),
  id: (s) => s.id,
  // gsi1: an owner's sessions, for "sign out everywhere" and deactivation.
  index: (s) => ({ gsi1pk: `sessions#${s.ownerId}`, gsi1sk: s.createdAt }),
  expiresAt: (s) => Math.ceil(Date.parse(s.absoluteExpiresAt) / 1000),
});

/** A new session as a transaction item, and the cookie value that opens it. */
export function create(ownerId: string, secondFactor: SecondFactor, now: Date) {
  const secret = newToken();
  const id = hashToken(secret);
  const at = now.toISOString();
  const absolute = now.getTime() + (secondFactor === "done" ? ABSOLUTE_MS : SIGNING_IN_MS);
  const put = Sessions.put(
    {
      id,
      ownerId,
      createdAt: at,
      lastSeenAt: at,
      absoluteExpiresAt: new Date(absolute).toISOString(),
      secondFactor,
    },
    when.notExists("pk"),
  );
  return { put, cookie: `${ownerId}.${secret}`, id };
}

function parseCookie(cookie: string): { ownerId: string; id: string } | undefined {
  const dot = cookie.indexOf(".");
  if (dot < 1 || cookie.length > 200) return undefined;
  return { ownerId: cookie.slice(0, dot), id: hashToken(cookie.slice(dot + 1)) };
}

/** What a session needs of a volunteer who owns it (the volunteer concept lives higher up). */
const VolunteerOwner = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  status: z.string(),
});

const ownerKey = (ownerId: string) =>
  ownerId.startsWith("vol_")
    ? { pk: `volunteer#${ownerId}`, sk: "volunteer" }
    : Coordinator.Coordinators.key(ownerId);

export type Resolved =
  | { kind: "coordinator"; session: Session; coordinator: Coordinator.Coordinator }
  | { kind: "volunteer"; session: Session; volunteer: { id: string; name: string; email: string } };

/**
 * The session's owner, if they still have access: an active coordinator; a volunteer, also one
 * who has left (they keep reading their record and fetching their certificates; every change
 * through their pages checks their status).
 */
function ownerOf(session: Session, raw: Record<string, unknown>): Resolved | undefined {
  if (raw.id !== session.ownerId) return undefined;
  if (raw.type === "volunteer") {
    const { status: _status, ...volunteer } = VolunteerOwner.parse(raw);
    return { kind: "volunteer", session, volunteer };
  }
  const coordinator = Coordinator.read(raw);
  return coordinator.active ? { kind: "coordinator", session, coordinator } : undefined;
}

/**
 * The session behind a cookie and its owner, or nothing when the session is unknown, expired
 * (idle or absolute), or its owner lost access (a deactivated coordinator, an ended volunteer).
 * One read round trip.
 */
export async function resolve(cookie: string, now = new Date()): Promise<Resolved | undefined> {
  const parsed = parseCookie(cookie);
  if (!parsed) return undefined;
  const sessionKey = Sessions.key(parsed.id);
  const ownerItemKey = ownerKey(parsed.ownerId);
  const items = await getMany([sessionKey, ownerItemKey], { consistent: true });
  const sessionItem = items.get(keyOf(sessionKey));
  const ownerItem = items.get(keyOf(ownerItemKey));
  if (!sessionItem || !ownerItem) return undefined;
  const session = Sessions.read(sessionItem);
  const resolved = ownerOf(session, ownerItem);
  if (!resolved) return undefined;
  const idleFor = now.getTime() - Date.parse(session.lastSeenAt);
  if (now.toISOString() >= session.absoluteExpiresAt || idleFor > IDLE_MS) {
    await end(session.id);
    return undefined;
  }
  if (idleFor > TOUCH_EVERY_MS) await touch(session.id, now);
  return resolved;
}

async function touch(id: string, now: Date) {
  await run(
    Sessions.update(id, { set: { lastSeenAt: now.toISOString() } }, when.exists("pk")),
  ).catch(() => {
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
    Sessions.remove(session.id, when.and(when.exists("pk"), when.ne("secondFactor", "done"))),
    next.put,
  ];
  return { items, cookie: next.cookie };
}

export async function end(id: string): Promise<void> {
  await run(Sessions.remove(id));
}

/** Ends every session of an owner: sign out everywhere, deactivation, a volunteer who left. */
export async function endAll(ownerId: string): Promise<number> {
  const sessions = await queryEvery({
    index: "gsi1",
    partition: `sessions#${ownerId}`,
    project: ["pk", "sk"],
  });
  await deleteMany(sessions.map((item) => ({ pk: String(item.pk), sk: String(item.sk) })));
  return sessions.length;
}

/** The actor a coordinator's session acts as. */
export function coordinatorActor(
  coordinator: Pick<Coordinator.Coordinator, "id" | "email" | "name" | "role">,
  session: Pick<Session, "id" | "secondFactor">,
): CoordinatorActor {
  return {
    type: "coordinator",
    coordinatorId: coordinator.id,
    email: coordinator.email,
    name: coordinator.name,
    role: coordinator.role,
    sessionId: session.id,
    secondFactor: session.secondFactor,
  };
}
