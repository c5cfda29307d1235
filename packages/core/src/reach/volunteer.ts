import type { Locale } from "../i18n/locale.ts";
import { type Attachment, addressed, type Letter, Outbox, type Template } from "../mail/index.ts";
import { e164 } from "./follow-up.ts";
import { shortenUrl } from "./short.ts";
import {
  type VolunteerTextTemplate,
  type VolunteerTextVars,
  volunteerWords,
} from "./volunteer-words.ts";

/** How a volunteer wants their messages: by email (everyone before texts), text, or both. */
export type Channel = "email" | "sms" | "both";

/** What reaching a volunteer needs of them (structurally their stored record). */
export interface VolunteerContact {
  locale: Locale;
  email: string;
  /** In international form (+358…), as the application stores it. */
  phone?: string;
  profile: { messages?: Channel } | null;
}

/** The channel a volunteer's messages go by: texts only with a number to send them to. */
export function channelOf(v: VolunteerContact): Channel {
  const chosen = v.profile?.messages ?? "email";
  return v.phone ? chosen : "email";
}

/**
 * A message to a volunteer, by the channel they chose: "email" the email only (as always),
 * "both" the email and a text, "sms" the text only, with the email as its fallback, so a text
 * that fails (or goes to a number that replied STOP) arrives by email instead. The text carries
 * `link` made short; attachments (calendar files) go with emails only.
 */
export function forVolunteer(
  about: string,
  template: Template & VolunteerTextTemplate,
  volunteer: VolunteerContact,
  message: {
    letter: Letter;
    attachments?: Attachment[];
    text: VolunteerTextVars;
    link?: { url: string; validUntil: Date };
  },
  now: Date,
): (Outbox.Entry & { to: string })[] {
  const channel = channelOf(volunteer);
  const mail = addressed(volunteer.email, message.letter, message.attachments);
  const email = { to: volunteer.email, ...Outbox.entry(about, template, mail, now) };
  if (channel === "email" || !volunteer.phone) return [email];
  const short = message.link && shortenUrl(message.link.url, message.link.validUntil);
  const to = e164(volunteer.phone);
  const text = Outbox.textEntry(
    about,
    template,
    {
      to,
      words: volunteerWords(volunteer.locale, template, {
        ...message.text,
        ...(short && { link: short.url }),
      }),
      ...(short && { with: [short.put] }),
      ...(channel === "sms" && { fallback: { email: mail } }),
    },
    now,
  );
  return channel === "both" ? [email, { to, ...text }] : [{ to, ...text }];
}
