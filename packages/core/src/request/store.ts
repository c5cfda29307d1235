import * as z from "zod";
import * as zm from "zod/mini";
import { type Condition, when } from "../db/expr.ts";
import { defineItem, queryEvery, queryPage, run } from "../db/store.ts";
import type { Outbox } from "../mail/index.ts";
import { Consent } from "../privacy/consent.ts";
import type { TransactItem } from "../util/db-types.ts";
import { VisibleError } from "../util/errors.ts";
import { createId } from "../util/id.ts";
import { outcomes, wellbeingLevels } from "../visit/schema.ts";
import { RequestFields } from "./schema.ts";
import { closedStatuses, type Status, statuses } from "./status.ts";

/**
 * A support request as stored, and every item of its partition that is its own: the timeline's
 * events and the visit report; plus its reference and the per-year counter. The one way to
 * change a request is `change`, which bumps its version and keeps its index entry in step.
 */

export const LegalHold = z.object({ at: z.string(), by: z.string(), reason: z.string() });
export type LegalHold = z.output<typeof LegalHold>;

const FirstMeeting = z.object({ date: z.string(), time: z.string(), place: z.string() });
export type FirstMeeting = z.infer<typeof FirstMeeting>;

/** What the form gave, less what is not kept as it came (the consent has its own record). */
const fromForm = zm.omit(RequestFields, {
  consent: true,
  noticeVersion: true,
  surveys: true,
  sms: true,
  website: true,
});

const StoredRequest = zm.extend(fromForm, {
  id: z.string(),
  reference: z.string(),
  status: z.enum(statuses),
  /** The appointment's start as a UTC instant. */
  startsAt: z.string(),
  consentAt: z.string(),
  /** The consent on record (`Privacy.Consent`); absent on requests from before it was kept. */
  consent: Consent.optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Grows with every change; edits carry the version they saw. */
  version: z.number(),
  /** Set when a volunteer accepted or was assigned. */
  volunteerId: z.string().optional(),
  volunteerName: z.string().optional(),
  /** An optional get-to-know meeting of volunteer and client before the visit. */
  firstMeeting: FirstMeeting.optional(),
  /** Requests the coordinator linked as the same client share this key (continuity). */
  clientKey: z.string().optional(),
  /** How the visit went, once reported. */
  outcome: z.enum(outcomes).optional(),
  /** The coordinator who said "I'll handle this". */
  ownerId: z.string().optional(),
  ownerName: z.string().optional(),
  /** When it reached a closed status: the retention policy's clock starts here. */
  closedAt: z.string().optional(),
  /** Its client's details were taken out (by the retention job or an erasure); its facts stay. */
  anonymisedAt: z.string().optional(),
  /** Erased at the client's wish: which erasure, and until when it can be undone. */
  erasure: z.object({ id: z.string(), undoUntil: z.string() }).optional(),
  /** The visit report's free text was deleted under the retention policy. */
  reportTextRemovedAt: z.string().optional(),
  /** Kept whole, whatever the retention policy says, until the hold is lifted. */
  legalHold: LegalHold.optional(),
});
export type Request = z.output<typeof StoredRequest>;

export const Requests = defineItem({
  type: "request",
  schema: StoredRequest,
  key: (id: string) => ({ pk: `request#${id}`, sk: "request" }),
  id: (r) => r.id,
  // gsi1: requests by status, soonest appointment first.
  index: (r) => ({ gsi1pk: `requests#${r.status}`, gsi1sk: `${r.startsAt}#${r.id}` }),
});

/** The partition key every item about one request shares (offers, visit, events, emails). */
export const partitionOf = (requestId: string) => Requests.key(requestId).pk;

const Event = z.object({
  at: z.string(),
  kind: z.enum([
    "submitted",
    "status",
    "note",
    "email",
    "update",
    "offer",
    "answer",
    "report",
    "owner",
  ]),
  /** Who took the request on ("owner"); absent when they let it go. */
  ownerName: z.string().optional(),
  /** A report's outcome and what it flagged (`safety`, `followUp`, `wantsTalk`). */
  outcome: z.string().optional(),
  minutes: z.number().optional(),
  flags: z.array(z.string()).optional(),
  /** Who was offered the visit ("offer"), or who answered ("answer"). */
  volunteerNames: z.array(z.string()).optional(),
  volunteerName: z.string().optional(),
  /** The same volunteers' ids, so the timeline links each name to its profile. */
  volunteerIds: z.array(z.string()).optional(),
  volunteerId: z.string().optional(),
  /** An answer's outcome: accepted, declined, withdrawn, expired. */
  answer: z.string().optional(),
  via: z.enum(["link", "phone"]).optional(),
  actorName: z.string().optional(),
  from: z.enum(statuses).optional(),
  to: z.enum(statuses).optional(),
  reason: z.string().optional(),
  text: z.string().optional(),
  fields: z.array(z.string()).optional(),
});
export type TimelineEvent = z.output<typeof Event> & { email?: Outbox.EmailView };

const Events = defineItem({
  type: "event",
  schema: z.object({ event: Event, id: z.string().optional() }),
  key: ({ requestId, at, id }: { requestId: string; at: string; id: string }) => ({
    pk: partitionOf(requestId),
    sk: `event#${at}#${id}`,
  }),
});

/** A timeline entry, written with the change it records. */
export function eventItem(requestId: string, event: z.input<typeof Event>): TransactItem {
  const id = createId("evt");
  return Events.update({ requestId, at: event.at, id }, { set: { event } });
}

const StoredReport = z.object({
  happened: z.enum(outcomes),
  minutes: z.number().optional(),
  howItWent: z.string().optional(),
  safety: z.string().optional(),
  followUp: z.boolean(),
  followUpNote: z.string().optional(),
  wellbeing: z.enum(wellbeingLevels).optional(),
  wantsTalk: z.boolean(),
  at: z.string(),
  by: z.enum(["volunteer", "coordinator"]),
  actorName: z.string(),
});
export type VisitReport = z.output<typeof StoredReport>;

const Reports = defineItem({
  type: "report",
  schema: z.object({ report: StoredReport }),
  key: (requestId: string) => ({ pk: partitionOf(requestId), sk: "report" }),
});

/** The visit's report, once: a second one for the same request is refused by its condition. */
export function reportItem(requestId: string, report: VisitReport): TransactItem {
  return Reports.update(requestId, { set: { report } }, when.notExists("pk"));
}

const References = defineItem({
  type: "reference",
  schema: z.object({ requestId: z.string() }),
  key: (reference: string) => ({ pk: `reference#${reference}`, sk: "reference" }),
});

/** A reference points at its request; its conditional write makes references unique. */
export const referenceItem = (reference: string, requestId: string) =>
  References.update(reference, { set: { requestId } }, when.notExists("pk"));

const Counter = defineItem({
  type: "counter",
  schema: z.object({ seq: z.number() }),
  key: (year: string) => ({ pk: "counter#request", sk: year }),
});

/** The next number of the year's reference series: never handed out twice. */
export async function nextNumber(year: string): Promise<number> {
  const counted = await run(Counter.update(year, { add: { seq: 1 } }), { returnNew: true });
  return Counter.read(counted ?? {}).seq;
}

export const get = (id: string) => Requests.get(id);

export async function findByReference(reference: string): Promise<Request | undefined> {
  const found = await References.get(reference, { consistent: false });
  return found ? get(found.requestId) : undefined;
}

export async function load(id: string): Promise<Request> {
  const request = await get(id);
  if (!request) throw new VisibleError(404, "not_found", "error.notFound");
  return request;
}

/** That nobody changed the request since it was read. */
export const unchangedSince = (request: Pick<Request, "version">) =>
  when.eq("version", request.version);

/**
 * Sets fields of the request and bumps its version, under a guard: by default that nobody
 * changed it since it was read; others state the one fact a change depends on ("nobody has the
 * visit yet" for the first accept). A new status or start moves its index entry with it.
 */
export function change(
  request: Request,
  now: Date,
  set: Partial<Request>,
  options: { when?: Condition; remove?: (keyof Request)[] } = {},
): TransactItem {
  const moved = set.status !== undefined || set.startsAt !== undefined;
  const closes =
    set.status !== undefined &&
    closedStatuses.includes(set.status) &&
    !closedStatuses.includes(request.status);
  return Requests.update(
    request.id,
    {
      set: {
        ...set,
        ...(closes && { closedAt: now.toISOString() }),
        ...(moved && Requests.indexOf({ ...request, ...set })),
        updatedAt: now.toISOString(),
      },
      add: { version: 1 },
      ...(options.remove && { remove: options.remove }),
    },
    options.when ?? unchangedSince(request),
  );
}

/** Every item of a request's partition (the request, offers, visit, events, emails, report). */
export function partition(requestId: string) {
  return queryEvery({ partition: partitionOf(requestId), consistent: true });
}

/** The same, only the items of the given types. */
export function partitionOfTypes(requestId: string, types: string[]) {
  return queryEvery({
    partition: partitionOf(requestId),
    filter: when.in("type", types),
    consistent: true,
  });
}

export const readEvent = (raw: Record<string, unknown>) => Events.read(raw).event;
export const readReport = (raw: Record<string, unknown>) => Reports.read(raw).report;

/** A request's place in the inbox's order: its appointment, then its id. */
export const placeOf = (r: Pick<Request, "startsAt" | "id">) => `${r.startsAt}#${r.id}`;

/**
 * Up to `limit` requests in a status that `keep` accepts, in the inbox's order after `after`
 * (a place), and whether more may follow. Reads page after page until it has them.
 */
export async function inStatusAfter(
  status: Status,
  after: string | undefined,
  limit: number,
  keep: (request: Request) => boolean,
) {
  const requests: Request[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await queryPage({
      index: "gsi1",
      partition: `requests#${status}`,
      ...(after && { range: { gt: after } }),
      limit: limit + 1,
      ...(startKey && { startKey }),
    });
    requests.push(...page.items.map(Requests.read).filter(keep));
    startKey = page.next;
  } while (startKey && requests.length <= limit);
  return { requests: requests.slice(0, limit + 1), more: Boolean(startKey) };
}

/** Requests in a status whose appointment starts in [from, to]: only the fields asked for. */
export async function startingBetween(status: Status, from: string, to: string) {
  const items = await queryEvery({
    index: "gsi1",
    partition: `requests#${status}`,
    range: { between: [from, `${to}#~`] },
  });
  return items.map(Requests.read);
}
