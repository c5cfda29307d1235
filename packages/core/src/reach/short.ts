import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import * as z from "zod";
import { config } from "../config/index.ts";
import { when } from "../db/expr.ts";
import { defineItem } from "../db/store.ts";
import type { TransactItem } from "../util/db-types.ts";

/**
 * Short links for text messages: `https://<site>/s#<code>` stands for a link such as
 * `/cancel#<token>`, which would take half a text. Like the links themselves, nothing in the
 * table opens them: the item is found by the code's hash and holds the link sealed with a key
 * made from the code, so only someone holding the text can follow it. 72 random bits.
 */

const Short = z.object({
  hash: z.string(),
  sealed: z.string(),
  validUntil: z.string(),
});

const Shorts = defineItem({
  type: "short-link",
  schema: Short,
  key: (hash: string) => ({ pk: `short#${hash}`, sk: "short" }),
  id: (s) => s.hash,
  expiresAt: (s) => Math.floor(Date.parse(s.validUntil) / 1000) + 86_400,
});

const digest = (purpose: string, code: string) =>
  createHash("sha256").update(`${purpose}:${code}`).digest();

/** A short link to a path on the site (with its `#token`), valid as long as what it opens. */
export function shorten(path: `/${string}`, validUntil: Date): { url: string; put: TransactItem } {
  const code = randomBytes(9).toString("base64url");
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", digest("key", code), iv);
  const body = Buffer.concat([cipher.update(path, "utf8"), cipher.final()]);
  const sealed = Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url");
  return {
    url: `${config().SITE_URL}/s#${code}`,
    put: Shorts.put(
      {
        hash: digest("id", code).toString("base64url"),
        sealed,
        validUntil: validUntil.toISOString(),
      },
      when.notExists("pk"),
    ),
  };
}

/** Where a short link leads, or nothing (unknown, malformed or expired). */
export async function open(code: string, now = new Date()): Promise<string | undefined> {
  if (!/^[A-Za-z0-9_-]{12}$/.test(code)) return undefined;
  const found = await Shorts.get(digest("id", code).toString("base64url"), { consistent: false });
  if (!found || found.validUntil <= now.toISOString()) return undefined;
  const raw = Buffer.from(found.sealed, "base64url");
  const decipher = createDecipheriv("aes-256-gcm", digest("key", code), raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
}

/** A full link of the site made short: its path and fragment are what the short one opens. */
export function shortenUrl(url: string, validUntil: Date) {
  const { pathname, hash } = new URL(url);
  return shorten(`${pathname}${hash}` as `/${string}`, validUntil);
}
