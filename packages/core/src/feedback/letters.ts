import { t } from "../i18n/index.ts";
import type { ClientLocale } from "../i18n/locale.ts";
import type { Letter } from "../mail/index.ts";
import type { Audience } from "./questionnaire.ts";

/**
 * The survey emails: what the survey is for, that it is anonymous and short, one button, and how
 * to stop getting them. Never a word about the matter or the place: a survey email may be read
 * by someone else.
 */

type Sent = Exclude<Audience, "client-before" | "volunteer-visit">;

const keys = {
  "client-after": ["mail.survey.clientAfter.subject", "mail.survey.clientAfter.body"],
  "professional-after": [
    "mail.survey.professionalAfter.subject",
    "mail.survey.professionalAfter.body",
  ],
  "volunteer-round": ["mail.survey.volunteerRound.subject", "mail.survey.volunteerRound.body"],
  "partner-round": ["mail.survey.partnerRound.subject", "mail.survey.partnerRound.body"],
} as const;

export function survey(
  audience: Sent,
  locale: ClientLocale,
  url: string,
  options: { reference?: string; name?: string } = {},
): Letter {
  const [subject, body] = keys[audience];
  return {
    locale,
    ...(options.name && { name: options.name }),
    subject: t(locale, subject, { reference: options.reference ?? "" }),
    body: [
      t(locale, body),
      t(locale, "mail.survey.anonymous"),
      { action: { label: t(locale, "mail.survey.action"), url } },
      t(locale, "mail.survey.stop"),
    ],
  };
}

/** The lines the support-found email gets for the client's "before" survey. */
export const beforeBlocks = (locale: ClientLocale, url: string) => [
  t(locale, "mail.survey.before"),
  { link: { label: t(locale, "mail.survey.before.action"), url } },
];
