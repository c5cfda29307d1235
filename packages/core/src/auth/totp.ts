import { randomInt } from "node:crypto";
import { Secret, TOTP } from "otpauth";
import { renderSVG } from "uqr";
import * as z from "zod";
import * as Actor from "../actor/index.ts";
import { Audit } from "../audit/index.ts";
import { Coordinator } from "../coordinator/index.ts";
import { type Change, type Condition, when } from "../db/expr.ts";
import { run } from "../db/store.ts";
import { ConditionsFailed, transact } from "../db/transact.ts";
import { Outbox } from "../mail/index.ts";
import * as RateLimit from "../rate-limit/index.ts";
import * as Secrets from "../secret/index.ts";
import { VisibleError } from "../util/errors.ts";
import { fn } from "../util/fn.ts";
import { hashToken } from "../util/token.ts";
import { securityNotice } from "./notice.ts";
import * as Session from "./session.ts";

/**
 * Second factor with an authenticator app (RFC 6238: 6 digits, 30 s), plus recovery codes. The
 * app's secret is kept sealed (secret/). Wrong codes are counted per coordinator, not per
 * session, so a new sign-in link buys no new guesses. Every change to how a coordinator signs
 * in (a new app, a recovery code used) is emailed to them.
 */

const { Coordinators } = Coordinator;
const ISSUER = "Rinnalla";
const RECOVERY_CODES = 10;
/** Wrong codes a coordinator may enter in one window before codes are refused for a while. */
export const MAX_WRONG_CODES = 5;
const WRONG_CODE_WINDOW_S = 15 * 60;

const totpFor = (email: string, secret: string) =>
  new TOTP({ issuer: ISSUER, label: email, secret: Secret.fromBase32(secret) });

const invalid = (field: "code" | "currentCode") =>
  new VisibleError(400, "totp_invalid", "error.totpInvalid", { [field]: "error.totpInvalid" });

async function loadCoordinator(id: string): Promise<Coordinator.Coordinator> {
  const coordinator = await Coordinator.get(id);
  if (!coordinator?.active) throw new VisibleError(401, "unauthorized", "error.signInNeeded");
  return coordinator;
}

const secondFactorNeeded = () => new VisibleError(403, "second_factor", "error.secondFactorNeeded");

/**
 * Starts enrolment: a new secret, shown as a QR code and as text for manual entry. Someone who
 * already has an app must have signed in with it first; confirming then also asks for a code
 * from that app (or a recovery code).
 */
export async function beginEnrolment() {
  const actor = Actor.coordinator();
  const coordinator = await loadCoordinator(actor.coordinatorId);
  const replacing = Boolean(coordinator.totpEnrolledAt);
  if (replacing && actor.secondFactor !== "done") throw secondFactorNeeded();
  const secret = new Secret({ size: 20 }).base32;
  const sealed = await Secrets.seal(secret, coordinator.id);
  await run(
    Coordinators.update(coordinator.id, { set: { pendingTotpSecret: sealed } }, when.exists("pk")),
  );
  const uri = totpFor(actor.email, secret).toString();
  return { secret, uri, qrSvg: renderSVG(uri, { border: 2 }), replacing };
}

const Code = z
  .string({ error: "error.required" })
  .trim()
  .min(1, { error: "error.required" })
  .max(20, { error: "error.totpInvalid" });

export const CodeInput = z.object({ code: Code });
export const EnrolInput = z.object({ code: Code, currentCode: Code.optional() });

/**
 * What makes a code good, as a condition on the coordinator item, and the change that uses it
 * up: a TOTP step newer than the last one used, or one of the unused recovery codes.
 */
interface CodeProof {
  method: "app" | "recovery";
  when: Condition;
  change: Change;
}

async function proofOf(
  coordinator: Coordinator.Coordinator,
  code: string,
  now: Date,
): Promise<CodeProof | undefined> {
  const digits = code.replace(/\s/g, "");
  if (/^\d{6}$/.test(digits)) {
    if (!coordinator.totpSecret) return undefined;
    const secret = await Secrets.open(coordinator.totpSecret, coordinator.id);
    const totp = totpFor(coordinator.email, secret);
    const delta = totp.validate({ token: digits, timestamp: now.getTime(), window: 1 });
    if (delta === null) return undefined;
    const step = totp.counter({ timestamp: now.getTime() }) + delta;
    return {
      method: "app",
      when: when.or(when.notExists("totpLastStep"), when.lt("totpLastStep", step)),
      change: { set: { totpLastStep: step } },
    };
  }
  const hash = hashToken(normaliseRecovery(code));
  return {
    method: "recovery",
    when: when.contains("recoveryCodes", hash),
    change: { delete: { recoveryCodes: new Set([hash]) } },
  };
}

/**
 * The first code from the new app confirms enrolment. Replacing an app also needs a good code
 * from the old one, checked in the same write that installs the new secret. Returns the new
 * recovery codes (shown once; only their hashes are kept) and, when this completed a sign-in,
 * the cookie of the new session.
 */
export const confirmEnrolment = fn(EnrolInput, async (input, now: Date = new Date()) => {
  const actor = Actor.coordinator();
  const coordinator = await loadCoordinator(actor.coordinatorId);
  const replacing = Boolean(coordinator.totpEnrolledAt);
  if (replacing && actor.secondFactor !== "done") throw secondFactorNeeded();
  if (!coordinator.pendingTotpSecret) {
    throw new VisibleError(409, "no_enrolment", "error.totpNoEnrolment");
  }
  const proof = replacing ? await oldAppProof(coordinator, input.currentCode, now) : undefined;
  const secret = await Secrets.open(coordinator.pendingTotpSecret, coordinator.id);
  const totp = totpFor(coordinator.email, secret);
  const delta = totp.validate({ token: digits(input.code), timestamp: now.getTime(), window: 1 });
  if (delta === null) return refuse(coordinator.id, "code", now);
  const codes = Array.from({ length: RECOVERY_CODES }, recoveryCode);
  const promoted =
    actor.secondFactor === "done"
      ? undefined
      : Session.promote({ id: actor.sessionId, ownerId: coordinator.id }, now);
  const installed = Coordinators.update(
    coordinator.id,
    {
      set: {
        totpSecret: await Secrets.seal(secret, coordinator.id),
        totpEnrolledAt: now.toISOString(),
        recoveryCodes: new Set(codes.map((c) => hashToken(normaliseRecovery(c)))),
        totpLastStep: totp.counter({ timestamp: now.getTime() }) + delta,
      },
      remove: ["pendingTotpSecret"],
    },
    // The old code's condition holds in the same write; the new secret's step and codes
    // replace whatever it would have used up.
    when.and(
      when.eq("pendingTotpSecret", coordinator.pendingTotpSecret),
      proof ? proof.when : when.notExists("totpEnrolledAt"),
    ),
  );
  const audit = { replaced: replacing, ...(proof && { provedWith: proof.method }) };
  try {
    await Outbox.commit(
      [
        RateLimit.checkUnder("totp", coordinator.id, MAX_WRONG_CODES, WRONG_CODE_WINDOW_S, now),
        installed,
        ...(promoted?.items ?? []),
        Audit.entry("auth.totp_enrol", `coordinator#${coordinator.id}`, audit, now),
      ],
      [securityNotice(coordinator, "appAdded", {}, now)],
    );
  } catch (error) {
    if (!(error instanceof ConditionsFailed)) throw error;
    if (error.failed.includes(0)) return tooMany(coordinator.id, "currentCode", now);
    // The old code was used meanwhile, or another enrolment won: start again.
    if (proof) return refuse(coordinator.id, "currentCode", now);
    throw new VisibleError(409, "conflict", "error.conflict");
  }
  return { recoveryCodes: codes, ...(promoted && { cookie: promoted.cookie }) };
});

/** Replacing an app takes a good code from the old one (or a recovery code). */
async function oldAppProof(
  coordinator: Coordinator.Coordinator,
  code: string | undefined,
  now: Date,
): Promise<CodeProof> {
  if (!code) {
    throw new VisibleError(400, "validation", "error.validation", {
      currentCode: "error.totpCurrentCode",
    });
  }
  return (await proofOf(coordinator, code, now)) ?? refuse(coordinator.id, "currentCode", now);
}

/**
 * Completes a sign-in with a code from the app or a recovery code. Each TOTP step and each
 * recovery code works once. The waiting session is replaced by a new one (its cookie returned).
 */
export const verify = fn(CodeInput, async (input, now: Date = new Date()) => {
  const actor = Actor.coordinator();
  if (actor.secondFactor !== "pending")
    throw new VisibleError(409, "not_allowed", "error.notAllowed");
  const coordinator = await loadCoordinator(actor.coordinatorId);
  if (!coordinator.totpSecret) throw new VisibleError(409, "no_enrolment", "error.totpNoEnrolment");
  const allowed = RateLimit.checkUnder(
    "totp",
    coordinator.id,
    MAX_WRONG_CODES,
    WRONG_CODE_WINDOW_S,
    now,
  );
  const proof = await proofOf(coordinator, input.code, now);
  if (!proof) return refuse(coordinator.id, "code", now);
  const promoted = Session.promote({ id: actor.sessionId, ownerId: coordinator.id }, now);
  const left = new Set(coordinator.recoveryCodes ?? []).size - 1;
  const notice =
    proof.method === "recovery"
      ? securityNotice(coordinator, "recoveryUsed", { count: Math.max(0, left) }, now)
      : undefined;
  try {
    await Outbox.commit(
      [
        allowed,
        Coordinators.update(coordinator.id, proof.change, proof.when),
        ...promoted.items,
        Audit.entry(
          "auth.totp_verify",
          `coordinator#${coordinator.id}`,
          { method: proof.method },
          now,
        ),
      ],
      notice ? [notice] : [],
    );
  } catch (error) {
    if (!(error instanceof ConditionsFailed)) throw error;
    if (error.failed.includes(0)) return tooMany(coordinator.id, "code", now);
    // The waiting session was promoted or ended meanwhile.
    if (error.failed.includes(2)) throw new VisibleError(401, "unauthorized", "error.signInNeeded");
    // A reused or unknown code: nothing changed, so count it as wrong.
    return refuse(coordinator.id, "code", now);
  }
  return { cookie: promoted.cookie };
});

/** Counts a wrong code against the coordinator and refuses it (as too many once they run out). */
async function refuse(
  coordinatorId: string,
  field: "code" | "currentCode",
  now: Date,
): Promise<never> {
  const subject = `coordinator#${coordinatorId}`;
  try {
    await transact([
      RateLimit.countAgainst("totp", coordinatorId, MAX_WRONG_CODES, WRONG_CODE_WINDOW_S, now),
      Audit.entry("auth.totp_failed", subject, { field }, now),
    ]);
  } catch (error) {
    if (error instanceof ConditionsFailed) return tooMany(coordinatorId, field, now);
    throw error;
  }
  throw invalid(field);
}

/** Codes are refused until the window turns; the try is recorded all the same. */
async function tooMany(coordinatorId: string, field: string, now: Date): Promise<never> {
  await Audit.record(
    "auth.totp_failed",
    `coordinator#${coordinatorId}`,
    { field, rateLimited: true },
    now,
  );
  throw new VisibleError(429, "rate_limited", "error.rateLimited");
}

const digits = (code: string) => code.replace(/\s/g, "");
const normaliseRecovery = (code: string) => code.replace(/[\s-]/g, "").toLowerCase();

function recoveryCode(): string {
  const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
  const pick = () => Array.from({ length: 5 }, () => alphabet[randomInt(alphabet.length)]).join("");
  return `${pick()}-${pick()}`;
}

/**
 * An admin removes a coordinator's app (a lost phone, no recovery codes left): their sessions
 * end, they are told by email, and they enrol a new app at their next sign-in. Not one's own:
 * that is changing the app, which asks for a code from the old one.
 */
export const remove = fn(
  z.object({ id: z.string().min(1).max(64) }),
  async ({ id }, now: Date = new Date()) => {
    const admin = Actor.admin();
    if (admin.coordinatorId === id) throw new VisibleError(409, "not_allowed", "error.notAllowed");
    const coordinator = await Coordinator.get(id);
    if (!coordinator) throw new VisibleError(404, "not_found", "error.notFound");
    if (!coordinator.totpEnrolledAt) return { removed: false };
    const notice = securityNotice(coordinator, "appRemoved", { admin: admin.name }, now);
    try {
      await Outbox.commit(
        [
          Coordinators.update(
            id,
            {
              remove: [
                "totpSecret",
                "totpEnrolledAt",
                "recoveryCodes",
                "totpLastStep",
                "pendingTotpSecret",
              ],
            },
            when.eq("totpEnrolledAt", coordinator.totpEnrolledAt),
          ),
          Audit.entry("coordinator.reset_totp", `coordinator#${id}`, undefined, now),
        ],
        [notice],
      );
    } catch (error) {
      if (error instanceof ConditionsFailed)
        throw new VisibleError(409, "conflict", "error.conflict");
      throw error;
    }
    await Session.endAll(id);
    return { removed: true };
  },
);
