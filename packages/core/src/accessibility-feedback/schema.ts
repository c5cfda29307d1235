import * as z from "zod/mini";
import type { PublicKey as MessageKey } from "../i18n/fi.ts";
import { locales } from "../i18n/locale.ts";
import { blankAsMissing, optionalLine, paragraphs, phoneField } from "../util/text.ts";

/**
 * The accessibility statement's feedback form: what did not work and where, and how to answer
 * (an email address or a phone number, both optional: feedback may be anonymous). The answer is
 * given in the language of the page it was sent from. Shared by the API and the web (zod/mini,
 * as the request form); every message is a catalog key.
 */

const key = (k: MessageKey) => ({ error: k });

export function feedbackInput(phone = phoneField()) {
  return z.object({
    locale: z._default(z.enum(locales, key("error.invalid")), "fi"),
    what: paragraphs(2000, "error.a11yWhat"),
    where: optionalLine(300),
    email: blankAsMissing(
      z.optional(z.email(key("error.email")).check(z.maxLength(254, key("error.tooLong")))),
    ),
    phone,
    /** Honeypot: hidden from people, filled by bots. */
    website: z.optional(z.string().check(z.maxLength(500))),
  });
}

/** The form as the browser checks it (the phone's shape only). */
export const FeedbackInput = feedbackInput();
export type FeedbackInput = z.infer<typeof FeedbackInput>;
/** What the form holds before validation. */
export type FeedbackDraft = z.input<typeof FeedbackInput>;
