import * as z from "zod";
import * as Actor from "../actor/index.ts";
import { Audit } from "../audit/index.ts";
import { config } from "../config/index.ts";
import { when } from "../db/expr.ts";
import { defineItem, queryEvery, queryPage } from "../db/store.ts";
import { ConditionsFailed, transactGuarded } from "../db/transact.ts";
import { type Locale, locales, t } from "../i18n/index.ts";
import { addressed, type Letter, Outbox } from "../mail/index.ts";
import * as RateLimit from "../rate-limit/index.ts";
import { VisibleError } from "../util/errors.ts";
import { fn } from "../util/fn.ts";
import { createId } from "../util/id.ts";
import { normalisePhone } from "../util/phone.ts";
import { line, phoneField } from "../util/text.ts";
import { formatDay, helsinkiDate } from "../util/time.ts";
import { daysLeft, dueDate } from "./due.ts";
import { feedbackInput } from "./schema.ts";

/**
 * Feedback on accessibility from the statement's form, answered within 14 days. It waits in the
 * coordinators' workspace, due date first, until someone records that it was answered (who,
 * when, a short note of the reply). Open items sit in gsi1 by due date, so the overdue ones are
 * one Query away (the morning digest counts them).
 */

const Stored = z.object({
  id: z.string(),
  locale: z.enum(locales),
  what: z.string(),
  where: z.string().optional(),
  email: z.string().optional(),
  phone: z.string().optional(),
  receivedAt: z.string(),
  /** The last day to answer, Helsinki (YYYY-MM-DD). */
  due: z.string(),
  status: z.enum(["open", "answered"]),
  answeredAt: z.string().optional(),
  answeredBy: z.string().optional(),
  answerNote: z.string().optional(),
});
export type Feedback = z.output<typeof Stored>;

const OPEN = "a11y-feedback#open";
const ANSWERED = "a11y-feedback#answered";

const Feedbacks = defineItem({
  type: "a11y-feedback",
  schema: Stored,
  key: (id: string) => ({ pk: `a11y-feedback#${id}`, sk: "a11y-feedback" }),
  id: (f) => f.id,
  index: (f) =>
    f.status === "open"
      ? { gsi1pk: OPEN, gsi1sk: `${f.due}#${f.receivedAt}#${f.id}` }
      : { gsi1pk: ANSWERED, gsi1sk: `${f.answeredAt}#${f.id}` },
});

/** The form as the API takes it: a phone number checked and written in one form. */
export const SubmitInput = feedbackInput(phoneField(normalisePhone));

/**
 * Feedback from the public form. The item and the sender's confirmation commit together with
 * the sender's rate-limit count (the request form's limit, in a bucket of its own). A filled
 * honeypot gets the same answer and nothing is kept.
 */
export const submit = fn(
  SubmitInput,
  async (input, context: { clientAddress: string; now?: Date }) => {
    const now = context.now ?? new Date();
    const due = dueDate(now);
    if (input.website) return { due, confirmationEmail: Boolean(input.email) };
    const { website: _honeypot, ...details } = input;
    const feedback: Feedback = {
      ...details,
      id: createId("afb"),
      receivedAt: now.toISOString(),
      due,
      status: "open",
    };
    const to = feedback.email;
    const mail = to
      ? Outbox.entry(
          `a11y-feedback#${feedback.id}`,
          "accessibility-feedback-received",
          addressed(to, receivedLetter(feedback)),
          now,
        )
      : undefined;
    const limit = config().REQUEST_RATE_LIMIT_PER_HOUR;
    try {
      const emailed = await Outbox.commitWithConfirmation(
        [
          RateLimit.countAgainst("a11y-feedback", context.clientAddress, limit, 3600, now),
          Feedbacks.put(feedback, when.notExists("pk")),
        ],
        to && mail ? { to, mail } : undefined,
        now,
      );
      return { due, confirmationEmail: emailed };
    } catch (error) {
      if (error instanceof ConditionsFailed && error.failed.includes(0)) {
        throw new VisibleError(429, "rate_limited", "error.rateLimited");
      }
      throw error;
    }
  },
);

/** No greeting by name and none of the text typed: the address was typed into a public form. */
export function receivedLetter(f: Pick<Feedback, "locale" | "receivedAt" | "due">): Letter {
  const locale: Locale = f.locale;
  return {
    locale,
    subject: t(locale, "mail.a11yFeedback.subject"),
    body: [
      t(locale, "mail.a11yFeedback.body", {
        date: formatDay(locale, helsinkiDate(new Date(f.receivedAt))),
      }),
      t(locale, "mail.a11yFeedback.due", { date: formatDay(locale, f.due) }),
      t(locale, "mail.a11yFeedback.authority"),
    ],
  };
}

/** With its days left (negative: overdue), for the workspace's list. */
const withClock = (f: Feedback, now: Date) => ({ ...f, daysLeft: daysLeft(f.due, now) });

/** Open feedback, the one due first at the top; the latest answered below it. */
export async function list(now: Date = new Date()) {
  Actor.coordinator();
  const [open, answered] = await Promise.all([
    queryEvery({ index: "gsi1", partition: OPEN }),
    queryPage({ index: "gsi1", partition: ANSWERED, newestFirst: true, limit: 20 }),
  ]);
  return {
    open: open.map((raw) => withClock(Feedbacks.read(raw), now)),
    answered: answered.items.map(Feedbacks.read),
  };
}

/** How many are past their due date and still open (the digest says so). */
export async function overdueCount(now: Date = new Date()): Promise<number> {
  const late = await queryEvery({
    index: "gsi1",
    partition: OPEN,
    range: { lt: helsinkiDate(now) },
    project: ["pk"],
  });
  return late.length;
}

export const AnswerInput = z.object({
  id: z.string().min(1).max(100),
  /** What was answered, briefly: the reply itself went by email or phone. */
  note: line(500),
});

/** Records that the feedback was answered: by whom, when and what. Once only. */
export const answer = fn(AnswerInput, async ({ id, note }, now: Date = new Date()) => {
  const actor = Actor.coordinator();
  const found = await Feedbacks.get(id);
  if (!found) throw new VisibleError(404, "not_found", "error.notFound");
  const answered: Feedback = {
    ...found,
    status: "answered",
    answeredAt: now.toISOString(),
    answeredBy: actor.name ? `${actor.name} (${actor.email})` : actor.email,
    answerNote: note,
  };
  // Two coordinators answering at once: the second is told someone changed it meanwhile.
  await transactGuarded([
    Feedbacks.put(answered, when.eq("status", "open")),
    Audit.entry("accessibility_feedback.answer", `a11y-feedback#${id}`, { due: found.due }, now),
  ]);
  return withClock(answered, now);
});
