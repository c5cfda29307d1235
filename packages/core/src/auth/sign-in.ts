import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { DeleteCommand } from "@aws-sdk/lib-dynamodb";
import * as z from "zod";
import * as Actor from "../actor/index.ts";
import { Audit } from "../audit/index.ts";
import { config } from "../config.ts";
import { Coordinator } from "../coordinator/index.ts";
import { db, tableName } from "../db/client.ts";
import { ConditionsFailed, transact } from "../db/transact.ts";
import { locales, t } from "../i18n/index.ts";
import { Outbox, render } from "../mail/index.ts";
import * as RateLimit from "../rate-limit/index.ts";
import { VisibleError } from "../util/errors.ts";
import { fn } from "../util/fn.ts";
import { hashToken, newToken } from "../util/token.ts";
import * as Session from "./session.ts";
import * as Settings from "./settings.ts";

/** A sign-in link works once, for this long. */
export const LINK_TTL_MS = 15 * 60_000;

const keyFor = (hash: string) => ({ pk: `signin#${hash}`, sk: "signin" });

export const LinkInput = z.object({
  email: z.email({ error: "error.email" }).max(254, { error: "error.tooLong" }),
  locale: z.enum(locales).default("fi"),
});

/**
 * Emails a sign-in link to a known, active coordinator. The answer never says whether the
 * address is known: unknown addresses go through the same rate limits and return the same way.
 */
export const requestLink = fn(
  LinkInput,
  async (input, context: { clientAddress: string; now?: Date }): Promise<void> => {
    const now = context.now ?? new Date();
    const email = Coordinator.normaliseEmail(input.email);
    const limits = [
      RateLimit.countAgainst("signin-address", context.clientAddress, 20, 900, now),
      RateLimit.countAgainst("signin-email", email, 5, 3600, now),
    ];
    const coordinator = await Coordinator.byEmail(email);
    const writes = [...limits];
    let mail: ReturnType<typeof Outbox.entry> | undefined;
    if (coordinator?.active) {
      const token = newToken();
      const validUntil = new Date(now.getTime() + LINK_TTL_MS);
      const link = `${config().SITE_URL}/sign-in/verify#${token}`;
      const { locale } = input;
      mail = Outbox.entry(
        `coordinator#${coordinator.id}`,
        "sign-in-link",
        render(coordinator.email, {
          locale,
          name: coordinator.name,
          subject: t(locale, "mail.signIn.subject"),
          paragraphs: [
            t(locale, "mail.signIn.body", { minutes: LINK_TTL_MS / 60_000 }),
            link,
            t(locale, "mail.signIn.notYou"),
          ],
        }),
        now,
      );
      writes.push(
        {
          Put: {
            TableName: tableName(),
            Item: {
              ...keyFor(hashToken(token)),
              type: "signin",
              coordinatorId: coordinator.id,
              validUntil: validUntil.toISOString(),
              expiresAt: Math.ceil(validUntil.getTime() / 1000) + 3600,
            },
          },
        },
        mail.put,
      );
    }
    try {
      await transact(writes);
    } catch (error) {
      // Only the two rate-limit counts carry conditions.
      if (error instanceof ConditionsFailed) {
        throw new VisibleError(429, "rate_limited", "error.rateLimited");
      }
      throw error;
    }
    if (mail) Outbox.dispatch([mail.key]);
  },
);

export const VerifyInput = z.object({ token: z.string().min(10).max(200) });

/**
 * Uses a sign-in link: the token is deleted as it is read, so a second use, an expired link and
 * a tampered one all fail the same way.
 */
export const verify = fn(VerifyInput, async (input, now: Date = new Date()) => {
  let coordinatorId: string;
  try {
    const { Attributes } = await db().send(
      new DeleteCommand({
        TableName: tableName(),
        Key: keyFor(hashToken(input.token)),
        ConditionExpression: "attribute_exists(pk) AND validUntil > :now",
        ExpressionAttributeValues: { ":now": now.toISOString() },
        ReturnValues: "ALL_OLD",
      }),
    );
    coordinatorId = Attributes?.coordinatorId as string;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) {
      throw new VisibleError(400, "link_invalid", "error.linkInvalid");
    }
    throw error;
  }
  const coordinator = await Coordinator.get(coordinatorId);
  if (!coordinator?.active) throw new VisibleError(400, "link_invalid", "error.linkInvalid");
  const { requireTotp } = await Settings.security();
  const secondFactor: Session.SecondFactor = coordinator.totpEnrolledAt
    ? "pending"
    : requireTotp
      ? "enrol"
      : "done";
  const session = Session.create(coordinator.id, secondFactor, now);
  await Actor.provide(
    {
      type: "coordinator",
      coordinatorId: coordinator.id,
      email: coordinator.email,
      name: coordinator.name,
      role: coordinator.role,
      sessionId: session.id,
    },
    () =>
      transact([
        session.put,
        Audit.entry("auth.sign_in", `coordinator#${coordinator.id}`, { secondFactor }, now),
      ]),
  );
  return { cookie: session.cookie, secondFactor };
});
