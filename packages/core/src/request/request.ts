import { GetCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { config } from "../config.ts";
import { db, tableName } from "../db/client.ts";
import { ConditionsFailed } from "../db/transact.ts";
import { type Locale, t } from "../i18n/index.ts";
import { Outbox, render } from "../mail/index.ts";
import * as RateLimit from "../rate-limit/index.ts";
import { VisibleError } from "../util/errors.ts";
import { fn } from "../util/fn.ts";
import { createId } from "../util/id.ts";
import { normalisePhone } from "../util/phone.ts";
import { phoneField } from "../util/text.ts";
import { formatAppointment, helsinkiDate, helsinkiToUtc } from "../util/time.ts";
import * as Counts from "./counts.ts";
import { confirmationAddress, type RequestInput, requestSchemas } from "./schema.ts";
import * as Search from "./search.ts";
import type { Status } from "./status.ts";

export { type Status, statuses } from "./status.ts";

export type Request = Omit<RequestInput, "website" | "consent"> & {
  id: string;
  reference: string;
  status: Status;
  /** The appointment's start as a UTC instant. */
  startsAt: string;
  consentAt: string;
  createdAt: string;
  updatedAt: string;
  /** Grows with every change; edits carry the version they saw. */
  version: number;
  /** Set when a volunteer accepted or was assigned. */
  volunteerId?: string;
  volunteerName?: string;
  /** An optional get-to-know meeting of volunteer and client before the visit. */
  firstMeeting?: FirstMeeting;
  /** Requests the coordinator linked as the same client share this key (continuity). */
  clientKey?: string;
};

export interface FirstMeeting {
  date: string;
  time: string;
  place: string;
}

export const keys = {
  request: (id: string) => ({ pk: `request#${id}`, sk: "request" }),
  reference: (reference: string) => ({ pk: `reference#${reference}`, sk: "reference" }),
  counter: (year: string) => ({ pk: "counter#request", sk: year }),
  /** gsi1: requests by status, soonest appointment first. */
  byStatus: (status: Status, startsAt: string, id: string) => ({
    gsi1pk: `requests#${status}`,
    gsi1sk: `${startsAt}#${id}`,
  }),
};

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
    const reference = await nextReference(now);
    const to = confirmationAddress(input);
    // The honeypot was filled: a bot. Answer exactly as if all went well, keep nothing.
    if (input.website) return { kind: "discarded", reference, confirmationEmail: Boolean(to) };

    const id = createId("req");
    const startsAt = helsinkiToUtc(input.date, input.startTime).toISOString();
    const { website: _honeypot, consent: _consent, ...details } = input;
    const at = now.toISOString();
    const request: Request = {
      ...details,
      id,
      reference,
      status: "received",
      startsAt,
      consentAt: at,
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
    const confirmation = to
      ? Outbox.entry(
          keys.request(id).pk,
          "request-received",
          render(to, receivedLetter(request)),
          now,
        )
      : undefined;

    let emailed: boolean;
    try {
      emailed = await Outbox.commitWithConfirmation(
        [
          ...(context.byCoordinator
            ? []
            : [
                RateLimit.countAgainst(
                  "request",
                  context.clientAddress,
                  config().REQUEST_RATE_LIMIT_PER_HOUR,
                  3600,
                  now,
                ),
              ]),
          {
            Put: {
              TableName: tableName(),
              Item: {
                ...keys.request(id),
                ...keys.byStatus("received", startsAt, id),
                type: "request",
                ...request,
              },
              ConditionExpression: "attribute_not_exists(pk)",
            },
          },
          {
            Put: {
              TableName: tableName(),
              Item: { ...keys.reference(reference), type: "reference", requestId: id },
              ConditionExpression: "attribute_not_exists(pk)",
            },
          },
          Counts.change("requests", { received: 1 }),
          ...Search.index(id, request.client.name),
        ],
        to && confirmation ? { to, put: confirmation.put } : undefined,
        now,
      );
    } catch (error) {
      // The rate-limit count is the first item.
      if (!context.byCoordinator && error instanceof ConditionsFailed && error.failed.includes(0)) {
        throw new VisibleError(429, "rate_limited", "error.rateLimited");
      }
      throw error;
    }
    if (confirmation && emailed) Outbox.dispatch([confirmation.key]);
    return { kind: "received", id, reference, confirmationEmail: emailed };
  },
);

/**
 * `R-2026-0001`: an atomic per-year counter. A number is never handed out twice; one can go
 * unused when the transaction after it fails (e.g. a rate-limited sender).
 */
async function nextReference(now: Date): Promise<string> {
  const year = helsinkiDate(now).slice(0, 4);
  const { Attributes } = await db().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.counter(year),
      UpdateExpression: "ADD seq :one",
      ExpressionAttributeValues: { ":one": 1 },
      ReturnValues: "UPDATED_NEW",
    }),
  );
  return `R-${year}-${String(Attributes?.seq).padStart(4, "0")}`;
}

/** Only the reference and the time: the matter itself never travels by email. */
function receivedLetter(request: Request) {
  const locale: Locale = request.locale;
  return {
    locale,
    subject: t(locale, "mail.requestReceived.subject", { reference: request.reference }),
    paragraphs: [
      t(locale, "mail.requestReceived.body", { reference: request.reference }),
      t(locale, "mail.requestReceived.when", {
        when: formatAppointment(locale, request.date, request.startTime),
      }),
      t(locale, "mail.requestReceived.next"),
    ],
  };
}

export async function get(id: string): Promise<Request | undefined> {
  const { Item } = await db().send(
    new GetCommand({ TableName: tableName(), Key: keys.request(id), ConsistentRead: true }),
  );
  if (!Item) return undefined;
  const { pk: _pk, sk: _sk, gsi1pk: _g1, gsi1sk: _g2, type: _type, ...request } = Item;
  return request as Request;
}

export async function findByReference(reference: string): Promise<Request | undefined> {
  const { Item } = await db().send(
    new GetCommand({ TableName: tableName(), Key: keys.reference(reference) }),
  );
  return Item ? get(Item.requestId as string) : undefined;
}
