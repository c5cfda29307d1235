import { api, params } from "../lib/api.ts";
import type { MessageKey } from "../lib/i18n.ts";
import type { Email } from "./types.ts";

/** Email templates by the names the outbox stores. */
export const templateLabels: Record<string, MessageKey> = {
  "request-received": "emails.template.received",
  "request-cancelled": "emails.template.cancelled",
  "request-no_volunteer": "emails.template.noVolunteer",
  "sign-in-link": "emails.template.signIn",
  offer: "emails.template.offer",
  "offer-withdrawn": "emails.template.offerWithdrawn",
  "support-found": "emails.template.supportFound",
  "support-found-client": "emails.template.supportFoundClient",
  "visit-confirmed": "emails.template.visitConfirmed",
  "visit-cancelled": "emails.template.visitCancelled",
  "visit-reminder": "emails.template.visitReminder",
  "client-reminder": "emails.template.clientReminder",
  "report-ask": "emails.template.reportAsk",
  "report-reminder": "emails.template.reportReminder",
  digest: "emails.template.digest",
  "urgent-alert": "emails.template.urgentAlert",
};

export const emailStatusLabels: Record<Email["status"], MessageKey> = {
  pending: "emails.status.pending",
  sending: "emails.status.sending",
  sent: "emails.status.sent",
  failed: "emails.status.failed",
};

/** The request an email belongs to (`request#<id>`), if it belongs to one. */
export function requestIdOf(owner: string): string | undefined {
  return owner.startsWith("request#") ? owner.slice("request#".length) : undefined;
}

/** Puts a failed email back in line for delivery. */
export const retryEmail = (requestId: string, emailId: string) =>
  api.requests[":id"].emails[":emailId"].retry.$post({
    param: params({ id: requestId, emailId }),
  });
