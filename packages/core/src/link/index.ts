import { GetCommand } from "@aws-sdk/lib-dynamodb";
import * as Actor from "../actor/index.ts";
import { config } from "../config/index.ts";
import { deleteMany } from "../db/batch.ts";
import { db, tableName } from "../db/client.ts";
import { queryAll } from "../db/query.ts";
import type { TransactItem } from "../util/db-types.ts";
import { VisibleError } from "../util/errors.ts";
import { hashToken, newToken } from "../util/token.ts";

/**
 * Email links that need no account: an offer to answer, a visit to cancel, a report to write.
 * The token is 256 random bits; only its hash is stored, with what it is for and until when, so
 * a link is bound to its purpose and subject and a changed character finds nothing. Opening a
 * link only reads; each state change behind it is guarded by the subject's own conditional
 * write, which is what makes a second press harmless.
 */

export type Purpose = "offer" | "cancel" | "visit";

export interface Target {
  purpose: Purpose;
  requestId: string;
  volunteerId?: string;
}

const key = (hash: string) => ({ pk: `link#${hash}`, sk: "link" });

export function issue(target: Target, validUntil: Date, path: `/${string}`) {
  const token = newToken();
  const put: TransactItem = {
    Put: {
      TableName: tableName(),
      Item: {
        ...key(hashToken(token)),
        // A volunteer's links, findable so they can all be revoked when the volunteer leaves.
        ...(target.volunteerId && {
          gsi1pk: `links#${target.volunteerId}`,
          gsi1sk: validUntil.toISOString(),
        }),
        type: "link",
        ...target,
        validUntil: validUntil.toISOString(),
        // TTL cleanup a month after the link stops working.
        expiresAt: Math.floor(validUntil.getTime() / 1000) + 30 * 86_400,
      },
      ConditionExpression: "attribute_not_exists(pk)",
    },
  };
  return { token, url: `${config().SITE_URL}${path}#${token}`, put };
}

/** What a token stands for; unknown, tampered and expired tokens are refused. */
export async function resolve(token: string, purpose: Purpose, now = new Date()): Promise<Target> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) {
    throw new VisibleError(404, "link_invalid", "error.linkUnknown");
  }
  const { Item } = await db().send(
    new GetCommand({ TableName: tableName(), Key: key(hashToken(token)) }),
  );
  if (!Item || Item.purpose !== purpose) {
    throw new VisibleError(404, "link_invalid", "error.linkUnknown");
  }
  if (String(Item.validUntil) <= now.toISOString()) {
    throw new VisibleError(410, "link_expired", "error.linkExpired");
  }
  return {
    purpose,
    requestId: Item.requestId as string,
    ...(Item.volunteerId && { volunteerId: Item.volunteerId as string }),
  };
}

/** Who acts through a link: the volunteer it was sent to, or else the requester. */
export function holder(target: Target): Actor.LinkActor {
  return target.volunteerId
    ? { type: "link", holder: "volunteer", id: target.volunteerId }
    : { type: "link", holder: "requester", id: target.requestId };
}

/** Runs `work` as the holder of a valid link, so what it changes is audited as theirs. */
export async function actingAs<T>(
  token: string,
  purpose: Purpose,
  now: Date,
  work: (target: Target) => Promise<T>,
): Promise<T> {
  const target = await resolve(token, purpose, now);
  return Actor.provide(holder(target), () => work(target));
}

/** Every link a volunteer holds stops working (they left): offers, visit pages. */
export async function revokeAllOf(volunteerId: string): Promise<number> {
  const held = await queryAll({
    TableName: tableName(),
    IndexName: "gsi1",
    KeyConditionExpression: "gsi1pk = :holder",
    ExpressionAttributeValues: { ":holder": `links#${volunteerId}` },
    ProjectionExpression: "pk, sk",
  });
  await deleteMany(held.map((item) => ({ pk: String(item.pk), sk: String(item.sk) })));
  return held.length;
}
