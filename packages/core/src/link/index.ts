import * as z from "zod";
import * as Actor from "../actor/index.ts";
import { config } from "../config/index.ts";
import { deleteMany } from "../db/batch.ts";
import { when } from "../db/expr.ts";
import { defineItem, queryEvery } from "../db/store.ts";
import { VisibleError } from "../util/errors.ts";
import { hashToken, newToken } from "../util/token.ts";

/**
 * Email links that need no account: an offer to answer, a visit to cancel, a report to write.
 * The token is 256 random bits; only its hash is stored, with what it is for and until when, so
 * a link is bound to its purpose and subject and a changed character finds nothing. Opening a
 * link only reads; each state change behind it is guarded by the subject's own conditional
 * write, which is what makes a second press harmless.
 */

export const purposes = ["offer", "cancel", "visit"] as const;
export type Purpose = (typeof purposes)[number];

const StoredLink = z.object({
  hash: z.string().optional(),
  purpose: z.enum(purposes),
  requestId: z.string(),
  volunteerId: z.string().optional(),
  validUntil: z.string(),
});
export type Target = Omit<z.output<typeof StoredLink>, "hash" | "validUntil">;

const Links = defineItem({
  type: "link",
  schema: StoredLink,
  key: (hash: string) => ({ pk: `link#${hash}`, sk: "link" }),
  id: (l) => l.hash ?? "",
  // A volunteer's links, findable so they can all be revoked when the volunteer leaves.
  index: (l) =>
    l.volunteerId ? { gsi1pk: `links#${l.volunteerId}`, gsi1sk: l.validUntil } : undefined,
  // TTL cleanup a month after the link stops working.
  expiresAt: (l) => Math.floor(Date.parse(l.validUntil) / 1000) + 30 * 86_400,
});

export function issue(target: Target, validUntil: Date, path: `/${string}`) {
  const token = newToken();
  const put = Links.put(
    { ...target, hash: hashToken(token), validUntil: validUntil.toISOString() },
    when.notExists("pk"),
  );
  return { token, url: `${config().SITE_URL}${path}#${token}`, put };
}

/** What a token stands for; unknown, tampered and expired tokens are refused. */
export async function resolve(token: string, purpose: Purpose, now = new Date()): Promise<Target> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) {
    throw new VisibleError(404, "link_invalid", "error.linkUnknown");
  }
  const link = await Links.get(hashToken(token), { consistent: false });
  if (!link || link.purpose !== purpose) {
    throw new VisibleError(404, "link_invalid", "error.linkUnknown");
  }
  if (link.validUntil <= now.toISOString()) {
    throw new VisibleError(410, "link_expired", "error.linkExpired");
  }
  return {
    purpose,
    requestId: link.requestId,
    ...(link.volunteerId && { volunteerId: link.volunteerId }),
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
  const held = await queryEvery({
    index: "gsi1",
    partition: `links#${volunteerId}`,
    project: ["pk", "sk"],
  });
  await deleteMany(held.map((item) => ({ pk: String(item.pk), sk: String(item.sk) })));
  return held.length;
}
