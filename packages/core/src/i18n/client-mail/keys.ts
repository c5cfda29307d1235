import type { fi } from "../mail/fi.ts";

/**
 * The email texts a client or requester can get (confirmations, the found support person, the
 * reminder, a cancellation, no volunteer found, the survey), with the layout's own words. The
 * client languages beyond fi, sv and en (uk, ru, ar, so, plain Finnish) translate these; staff and
 * volunteer emails stay in fi, sv and en.
 */
export type ClientMailKey = Extract<
  keyof typeof fi,
  | `mail.action.${string}`
  | `mail.cancelled.${string}`
  | `mail.clientReminder.${string}`
  | `mail.footer.${string}`
  | `mail.found.${string}`
  | "mail.greeting"
  | "mail.greetingPlain"
  | "mail.linkFallback"
  | `mail.noVolunteer.${string}`
  | `mail.requestReceived.${string}`
  | `mail.survey.${string}`
  | "mail.signature"
>;
