import { Counts } from "../counts/index.ts";
import { ConditionsFailed } from "../db/transact.ts";
import { type Locale, t } from "../i18n/index.ts";
import { addressed, type Letter, Outbox } from "../mail/index.ts";
import { Monthly, Tally } from "../monthly/index.ts";
import { Privacy } from "../privacy/index.ts";
import * as RateLimit from "../rate-limit/index.ts";
import { VisibleError } from "../util/errors.ts";
import { fn } from "../util/fn.ts";
import { createId } from "../util/id.ts";
import { normalisePhone } from "../util/phone.ts";
import { phoneField } from "../util/text.ts";
import { applicationInput } from "./schema.ts";
import { claimAddress, historyItem, save, type Volunteer } from "./store.ts";

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/** The application as the API takes it: the phone number checked and written in one form. */
export const ApplyInput = applicationInput(phoneField(normalisePhone));

/**
 * A public application. An address that already applied gets the same answer and nothing new
 * is stored (the answer must not tell who is a volunteer).
 */
export const apply = fn(
  ApplyInput,
  async (input, context: { clientAddress: string; now?: Date }): Promise<void> => {
    const now = context.now ?? new Date();
    if (input.website) return;
    const notice = await noticeShown(input.noticeVersion);
    const email = normaliseEmail(input.email);
    const at = now.toISOString();
    const { website: _honeypot, consent: _consent, noticeVersion: _version, ...details } = input;
    const volunteer: Volunteer = {
      ...details,
      id: createId("vol"),
      status: "applicant",
      email,
      consentAt: at,
      consent: { noticeVersion: notice.version, at, source: "application" },
      notice: { version: notice.version, at },
      createdAt: at,
      updatedAt: at,
      version: 1,
      profile: null,
    };
    const { locale } = input;
    const mail = Outbox.entry(
      `volunteer#${volunteer.id}`,
      "volunteer-application",
      addressed(email, applicationLetter(locale)),
      now,
    );
    try {
      await Outbox.commitWithConfirmation(
        [
          RateLimit.countAgainst("volunteer-apply", context.clientAddress, 10, 3600, now),
          claimAddress(email, volunteer.id),
          ...save(volunteer),
          historyItem(volunteer.id, { at, from: null, to: "applicant", actorName: "" }),
          Counts.change("volunteers", { applicant: 1 }),
          ...Monthly.count([Tally.volunteerApplied(at)]),
        ],
        { to: email, mail },
        now,
      );
    } catch (error) {
      if (error instanceof ConditionsFailed && error.failed.includes(0)) {
        throw new VisibleError(429, "rate_limited", "error.rateLimited");
      }
      if (error instanceof ConditionsFailed) return; // applied before
      throw error;
    }
  },
);

/**
 * The notice the form showed must be the current one (as on the request form): otherwise the
 * applicant is asked to read it again, at the consent, and nothing is stored. Its text is kept.
 */
async function noticeShown(version: string | undefined) {
  const notice = await Privacy.current();
  if (version !== notice.version) {
    throw new VisibleError(400, "validation", "error.validation", {
      consent: "error.noticeChanged",
    });
  }
  await Privacy.keep(notice);
  return notice;
}

/** No greeting by name: the name and the address were typed into a public form. */
export function applicationLetter(locale: Locale): Letter {
  return {
    locale,
    subject: t(locale, "mail.application.subject"),
    body: [t(locale, "mail.application.body"), t(locale, "mail.application.next")],
  };
}
