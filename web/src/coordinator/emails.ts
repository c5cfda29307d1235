import { createSignal } from "solid-js";
import { api, params } from "../lib/api.ts";
import { failureText, redirected } from "../lib/failure.ts";
import { type MessageKey, tr } from "../lib/i18n.ts";
import type { Flash } from "../lib/ui.tsx";
import type { Caller } from "./api.ts";
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
  "monthly-report": "emails.template.monthlyReport",
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

/**
 * Putting failed emails back in line for delivery, one at a time: the list reloads and the
 * status message says how it went; `after` then moves focus on (the email's Retry button is gone).
 */
export function createEmailRetry(options: {
  call: Caller;
  reload: () => Promise<void>;
  after: () => void;
}) {
  const [retrying, setRetrying] = createSignal<string>();
  const [message, setMessage] = createSignal<Flash>();
  async function retry(requestId: string, email: Email) {
    if (retrying()) return;
    setRetrying(email.id);
    setMessage(undefined);
    const result = await options.call(
      api.requests[":id"].emails[":emailId"].retry.$post({
        param: params({ id: requestId, emailId: email.id }),
      }),
    );
    setRetrying(undefined);
    if (!result.ok && redirected(result)) return;
    await options.reload();
    setMessage(
      result.ok
        ? { kind: "success", text: tr("emails.retry.done", { to: email.to }) }
        : { kind: "error", text: failureText(result) },
    );
    options.after();
  }
  return { retrying, message, retry };
}
