import { createHash } from "node:crypto";
import * as z from "zod";
import { when } from "../db/expr.ts";
import { defineItem } from "../db/store.ts";
import type { TransactItem } from "../util/db-types.ts";

/**
 * Fixed-window counters kept in the table, so every Lambda instance shares them. A limit is a
 * transaction item: the write it guards and the count commit together or not at all.
 */

interface WindowId {
  bucket: string;
  subject: string;
  windowStart: number;
}

const Window = defineItem({
  type: "rate",
  schema: z.object({ hits: z.number() }),
  // Subjects (addresses, emails) are hashed: the table never holds who sent what from where.
  key: ({ bucket, subject, windowStart }: WindowId) => ({
    pk: `rate#${bucket}#${hash(subject)}`,
    sk: String(windowStart),
  }),
});

const windowOf = (bucket: string, subject: string, windowSeconds: number, now: Date) => ({
  bucket,
  subject,
  windowStart: Math.floor(now.getTime() / 1000 / windowSeconds) * windowSeconds,
});

const hasRoom = (limit: number) => when.or(when.notExists("hits"), when.lt("hits", limit));

export function countAgainst(
  bucket: string,
  subject: string,
  limit: number,
  windowSeconds: number,
  now: Date,
): TransactItem {
  const id = windowOf(bucket, subject, windowSeconds, now);
  return Window.update(
    id,
    { add: { hits: 1 }, set: { expiresAt: id.windowStart + windowSeconds * 2 } },
    hasRoom(limit),
  );
}

/**
 * The same window's limit as a condition only: passes while the subject has room left, counts
 * nothing. For limits on failures (wrong codes), where a success must not use up a try.
 */
export function checkUnder(
  bucket: string,
  subject: string,
  limit: number,
  windowSeconds: number,
  now: Date,
): TransactItem {
  return Window.check(windowOf(bucket, subject, windowSeconds, now), hasRoom(limit));
}

function hash(value: string): string {
  return createHash("sha256").update(value).digest("base64url").slice(0, 22);
}
