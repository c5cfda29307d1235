import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import * as z from "zod";
import * as Actor from "../actor/index.ts";
import { Audit } from "../audit/index.ts";
import { config } from "../config/index.ts";
import { Coordinator } from "../coordinator/index.ts";
import { when } from "../db/expr.ts";
import { defineItem, run } from "../db/store.ts";
import { ConditionsFailed, transact } from "../db/transact.ts";
import { type Locale, locales, t } from "../i18n/index.ts";
import { addressed, type Letter, Outbox } from "../mail/index.ts";
import * as RateLimit from "../rate-limit/index.ts";
import type { TransactItem } from "../util/db-types.ts";
import { VisibleError } from "../util/errors.ts";
import { fn } from "../util/fn.ts";
import { hashToken, newToken } from "../util/token.ts";
import * as Session from "./session.ts";
import * as Settings from "./settings.ts";

/** A sign-in link works once, for this long. */
export const LINK_TTL_MS = 15 * 60_000;

/** A sign-in link, by its token's hash: deleted as it is used. */
const SignInLinks = defineItem({
  type: "signin",
  schema: z.object({ hash: z.string().optional(), ownerId: z.string(), validUntil: z.string() }),
  key: (hash: string) => ({ pk: `signin#${hash}`, sk: "signin" }),
  id: (l) => l.hash ?? "",
  expiresAt: (l) => Math.ceil(Date.parse(l.validUntil) / 1000) + 3600,
});

export const LinkInput = z.object({
  email: z.email({ error: "error.email" }).max(254, { error: "error.tooLong" }),
  locale: z.enum(locales).default("fi"),
});

export interface LinkOwner {
  id: string;
  email: string;
  name: string;
  /** The mail partition the link's email is kept in, e.g. `coordinator#coo_…`. */
  mailOwner: string;
}

/** A link that signs in once: the button, and what to do if it was not you who asked. */
export function linkLetter(
  locale: Locale,
  name: string,
  url: string,
  words: { subject: string; body: string; action: string },
): Letter {
  return {
    locale,
    name,
    subject: words.subject,
    body: [words.body, { action: { label: words.action, url } }, t(locale, "mail.signIn.notYou")],
  };
}

export const signInLetter = (locale: Locale, name: string, url: string) =>
  linkLetter(locale, name, url, {
    subject: t(locale, "mail.signIn.subject"),
    body: t(locale, "mail.signIn.body", { minutes: LINK_TTL_MS / 60_000 }),
    action: t(locale, "mail.action.signIn"),
  });

/**
 * The writes that issue a link: its hashed token and the email carrying it. `path` is the site
 * page that offers the "continue" button (opening a link never signs in by itself).
 */
export function issueLink(
  owner: LinkOwner,
  path: string,
  letter: { template: "sign-in-link" | "volunteer-link"; write: (url: string) => Letter },
  now: Date,
) {
  const token = newToken();
  const validUntil = new Date(now.getTime() + LINK_TTL_MS);
  const mail = Outbox.entry(
    owner.mailOwner,
    letter.template,
    addressed(owner.email, letter.write(`${config().SITE_URL}${path}#${token}`)),
    now,
  );
  const writes: TransactItem[] = [
    SignInLinks.put({
      hash: hashToken(token),
      ownerId: owner.id,
      validUntil: validUntil.toISOString(),
    }),
  ];
  return { writes, mail };
}

/**
 * Sends a link to whoever `find` recognises. The answer never says whether the address is
 * known: unknown addresses go through the same rate limits and the answer comes no sooner
 * than `LINK_REQUEST_FLOOR_MS`, either way. Limits count per sender (overall, and per address
 * asked for), so nobody can use up someone else's sign-ins by asking for their links.
 */
export async function sendLinkIfKnown(
  email: string,
  clientAddress: string,
  now: Date,
  find: (email: string) => Promise<ReturnType<typeof issueLink> | undefined>,
): Promise<void> {
  const floor = new Promise((resolve) => setTimeout(resolve, config().LINK_REQUEST_FLOOR_MS));
  try {
    const limits = [
      RateLimit.countAgainst("signin-address", clientAddress, 20, 900, now),
      RateLimit.countAgainst("signin-email", `${email} ${clientAddress}`, 5, 3600, now),
    ];
    const link = await find(email);
    try {
      await Outbox.commit([...limits, ...(link?.writes ?? [])], link ? [link.mail] : []);
    } catch (error) {
      // Only the two rate-limit counts carry conditions.
      if (error instanceof ConditionsFailed) {
        throw new VisibleError(429, "rate_limited", "error.rateLimited");
      }
      throw error;
    }
  } finally {
    await floor;
  }
}

/** Emails a sign-in link to a known, active coordinator. */
export const requestLink = fn(
  LinkInput,
  async (input, context: { clientAddress: string; now?: Date }): Promise<void> => {
    const now = context.now ?? new Date();
    const { locale } = input;
    await sendLinkIfKnown(
      Coordinator.normaliseEmail(input.email),
      context.clientAddress,
      now,
      async (email) => {
        const coordinator = await Coordinator.byEmail(email);
        if (!coordinator?.active) return undefined;
        return issueLink(
          { ...coordinator, mailOwner: `coordinator#${coordinator.id}` },
          "/sign-in/verify",
          { template: "sign-in-link", write: (url) => signInLetter(locale, coordinator.name, url) },
          now,
        );
      },
    );
  },
);

/**
 * Uses a link: the token is deleted as it is read, so a second use, an expired link and a
 * tampered one all fail the same way. Only a link for the right kind of owner (`coo_`, `vol_`)
 * is used up: a volunteer's link presented to the coordinators' page stays valid for its own.
 * Returns whose link it was.
 */
export async function consume(
  token: string,
  now: Date,
  ownerPrefix: "coo_" | "vol_",
): Promise<string> {
  try {
    const used = await run(
      SignInLinks.remove(
        hashToken(token),
        when.and(
          when.exists("pk"),
          when.gt("validUntil", now.toISOString()),
          when.beginsWith("ownerId", ownerPrefix),
        ),
      ),
      { returnOld: true },
    );
    return SignInLinks.read(used ?? {}).ownerId;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) {
      throw new VisibleError(400, "link_invalid", "error.linkInvalid");
    }
    throw error;
  }
}

export const VerifyInput = z.object({ token: z.string().min(10).max(200) });

/** Signs a coordinator in with their link; the second factor may still be needed. */
export const verify = fn(VerifyInput, async (input, now: Date = new Date()) => {
  const coordinatorId = await consume(input.token, now, "coo_");
  const coordinator = await Coordinator.get(coordinatorId);
  if (!coordinator?.active) throw new VisibleError(400, "link_invalid", "error.linkInvalid");
  const { requireTotp } = await Settings.security();
  const secondFactor: Session.SecondFactor = coordinator.totpEnrolledAt
    ? "pending"
    : requireTotp
      ? "enrol"
      : "done";
  const session = Session.create(coordinator.id, secondFactor, now);
  await Actor.provide(Session.coordinatorActor(coordinator, { id: session.id, secondFactor }), () =>
    transact([
      session.put,
      Audit.entry("auth.sign_in", `coordinator#${coordinator.id}`, { secondFactor }, now),
    ]),
  );
  return { cookie: session.cookie, secondFactor };
});

/** Ends this session; recorded in the audit log. */
export async function signOut(sessionId: string, now = new Date()) {
  await Session.end(sessionId);
  const actor = Actor.use();
  if (actor.type === "coordinator") {
    await Audit.record("auth.sign_out", `coordinator#${actor.coordinatorId}`, undefined, now);
  } else if (actor.type === "volunteer") {
    await Audit.record("auth.sign_out", `volunteer#${actor.volunteerId}`, undefined, now);
  }
}

/** Ends every session of the signed-in coordinator, this one too. */
export async function signOutEverywhere(now = new Date()) {
  const actor = Actor.coordinator();
  const ended = await Session.endAll(actor.coordinatorId);
  await Audit.record(
    "auth.sign_out_everywhere",
    `coordinator#${actor.coordinatorId}`,
    { sessions: ended },
    now,
  );
  return ended;
}
