import * as Alert from "../alert/index.ts";
import { run } from "../db/store.ts";
import { ConditionsFailed, transact } from "../db/transact.ts";
import { addressed, Outbox } from "../mail/index.ts";
import { optIn, optOut } from "../mail/opt-out.ts";
import { log } from "../util/log.ts";

type Key = Outbox.OutboxKey;

/**
 * Delivery with what comes after a text that cannot be delivered: the deliverers (the table
 * stream, the retry job, the local stack) call these rather than the outbox's own, so a text
 * refused at sending and a text reported failed later end the same way, once.
 */
export async function deliver(key: Key, now = new Date()): Promise<Outbox.DeliveryResult> {
  const result = await Outbox.deliver(key, now);
  if (result === "failed") await fallBack(key, now);
  return result;
}

export const retryDue = (now = new Date()) => Outbox.retryDue(now, deliver);

/**
 * A failed text becomes its fallback: a "call this person" alert for the coordinator, or the
 * email a volunteer who chose texts only would otherwise have had. Only once, whoever gets here
 * first; an email (which never has a fallback) is left as it is.
 */
export async function fallBack(key: Key, now: Date): Promise<void> {
  const entry = await Outbox.read(key);
  if (entry?.channel !== "sms" || entry.fellBackAt) return;
  const fallback = entry.fallback;
  const call = fallback && "call" in fallback ? fallback.call : undefined;
  const email = fallback && "email" in fallback ? fallback.email : undefined;
  const mail = email
    ? Outbox.entry(
        entry.owner,
        entry.template,
        addressed(email.to, email.letter, email.attachments),
        now,
      )
    : undefined;
  try {
    await transact([
      Outbox.fallBack(key, now),
      ...(call
        ? [Alert.raiseOnce("text_failed", { id: call.requestId, reference: call.reference }, now)]
        : []),
      ...(mail ? Outbox.writesOf([mail]) : []),
    ]);
  } catch (error) {
    if (!(error instanceof ConditionsFailed)) throw error;
    return;
  }
  if (mail) Outbox.dispatch([mail.key]);
}

/** What End User Messaging reports of a text (through the configuration set's event destination). */
export interface StatusEvent {
  eventType?: string;
  messageStatus?: string;
  context?: Record<string, string>;
}

/** Statuses after which the text will not arrive. */
const FAILED = new Set([
  "FAILED",
  "INVALID",
  "UNREACHABLE",
  "CARRIER_UNREACHABLE",
  "BLOCKED",
  "CARRIER_BLOCKED",
  "TTL_EXPIRED",
  "SPAM",
  "OPTED_OUT",
  "INVALID_MESSAGE",
  "UNKNOWN",
]);

export async function onStatus(event: StatusEvent, now = new Date()): Promise<void> {
  const pk = event.context?.pk;
  const sk = event.context?.sk;
  const status = event.messageStatus?.toUpperCase();
  if (!pk || !sk?.startsWith("outbox#") || !status) return;
  const key = { pk, sk };
  const final = status === "DELIVERED" || FAILED.has(status);
  try {
    await run(Outbox.reportDelivery(key, status, final));
  } catch (error) {
    // Not a text of ours (or gone with its retention), or a passing status arriving after the
    // final one: nothing to record.
    if (!(error instanceof Error && error.name === "ConditionalCheckFailedException")) throw error;
    return;
  }
  if (FAILED.has(status)) await fallBack(key, now);
}

/** Replies that end texts, in the languages texts go in; START (and its kin) brings them back. */
const STOP = new Set(["STOP", "STOPP", "LOPETA", "SLUTA", "END", "QUIT", "UNSUBSCRIBE"]);
const START = new Set(["START", "ALOITA", "UNSTOP"]);

/** A reply to the long code. Anything but STOP or START is logged without its words. */
export async function onReply(reply: { from: string; body: string }, now = new Date()) {
  const word = reply.body
    .trim()
    .toUpperCase()
    .replace(/[.!]+$/, "");
  const phone = e164(reply.from);
  if (STOP.has(word)) await run(optOut(phone, now));
  else if (START.has(word)) await run(optIn(phone));
  else log.info("text reply that is not a keyword", { length: reply.body.length });
  return STOP.has(word) ? "opted-out" : START.has(word) ? "opted-in" : "ignored";
}

/** "+358 40 123 4567" → "+358401234567": how the network writes numbers, and texts are keyed. */
export const e164 = (phone: string) => phone.replace(/[\s()-]/g, "");
