import { createHash, randomBytes } from "node:crypto";

/** A secret for a link or a cookie: 256 random bits. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Tokens are stored only as their hash: a leaked table grants no sign-in. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}
