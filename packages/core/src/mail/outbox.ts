import { randomUUID } from "node:crypto";
import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import * as z from "zod";
import { when } from "../db/expr.ts";
import { defineItem, queryPage, run } from "../db/store.ts";
import { ConditionsFailed, transact, transactGuarded } from "../db/transact.ts";
import { clientLocales } from "../i18n/locale.ts";
import { Organisation } from "../organisation/index.ts";
import { countAgainst } from "../rate-limit/index.ts";
import type { TransactItem } from "../util/db-types.ts";
import { createId } from "../util/id.ts";
import { log } from "../util/log.ts";
import { helsinkiMonth } from "../util/time.ts";
import { layout } from "./layout.ts";
import { type Addressed, type Letter, type Template, templates } from "./letter.ts";

/**
 * Every email is first written here, in the same transaction as the change that causes it, then
 * delivered. Production delivers from the table's stream; the retry job picks up anything that
 * failed or was interrupted. A conditional claim makes sure only one sender holds a message at
 * a time, so two deliverers never both send it.
 */

export interface OutboxKey {
  pk: string;
  sk: string;
}

export const outboxStatuses = ["pending", "sending", "sent", "failed"] as const;
export type OutboxStatus = (typeof outboxStatuses)[number];

export const MAX_ATTEMPTS = 10;
/**
 * How long an email's delivery record stays for the timeline (TTL cleanup; the retention job
 * of the data's lifecycle may remove it sooner). Its text goes as soon as it is sent.
 */
export const KEEP_DAYS = 400;
/** How long a claim stays exclusive; a sender that died releases its message after this. */
const LEASE_MS = 2 * 60_000;
const DUE = "outbox#due";
const FAILED = "outbox#failed";

const Attachment = z.object({ filename: z.string(), contentType: z.string(), content: z.string() });
const Link = z.object({ label: z.string(), url: z.string() });
const Block = z.union([z.string(), z.object({ action: Link }), z.object({ link: Link })]);
const LetterSchema = z.object({
  locale: z.enum(clientLocales),
  subject: z.string(),
  name: z.string().optional(),
  body: z.array(Block),
  preheader: z.string().optional(),
}) satisfies z.ZodType<Letter>;

/**
 * What a text that cannot be delivered becomes: a call by the coordinator to this person, about
 * this request (a person who also gave an email address got the same words by email), or, for a
 * volunteer who chose texts only, the email they would otherwise have had.
 */
const Fallback = z.union([
  z.object({ call: z.object({ requestId: z.string(), reference: z.string() }) }),
  z.object({
    email: z.object({
      to: z.string(),
      letter: LetterSchema,
      attachments: z.array(Attachment).optional(),
    }),
  }),
]);
export type Fallback = z.output<typeof Fallback>;

const Email = z.object({
  id: z.string(),
  /** Absent on emails (and on every entry written before texts existed). */
  channel: z.literal("sms").optional(),
  /** The partition of what it is about (`request#…`), so that thing's timeline reads it. */
  owner: z.string(),
  template: z.enum(templates),
  to: z.string(),
  subject: z.string(),
  /** The letter itself, until it is sent; laid out when it is delivered. */
  letter: LetterSchema.optional(),
  /** A text message's words, until it is sent. */
  text: z.string().optional(),
  fallback: Fallback.optional(),
  /** When the fallback of a text that could not be delivered was put in motion. */
  fellBackAt: z.string().optional(),
  /** What the network last reported of a sent text (DELIVERED, FAILED, …). */
  deliveryStatus: z.string().optional(),
  attachments: z.array(Attachment).optional(),
  status: z.enum(outboxStatuses),
  attempts: z.number(),
  createdAt: z.string(),
  nextAttemptAt: z.string().optional(),
  claimToken: z.string().optional(),
  sentAt: z.string().optional(),
  messageId: z.string().optional(),
  lastError: z.string().optional(),
});
type Email = z.output<typeof Email>;

const Emails = defineItem({
  type: "outbox",
  schema: Email,
  key: (key: OutboxKey) => key,
  id: (e) => keyOf(e),
  // Due and failed emails are found through gsi1 (`<when>#<sk>` keeps them in time order).
  index: (e) =>
    e.status === "failed"
      ? { gsi1pk: FAILED, gsi1sk: `${e.createdAt}#outbox#${e.id}` }
      : e.status === "sent"
        ? e.sentAt
          ? sentKeys(e.sentAt, e.id)
          : undefined
        : { gsi1pk: DUE, gsi1sk: `${e.nextAttemptAt}#outbox#${e.id}` },
  expiresAt: (e) => Math.floor(Date.parse(e.createdAt) / 1000) + KEEP_DAYS * 86_400,
});

/**
 * Delivery records by the Helsinki month they were sent in, so the retention policy deletes a
 * month's records with a Query of its own (the TTL is only the cleanup behind it).
 */
export const SENT = "outbox#sent#";
const sentKeys = (sentAt: string, id: string) => ({
  gsi1pk: `${SENT}${helsinkiMonth(sentAt)}`,
  gsi1sk: `${sentAt}#outbox#${id}`,
});

const keyOf = (e: Pick<Email, "owner" | "id">): OutboxKey => ({
  pk: e.owner,
  sk: `outbox#${e.id}`,
});

/** An outbox entry as written and its key, for `commit` (or a transaction and `dispatch`). */
export interface Entry {
  key: OutboxKey;
  put: TransactItem;
  /** Written with it, in the same transaction (a text's short link). */
  with?: TransactItem[];
}

/** An entry's writes: the entry and what goes with it. */
export const writesOf = (mails: Entry[]): TransactItem[] =>
  mails.flatMap((m) => [m.put, ...(m.with ?? [])]);

/**
 * A new outbox entry, stored in the partition of what it is about (e.g. `request#…`) so that
 * thing's timeline reads its emails in the same Query.
 */
export function entry(about: string, template: Template, mail: Addressed, now: Date): Entry {
  const at = now.toISOString();
  const email: Email = {
    id: createId("out"),
    owner: about,
    template,
    to: mail.to,
    subject: mail.letter.subject,
    letter: mail.letter,
    ...(mail.attachments && { attachments: mail.attachments }),
    status: "pending",
    attempts: 0,
    createdAt: at,
    nextAttemptAt: at,
  };
  return { key: keyOf(email), put: Emails.put(email, when.notExists("pk")) };
}

/**
 * A text message, through the same outbox as emails (the same claims, retries and timeline).
 * `fallback` is what happens when it cannot be delivered: the network refuses the number, the
 * person replied STOP, or the delivery report says it failed.
 */
export function textEntry(
  about: string,
  template: Template,
  text: { to: string; words: string; fallback?: Fallback; with?: TransactItem[] },
  now: Date,
): Entry {
  const at = now.toISOString();
  const sms: Email = {
    id: createId("out"),
    owner: about,
    channel: "sms",
    template,
    to: text.to,
    // The timeline's line for a text: its first words (texts have no subject).
    subject: text.words.length > 60 ? `${text.words.slice(0, 59)}…` : text.words,
    text: text.words,
    ...(text.fallback && { fallback: text.fallback }),
    status: "pending",
    attempts: 0,
    createdAt: at,
    nextAttemptAt: at,
  };
  return {
    key: keyOf(sms),
    put: Emails.put(sms, when.notExists("pk")),
    ...(text.with && { with: text.with }),
  };
}

type Dispatcher = (keys: OutboxKey[]) => void;
let dispatcher: Dispatcher | undefined;

/**
 * Where new entries go right after their transaction commits. In AWS nothing is set: the table
 * stream invokes the mailer. The local stack sets one that delivers in the background.
 */
export function setDispatcher(next: Dispatcher | undefined): void {
  dispatcher = next;
}

export function dispatch(keys: OutboxKey[]): void {
  if (keys.length > 0) dispatcher?.(keys);
}

/**
 * Commits a change with the emails it causes, then hands them to delivery: the one way an
 * operation writes and mails, so no email goes out for a change that did not happen.
 */
export async function commit(items: TransactItem[], mails: Entry[] = []): Promise<void> {
  await transact([...items, ...writesOf(mails)]);
  dispatch(mails.map((m) => m.key));
}

/** `commit` for a change made on the version someone saw: a failed condition is a 409. */
export async function commitGuarded(items: TransactItem[], mails: Entry[] = []): Promise<void> {
  await transactGuarded([...items, ...writesOf(mails)]);
  dispatch(mails.map((m) => m.key));
}

export type DeliveryResult = "sent" | "retry" | "failed" | "skipped";

export async function deliver(key: OutboxKey, now = new Date()): Promise<DeliveryResult> {
  const claim = await claimForSending(key, now);
  if (!claim) return "skipped";
  const { token, email } = claim;
  let messageId: string;
  try {
    messageId = email.channel === "sms" ? await sendText(key, email) : await sendEmail(email);
  } catch (error) {
    return recordFailure(key, token, email.attempts, error, now);
  }
  const sentAt = new Date().toISOString();
  try {
    await run(
      Emails.update(
        key,
        {
          set: { status: "sent", sentAt, messageId, ...sentKeys(sentAt, email.id) },
          // Once sent, only the delivery record stays: the text held live links (sign-in,
          // offer, cancel) and personal details that nothing needs any more. A text keeps its
          // fallback until the network reports it delivered.
          remove: ["claimToken", "nextAttemptAt", "lastError", "letter", "text", "attachments"],
        },
        when.eq("claimToken", token),
      ),
    );
  } catch (error) {
    // It went out, but the lease ran out first and another deliverer holds it now.
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
    log.warn("outbox claim lost after sending", { key: key.sk });
  }
  return "sent";
}

async function sendEmail(email: Email): Promise<string> {
  if (!email.letter) throw new Error("the entry has no letter");
  // The association's contact as it is now goes in the footer, and its address takes replies.
  const organisation = await Organisation.current();
  const replyTo = Organisation.replyTo(organisation);
  // Loaded on first delivery: the API Lambda, which never delivers in AWS, skips its start-up.
  const { send } = await import("./ses.ts");
  return send({
    to: email.to,
    ...layout(email.letter, organisation),
    ...(replyTo && { replyTo }),
    ...(email.attachments && { attachments: email.attachments }),
  });
}

async function sendText(key: OutboxKey, entry: Email): Promise<string> {
  const { isOptedOut } = await import("./opt-out.ts");
  const { PermanentFailure, sendText: send } = await import("./sms.ts");
  if (!entry.text) throw new Error("the entry has no text");
  if (await isOptedOut(entry.to)) throw new PermanentFailure("the number replied STOP");
  return send({ to: entry.to, text: entry.text, key });
}

async function claimForSending(key: OutboxKey, now: Date) {
  const token = randomUUID();
  const leaseUntil = new Date(now.getTime() + LEASE_MS).toISOString();
  try {
    const claimed = await run(
      Emails.update(
        key,
        {
          set: {
            status: "sending",
            claimToken: token,
            nextAttemptAt: leaseUntil,
            gsi1sk: `${leaseUntil}#${key.sk}`,
          },
          add: { attempts: 1 },
        },
        when.and(
          when.in("status", ["pending", "sending"]),
          when.le("nextAttemptAt", now.toISOString()),
        ),
      ),
      { returnNew: true },
    );
    return { token, email: Emails.read({ owner: key.pk, ...claimed }) };
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return undefined;
    throw error;
  }
}

async function recordFailure(
  key: OutboxKey,
  token: string,
  attempts: number,
  error: unknown,
  now: Date,
): Promise<DeliveryResult> {
  // A refusal no retry changes (an invalid or opted-out number) gives up at once.
  const gaveUp =
    attempts >= MAX_ATTEMPTS || (error instanceof Error && error.name === "PermanentFailure");
  const next = new Date(now.getTime() + backoffMs(attempts)).toISOString();
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  log.warn("outbox delivery failed", { key: key.sk, attempts, reason, gaveUp });
  try {
    await run(
      Emails.update(
        key,
        {
          set: {
            status: gaveUp ? "failed" : "pending",
            nextAttemptAt: next,
            gsi1pk: gaveUp ? FAILED : DUE,
            gsi1sk: `${gaveUp ? now.toISOString() : next}#${key.sk}`,
            lastError: reason.slice(0, 500),
          },
          remove: ["claimToken"],
        },
        when.eq("claimToken", token),
      ),
    );
  } catch (error) {
    // Another deliverer took it over meanwhile: its outcome is the one that counts.
    if (error instanceof ConditionalCheckFailedException) return "skipped";
    throw error;
  }
  return gaveUp ? "failed" : "retry";
}

/** 1, 2, 4 … minutes, at most six hours apart. */
export function backoffMs(attempts: number): number {
  return Math.min(2 ** Math.max(0, attempts - 1) * 60_000, 6 * 3_600_000);
}

/**
 * Delivers every entry that is due: new ones nobody delivered, retries, expired claims.
 * `deliverOne` lets the layer above follow a text that could not be delivered with its fallback.
 */
export async function retryDue(
  now = new Date(),
  deliverOne: (key: OutboxKey, now: Date) => Promise<DeliveryResult> = deliver,
) {
  const totals: Record<DeliveryResult, number> = { sent: 0, retry: 0, failed: 0, skipped: 0 };
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await queryPage({
      index: "gsi1",
      partition: DUE,
      range: { le: `${now.toISOString()}#~` },
      project: ["pk", "sk"],
      ...(startKey && { startKey }),
    });
    for (const item of page.items) {
      totals[await deliverOne({ pk: String(item.pk), sk: String(item.sk) }, now)]++;
    }
    startKey = page.next;
  } while (startKey);
  return totals;
}

/** Emails that gave up, newest first, for coordinators to see and retry. */
export async function failed(limit = 100) {
  const { items } = await queryPage({ index: "gsi1", partition: FAILED, newestFirst: true, limit });
  return items.map(view);
}

/** One entry as stored, or nothing. */
export const read = (key: OutboxKey) => Emails.get(key);

/**
 * A text that will not be delivered, taken over by its fallback: only once, however many
 * deliverers and delivery reports arrive at it. With the item it returns, `status` becomes
 * "failed" too when the report came after the text had been handed over.
 */
export function fallBack(key: OutboxKey, now: Date): TransactItem {
  return Emails.update(
    key,
    {
      // Off the failed list (its fallback is what happens now, a retry would double it) and
      // onto its month's delivery records, where the retention policy finds it.
      set: {
        status: "failed",
        fellBackAt: now.toISOString(),
        ...sentKeys(now.toISOString(), key.sk.slice("outbox#".length)),
      },
      remove: ["fallback", "text", "claimToken", "nextAttemptAt"],
    },
    when.and(when.eq("channel", "sms"), when.notExists("fellBackAt")),
  );
}

/**
 * A delivery report on a sent text. Reports can arrive out of order: a passing one (handed to
 * the carrier) never overwrites a final one (delivered, failed).
 */
export function reportDelivery(key: OutboxKey, status: string, final: boolean): TransactItem {
  return Emails.update(
    key,
    // Delivered: the fallback (an email's letter with its live links) is not needed any more.
    { set: { deliveryStatus: status }, ...(status === "DELIVERED" && { remove: ["fallback"] }) },
    final
      ? when.eq("channel", "sms")
      : when.and(when.eq("channel", "sms"), when.notExists("deliveryStatus")),
  );
}

/** A failed email goes back in line, from its first attempt. */
export function requeue(key: OutboxKey, now: Date): TransactItem {
  const at = now.toISOString();
  return Emails.update(
    key,
    {
      set: {
        status: "pending",
        attempts: 0,
        nextAttemptAt: at,
        gsi1pk: DUE,
        gsi1sk: `${at}#${key.sk}`,
      },
    },
    when.eq("status", "failed"),
  );
}

/** Is a stored item an email of the outbox (as a partition's timeline meets it)? */
export const isEmail = (item: Record<string, unknown>) => item.type === "outbox";

/** What a coordinator sees of an email: who, what about, and how delivery went. */
export function view(raw: Record<string, unknown>) {
  const e = Emails.read({ owner: raw.pk, ...raw });
  return {
    id: e.id,
    owner: e.owner,
    template: e.template,
    to: e.to,
    subject: e.subject,
    channel: e.channel ?? "email",
    status: e.status,
    deliveryStatus: e.deliveryStatus,
    fellBackAt: e.fellBackAt,
    attempts: e.attempts,
    createdAt: e.createdAt,
    sentAt: e.sentAt,
    lastError: e.lastError,
  };
}
export type EmailView = ReturnType<typeof view>;

/** Emails a day to one address typed into a public form: enough for honest use, useless for spam. */
export const TYPED_ADDRESS_MAILS_PER_DAY = 3;

/**
 * Commits `items` with a confirmation to an address a stranger typed into a public form, unless
 * that address already had its emails for the day: then the items commit without it (nothing
 * submitted is lost; the form is not a way to mail anyone at will). Returns whether it was sent.
 */
export async function commitWithConfirmation(
  items: TransactItem[],
  confirmation: { to: string; mail: Entry } | undefined,
  now: Date,
): Promise<boolean> {
  const sent = await commitWithConfirmations(items, confirmation ? [confirmation] : [], now);
  return sent.length > 0;
}

/**
 * `commitWithConfirmation` for several addresses and numbers (an email and a text), each under
 * its own daily limit: one that had its share is left out, the others still go. Returns those
 * that went.
 */
export async function commitWithConfirmations(
  items: TransactItem[],
  confirmations: { to: string; mail: Entry }[],
  now: Date,
): Promise<string[]> {
  let going = confirmations;
  for (;;) {
    const limits = going.map((c) =>
      countAgainst("typed-address", c.to.toLowerCase(), TYPED_ADDRESS_MAILS_PER_DAY, 86_400, now),
    );
    try {
      await commit(
        [...items, ...limits],
        going.map((c) => c.mail),
      );
      return going.map((c) => c.to);
    } catch (error) {
      const over =
        error instanceof ConditionsFailed ? error.failed.map((i) => i - items.length) : [];
      if (!over.length || over.some((i) => i < 0)) throw error;
      going = going.filter((_, i) => !over.includes(i));
    }
  }
}
