import { createHash } from "node:crypto";
import { tableName } from "../db/client.ts";
import type { TransactItem } from "../util/db-types.ts";

/**
 * Fixed-window counters kept in the table, so every Lambda instance shares them. A limit is a
 * transaction item: the write it guards and the count commit together or not at all.
 */
export function countAgainst(
  bucket: string,
  subject: string,
  limit: number,
  windowSeconds: number,
  now: Date,
): TransactItem {
  const windowStart = Math.floor(now.getTime() / 1000 / windowSeconds) * windowSeconds;
  return {
    Update: {
      TableName: tableName(),
      // Addresses are hashed: the table never holds who sent what from where.
      Key: { pk: `rate#${bucket}#${hash(subject)}`, sk: String(windowStart) },
      UpdateExpression: "SET hits = if_not_exists(hits, :zero) + :one, expiresAt = :expires",
      ConditionExpression: "attribute_not_exists(hits) OR hits < :limit",
      ExpressionAttributeValues: {
        ":zero": 0,
        ":one": 1,
        ":limit": limit,
        ":expires": windowStart + windowSeconds * 2,
      },
    },
  };
}

function hash(value: string): string {
  return createHash("sha256").update(value).digest("base64url").slice(0, 22);
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
  const windowStart = Math.floor(now.getTime() / 1000 / windowSeconds) * windowSeconds;
  return {
    ConditionCheck: {
      TableName: tableName(),
      Key: { pk: `rate#${bucket}#${hash(subject)}`, sk: String(windowStart) },
      ConditionExpression: "attribute_not_exists(hits) OR hits < :limit",
      ExpressionAttributeValues: { ":limit": limit },
    },
  };
}
