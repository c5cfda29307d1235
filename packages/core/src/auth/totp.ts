import { randomInt } from "node:crypto";
import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { Secret, TOTP } from "otpauth";
import { renderSVG } from "uqr";
import * as z from "zod";
import * as Actor from "../actor/index.ts";
import { Audit } from "../audit/index.ts";
import { Coordinator } from "../coordinator/index.ts";
import { db, tableName } from "../db/client.ts";
import { ConditionsFailed, transact } from "../db/transact.ts";
import * as RateLimit from "../rate-limit/index.ts";
import type { TransactItem } from "../util/db-types.ts";
import { VisibleError } from "../util/errors.ts";
import { fn } from "../util/fn.ts";
import { hashToken } from "../util/token.ts";
import * as Session from "./session.ts";

/** Second factor with an authenticator app (RFC 6238: 6 digits, 30 s), plus recovery codes. */

const ISSUER = "Rinnalla";
const RECOVERY_CODES = 10;

const totpFor = (email: string, secret: string) =>
  new TOTP({ issuer: ISSUER, label: email, secret: Secret.fromBase32(secret) });

const invalid = () =>
  new VisibleError(400, "totp_invalid", "error.totpInvalid", { code: "error.totpInvalid" });

/** Starts enrolment: a new secret, shown as a QR code and as text for manual entry. */
export async function beginEnrolment() {
  const actor = Actor.coordinator();
  const secret = new Secret({ size: 20 }).base32;
  await db().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: Coordinator.keys.coordinator(actor.coordinatorId),
      UpdateExpression: "SET pendingTotpSecret = :secret",
      ConditionExpression: "attribute_exists(pk)",
      ExpressionAttributeValues: { ":secret": secret },
    }),
  );
  const uri = totpFor(actor.email, secret).toString();
  return { secret, uri, qrSvg: renderSVG(uri, { border: 2 }) };
}

export const CodeInput = z.object({
  code: z
    .string({ error: "error.required" })
    .trim()
    .min(1, { error: "error.required" })
    .max(20, { error: "error.totpInvalid" }),
});

/**
 * The first code from the app confirms enrolment. Returns the recovery codes, shown once;
 * only their hashes are kept.
 */
export const confirmEnrolment = fn(CodeInput, async (input, now: Date = new Date()) => {
  const actor = Actor.coordinator();
  const coordinator = await Coordinator.get(actor.coordinatorId);
  const secret = coordinator?.pendingTotpSecret;
  if (!secret) throw new VisibleError(409, "no_enrolment", "error.totpNoEnrolment");
  const totp = totpFor(actor.email, secret);
  const delta = totp.validate({ token: digits(input.code), timestamp: now.getTime(), window: 1 });
  if (delta === null) throw invalid();
  const codes = Array.from({ length: RECOVERY_CODES }, recoveryCode);
  await transact([
    {
      Update: {
        TableName: tableName(),
        Key: Coordinator.keys.coordinator(actor.coordinatorId),
        UpdateExpression:
          "SET totpSecret = :secret, totpEnrolledAt = :now, recoveryCodes = :codes, totpLastStep = :step REMOVE pendingTotpSecret",
        ConditionExpression: "pendingTotpSecret = :secret",
        ExpressionAttributeValues: {
          ":secret": secret,
          ":now": now.toISOString(),
          ":codes": new Set(codes.map((c) => hashToken(normaliseRecovery(c)))),
          ":step": totp.counter({ timestamp: now.getTime() }) + delta,
        },
      },
    },
    Session.completeSecondFactor(actor.sessionId),
    Audit.entry("auth.totp_enrol", `coordinator#${actor.coordinatorId}`, undefined, now),
  ]);
  return { recoveryCodes: codes };
});

/**
 * Completes a sign-in with a code from the app or a recovery code. Each TOTP step and each
 * recovery code works once; attempts per session are limited.
 */
export const verify = fn(CodeInput, async (input, now: Date = new Date()) => {
  const actor = Actor.coordinator();
  const coordinator = await Coordinator.get(actor.coordinatorId);
  if (!coordinator?.totpSecret)
    throw new VisibleError(409, "no_enrolment", "error.totpNoEnrolment");
  const attempt = RateLimit.countAgainst("totp", actor.sessionId, 5, 600, now);
  const coordinatorKey = Coordinator.keys.coordinator(actor.coordinatorId);

  const code = digits(input.code);
  let use: TransactItem;
  if (/^\d{6}$/.test(code)) {
    const totp = totpFor(actor.email, coordinator.totpSecret);
    const delta = totp.validate({ token: code, timestamp: now.getTime(), window: 1 });
    if (delta === null) return refuse(attempt);
    use = {
      Update: {
        TableName: tableName(),
        Key: coordinatorKey,
        UpdateExpression: "SET totpLastStep = :step",
        ConditionExpression: "attribute_not_exists(totpLastStep) OR totpLastStep < :step",
        ExpressionAttributeValues: { ":step": totp.counter({ timestamp: now.getTime() }) + delta },
      },
    };
  } else {
    const hash = hashToken(normaliseRecovery(input.code));
    use = {
      Update: {
        TableName: tableName(),
        Key: coordinatorKey,
        UpdateExpression: "DELETE recoveryCodes :code",
        ConditionExpression: "contains(recoveryCodes, :hash)",
        ExpressionAttributeValues: { ":code": new Set([hash]), ":hash": hash },
      },
    };
  }
  try {
    await transact([attempt, use, Session.completeSecondFactor(actor.sessionId)]);
  } catch (error) {
    if (error instanceof ConditionsFailed) {
      if (error.failed.includes(0))
        throw new VisibleError(429, "rate_limited", "error.rateLimited");
      // A reused or unknown code: the transaction rolled back, so count the attempt by itself.
      return refuse(attempt);
    }
    throw error;
  }
});

/** Counts a failed attempt, then refuses it (as rate-limited once attempts run out). */
async function refuse(attempt: TransactItem): Promise<never> {
  try {
    await transact([attempt]);
  } catch (error) {
    if (error instanceof ConditionsFailed) {
      throw new VisibleError(429, "rate_limited", "error.rateLimited");
    }
    throw error;
  }
  throw invalid();
}

const digits = (code: string) => code.replace(/\s/g, "");
const normaliseRecovery = (code: string) => code.replace(/[\s-]/g, "").toLowerCase();

function recoveryCode(): string {
  const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
  const pick = () => Array.from({ length: 5 }, () => alphabet[randomInt(alphabet.length)]).join("");
  return `${pick()}-${pick()}`;
}
