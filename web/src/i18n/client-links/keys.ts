import type { fi } from "../links/fi.ts";

/**
 * The link pages a client or requester opens (cancel the visit, the survey, a text's short link,
 * a link that no longer works): translated into every client language. The volunteer's link
 * pages stay in fi, sv and en.
 */
export type ClientLinkKey = Extract<
  keyof typeof fi,
  | `links.cancel.${string}`
  | `links.survey.${string}`
  | `links.short.${string}`
  | `links.expired.${string}`
  | `links.invalid.${string}`
  | `links.role.${string}`
  | `links.visit.${string}`
  | `links.details.${string}`
  | `links.result.${string}`
  | "links.newRequest"
  | "links.noToken"
  | "links.working"
>;
