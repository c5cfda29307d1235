import * as z from "zod";

/**
 * A consent on record: which notice it was given under, when, how it reached us, and the
 * separate choices. Kept on the request (`request.consent`) and, without the choices, on the
 * volunteer as given with the application (`volunteer.consent`). Retention and export read this.
 *
 * - `noticeVersion`: a `Privacy.Notice` version (`notice#<version>` keeps its text or address).
 * - `source`: `form` (the public request form), `coordinator` (a coordinator entered it, e.g. a
 *   follow-up: the person did not tick anything themself), `application` (a volunteer applied).
 * - `surveys`: feedback surveys after the visit may be sent (to the client, and to a professional
 *   who asked). Nothing is sent without it.
 * - `sms`: text messages may be sent to the number given (reach/: confirmations, the support person
 *   found, the reminder). A STOP reply ends them whatever was ticked.
 */
export const consentSources = ["form", "coordinator", "application"] as const;
export type ConsentSource = (typeof consentSources)[number];

export const Consent = z.object({
  noticeVersion: z.string(),
  at: z.string(),
  source: z.enum(consentSources),
  surveys: z.boolean(),
  sms: z.boolean(),
});
export type Consent = z.output<typeof Consent>;

/** A volunteer's consent with the application: the notice and the date (no separate choices). */
export const ApplicationConsent = Consent.omit({ surveys: true, sms: true });
export type ApplicationConsent = z.output<typeof ApplicationConsent>;

/** The notice version a volunteer last said they have read, and when. */
export const Acknowledged = z.object({ version: z.string(), at: z.string() });
export type Acknowledged = z.output<typeof Acknowledged>;

/** Requests from before consent was recorded have none: no choice was asked, so none is assumed. */
export const allowsSurveys = (record: { consent?: Consent }) => record.consent?.surveys === true;
