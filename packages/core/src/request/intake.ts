import type * as z from "zod/mini";
import { config } from "../config/index.ts";
import { Counts } from "../counts/index.ts";
import { when } from "../db/expr.ts";
import { ConditionsFailed } from "../db/transact.ts";
import { type ClientLocale, t } from "../i18n/index.ts";
import { Outbox } from "../mail/index.ts";
import { Monthly, Tally } from "../monthly/index.ts";
import { Privacy } from "../privacy/index.ts";
import * as RateLimit from "../rate-limit/index.ts";
import { Reach, type TextVars } from "../reach/index.ts";
import { Search } from "../search/index.ts";
import { VisibleError } from "../util/errors.ts";
import { fn } from "../util/fn.ts";
import { createId } from "../util/id.ts";
import { normalisePhone } from "../util/phone.ts";
import { phoneField } from "../util/text.ts";
import { formatAppointment, helsinkiDate, helsinkiToUtc } from "../util/time.ts";
import { contactOf, shortWhenOf } from "./contact.ts";
import { figuresOf } from "./figures.ts";
import { confirmationAddress, requestSchemas } from "./schema.ts";
import { nextNumber, partitionOf, type Request, Requests, referenceItem } from "./store.ts";

export { type Status, statuses } from "./status.ts";

export interface SubmitContext {
  /** The sender's network address, for the rate limit only (stored hashed). */
  clientAddress: string;
  now?: Date;
  /** A signed-in coordinator made it (a follow-up): the public form's rate limit is not theirs. */
  byCoordinator?: boolean;
}

/** "discarded": a bot filled the honeypot. It is told the same as anyone, and nothing is kept. */
export type SubmitResult =
  | { kind: "received"; id: string; reference: string; confirmationEmail: boolean }
  | { kind: "discarded"; reference: string; confirmationEmail: boolean };

/** The form's schemas as the API runs them: phone numbers checked and written in one form. */
const checked = requestSchemas(phoneField(normalisePhone));
export const SubmitInput = checked.RequestInput;
export const CheckedFields = checked.RequestFields;

/**
 * A support request from the public form. The request, its reference and the requester's
 * confirmation email commit in one transaction, together with the sender's rate-limit count.
 */
export const submit = fn(
  SubmitInput,
  async (input, context: SubmitContext): Promise<SubmitResult> => {
    const now = context.now ?? new Date();
    const consent = await consentOf(input, context, now);
    const reference = await nextReference(now);
    const to = confirmationAddress(input);
    // The honeypot was filled: a bot. Answer exactly as if all went well, keep nothing.
    if (input.website) return { kind: "discarded", reference, confirmationEmail: Boolean(to) };

    const request = received(input, reference, consent, now);
    // The requester's confirmation: by email, by text, or both, as they chose.
    const confirmations = Reach.entries(
      partitionOf(request.id),
      "request-received",
      contactOf(request),
      { letter: receivedLetter(request), text: receivedText(request) },
      now,
    ).map(({ to, ...mail }) => ({ to, mail }));
    // A coordinator's follow-up is not the public form's: its rate limit is not theirs.
    const limit = context.byCoordinator
      ? []
      : [
          RateLimit.countAgainst(
            "request",
            context.clientAddress,
            config().REQUEST_RATE_LIMIT_PER_HOUR,
            3600,
            now,
          ),
        ];
    try {
      const sent = await Outbox.commitWithConfirmations(
        [...limit, ...intakeItems(request)],
        confirmations,
        now,
      );
      return {
        kind: "received",
        id: request.id,
        reference,
        confirmationEmail: Boolean(to && sent.includes(to)),
      };
    } catch (error) {
      if (limit.length && error instanceof ConditionsFailed && error.failed.includes(0)) {
        throw new VisibleError(429, "rate_limited", "error.rateLimited");
      }
      throw error;
    }
  },
);

/**
 * The consent as it came: under which notice, by whom, with the separate choices. The form says
 * which notice version it showed; one that is not the current one is refused on the consent
 * field, so the person reads the notice again and ticks anew — their words are kept by the form.
 * (Recording the current version instead would claim they agreed to a text they were not shown.)
 * A coordinator entering a request records the notice in force: the person ticked nothing.
 * The notice's text is kept before the request that names it.
 */
async function consentOf(
  input: z.output<typeof SubmitInput>,
  context: SubmitContext,
  now: Date,
): Promise<Privacy.Consent> {
  const notice = await Privacy.current();
  if (!context.byCoordinator && input.noticeVersion !== notice.version && !input.website) {
    throw new VisibleError(400, "validation", "error.validation", {
      consent: "error.noticeChanged",
    });
  }
  await Privacy.keep(notice);
  return {
    noticeVersion: notice.version,
    at: now.toISOString(),
    source: context.byCoordinator ? "coordinator" : "form",
    surveys: input.surveys,
    sms: input.sms,
  };
}

/** A new request as the form gave it, received now. */
function received(
  input: z.output<typeof SubmitInput>,
  reference: string,
  consent: Privacy.Consent,
  now: Date,
): Request {
  const {
    website: _honeypot,
    consent: _consent,
    noticeVersion: _version,
    surveys: _surveys,
    sms: _sms,
    ...details
  } = input;
  const at = now.toISOString();
  return {
    ...details,
    id: createId("req"),
    reference,
    status: "received",
    startsAt: helsinkiToUtc(input.date, input.startTime).toISOString(),
    consentAt: at,
    consent,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
}

/** The request, its reference (unique), its count and the words of the client's name. */
function intakeItems(request: Request) {
  return [
    Requests.put(request, when.notExists("pk")),
    referenceItem(request.reference, request.id),
    Counts.change("requests", { received: 1 }),
    ...Monthly.count([Tally.requestReceived(figuresOf(request))]),
    ...Search.index(request.id, request.client.name),
  ];
}

/**
 * `R-2026-0001`: an atomic per-year counter. A number is never handed out twice; one can go
 * unused when the transaction after it fails (e.g. a rate-limited sender).
 */
async function nextReference(now: Date): Promise<string> {
  const year = helsinkiDate(now).slice(0, 4);
  return `R-${year}-${String(await nextNumber(year)).padStart(4, "0")}`;
}

/** The same by text: the reference and the time. */
function receivedText(request: Request): TextVars {
  return {
    reference: request.reference,
    when: shortWhenOf(request),
  };
}

/** Only the reference and the time: the matter itself never travels by email. */
export function receivedLetter(request: Request) {
  const locale: ClientLocale = request.locale;
  return {
    locale,
    subject: t(locale, "mail.requestReceived.subject", { reference: request.reference }),
    body: [
      t(locale, "mail.requestReceived.body", { reference: request.reference }),
      t(locale, "mail.requestReceived.when", {
        when: formatAppointment(locale, request.date, request.startTime),
      }),
      t(locale, "mail.requestReceived.next"),
    ],
  };
}
