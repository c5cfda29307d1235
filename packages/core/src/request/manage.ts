import * as z from "zod";
import * as zm from "zod/mini";
import * as Actor from "../actor/index.ts";
import { Audit } from "../audit/index.ts";
import { Counts } from "../counts/index.ts";
import { when } from "../db/expr.ts";
import { ConditionsFailed, transact } from "../db/transact.ts";
import { type Letter, Outbox, type Template } from "../mail/index.ts";
import { Monthly, Tally } from "../monthly/index.ts";
import { Reach, type TextTemplate } from "../reach/index.ts";
import { Search } from "../search/index.ts";
import type { TransactItem } from "../util/db-types.ts";
import { VisibleError } from "../util/errors.ts";
import { fn } from "../util/fn.ts";
import { optionalLine, optionalParagraphs, paragraphs } from "../util/text.ts";
import { addDays, helsinkiDate, helsinkiToUtc, isIsoDate } from "../util/time.ts";
import * as Client from "./client.ts";
import { contactOf } from "./contact.ts";
import { CheckedFields, submit } from "./intake.ts";
import { confirmationAddress } from "./schema.ts";
import { type Status, transitions } from "./status.ts";
import {
  change,
  eventItem,
  findByReference,
  load,
  partition,
  partitionOf,
  type Request,
  Requests,
  readEvent,
  readReport,
  type TimelineEvent,
} from "./store.ts";

const IdInput = z.object({ id: z.string().min(1).max(64) });

/** A request with everything that happened to it. Reading it is recorded in the audit log. */
export const detail = fn(IdInput, async ({ id }, now: Date = new Date()) => {
  Actor.coordinator();
  const items = await partition(id);
  const raw = items.find((i) => i.type === "request");
  if (!raw) throw new VisibleError(404, "not_found", "error.notFound");
  const request = Requests.read(raw);
  await Audit.record("request.read", `request#${id}`, undefined, now);
  const timeline: TimelineEvent[] = [{ at: request.createdAt, kind: "submitted" }];
  for (const item of items) {
    if (item.type === "event") timeline.push(readEvent(item));
    if (Outbox.isEmail(item)) {
      const email = Outbox.view(item);
      timeline.push({ at: email.createdAt, kind: "email", email });
    }
  }
  timeline.sort((a, b) => a.at.localeCompare(b.at));
  const report = items.find((i) => i.type === "report");
  // What the volunteer (or a coordinator) reported after the visit.
  return { request, timeline, report: report ? readReport(report) : null };
});

export const NoteInput = z.object({
  id: z.string().min(1).max(64),
  text: paragraphs(4000),
});

/** An internal note: coordinators only, never sent anywhere. */
export const addNote = fn(NoteInput, async ({ id, text }, now: Date = new Date()) => {
  const actor = Actor.coordinator();
  await load(id);
  await Outbox.commitGuarded([
    eventItem(id, { at: now.toISOString(), kind: "note", text, actorName: actor.name }),
    Audit.entry("request.note", `request#${id}`, undefined, now),
  ]);
});

export const UpdateInput = zm.extend(
  zm.partial(
    zm.pick(CheckedFields, {
      requester: true,
      client: true,
      preferredContact: true,
      sector: true,
      description: true,
      place: true,
      municipality: true,
      date: true,
      startTime: true,
      durationMinutes: true,
      supportNeeds: true,
    }),
  ),
  {
    id: z.string().min(1).max(64),
    /** The version the coordinator saw; a newer one means someone else changed it. */
    version: z.number().int().min(1),
  },
);

/** Corrects a request's details. The change and who made it show in the timeline. */
export const update = fn(UpdateInput, async (input, now: Date = new Date()) => {
  const actor = Actor.coordinator();
  const { id, version, ...given } = input;
  const fields = Object.keys(given);
  if (fields.length === 0) return;
  const request = { ...(await load(id)), version };
  const changes = {
    ...given,
    ...(given.client && { client: keepLanguageNeed(request, given.client) }),
  };
  if (changes.date && changes.date !== request.date) checkNewDate(changes.date, now);
  const date = changes.date ?? request.date;
  const startTime = changes.startTime ?? request.startTime;
  const moved = changes.date || changes.startTime;
  const renamed = changes.client && changes.client.name !== request.client.name;
  await Outbox.commitGuarded([
    change(request, now, {
      ...changes,
      ...(moved && { startsAt: helsinkiToUtc(date, startTime).toISOString() }),
    }),
    eventItem(id, { at: now.toISOString(), kind: "update", fields, actorName: actor.name }),
    Audit.entry("request.update", `request#${id}`, { fields }, now),
    ...(renamed && changes.client
      ? [...Search.unindex(id, request.client.name), ...Search.index(id, changes.client.name)]
      : []),
  ]);
});

/**
 * A correction of the client's details that does not mention their main language or how they
 * manage in Finnish or Swedish keeps what the request said, as long as that language is still
 * among theirs: an edit of a phone number must not lose what matching weighs most.
 */
function keepLanguageNeed(request: Request, client: Request["client"]): Request["client"] {
  const old = request.client;
  const stillSpoken = old.mainLanguage === undefined || client.languages.includes(old.mainLanguage);
  return {
    ...client,
    ...(client.mainLanguage === undefined &&
      old.mainLanguage !== undefined &&
      stillSpoken && { mainLanguage: old.mainLanguage }),
    ...(client.finnishOrSwedish === undefined &&
      old.finnishOrSwedish !== undefined &&
      stillSpoken && { finnishOrSwedish: old.finnishOrSwedish }),
  };
}

/** A new appointment date: not in the past, at most a year ahead (as on the form). */
function checkNewDate(date: string, now: Date) {
  const today = helsinkiDate(now);
  if (!isIsoDate(date) || date < today || date > addDays(today, 366)) {
    throw new VisibleError(400, "validation", "error.validation", { date: "error.dateInPast" });
  }
}

export const ReasonInput = z.object({
  id: z.string().min(1).max(64),
  reason: paragraphs(1000),
  version: z.number().int().min(1),
});

export interface MoveOptions {
  reason?: string;
  /** The requester is told: by email, by text or both, as they chose. */
  letter?: { template: Template & TextTemplate; write: (request: Request) => Letter };
  /** What else the move takes with it, in the same transaction (a released visit). */
  with?: (request: Request) => Promise<{ items: TransactItem[]; mails: Outbox.Entry[] }>;
}

/** A request closed before anyone was confirmed, for the figures. */
export function closedUnmatched(from: Status, to: Status, now: Date): Tally.Tally[] {
  const closes = to === "cancelled" || to === "no_volunteer";
  const matched = from === "confirmed" || from === "completed";
  return closes && !matched
    ? [Tally.requestClosedUnmatched(now.toISOString(), to === "no_volunteer")]
    : [];
}

/**
 * A coordinator moves a request to another status (as its transitions allow), on the version
 * they saw; the requester may be told by email, in the same transaction.
 */
export async function move(
  id: string,
  version: number,
  to: Status,
  action: Audit.Action,
  now: Date,
  options: MoveOptions = {},
) {
  const actor = Actor.coordinator();
  const request = { ...(await load(id)), version };
  if (!transitions[request.status].includes(to)) {
    throw new VisibleError(409, "not_allowed", "error.notAllowed");
  }
  const told = options.letter
    ? Reach.entries(
        partitionOf(id),
        options.letter.template,
        contactOf(request),
        { letter: options.letter.write(request), text: { reference: request.reference } },
        now,
      )
    : [];
  const extra = (await options.with?.(request)) ?? { items: [], mails: [] };
  await Outbox.commitGuarded(
    [
      ...extra.items,
      change(request, now, { status: to }),
      Counts.change("requests", { [request.status]: -1, [to]: 1 }),
      ...Monthly.count(closedUnmatched(request.status, to, now)),
      eventItem(id, {
        at: now.toISOString(),
        kind: "status",
        from: request.status,
        to,
        reason: options.reason,
        actorName: actor.name,
      }),
      Audit.entry(action, `request#${id}`, { from: request.status, to }, now),
    ],
    [...told, ...extra.mails],
  );
  const address = confirmationAddress(request);
  return {
    status: to,
    emailed: told.some((m) => m.to === address),
    texted: told.some((m) => m.to !== address),
  };
}

/** The coordinator has read and assessed the request; the search for a volunteer begins. */
export const assess = fn(
  z.object({ id: z.string().min(1).max(64), version: z.number().int().min(1) }),
  ({ id, version }, now: Date = new Date()) => move(id, version, "matching", "request.assess", now),
);

export const RetryInput = z.object({
  id: z.string().min(1).max(64),
  emailId: z.string().min(1).max(64),
});

/** Puts a failed email of this request back in line for delivery. */
export const retryEmail = fn(RetryInput, async ({ id, emailId }, now: Date = new Date()) => {
  Actor.coordinator();
  const key = { pk: partitionOf(id), sk: `outbox#${emailId}` };
  try {
    await transact([
      Outbox.requeue(key, now),
      Audit.entry("email.retry", `request#${id}`, { emailId }, now),
    ]);
  } catch (error) {
    if (error instanceof ConditionsFailed)
      throw new VisibleError(409, "not_failed", "error.notAllowed");
    throw error;
  }
  Outbox.dispatch([key]);
});

export const LinkClientInput = z.object({
  id: z.string().min(1).max(64),
  reference: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^R-\d{4}-\d{4,}$/, { error: "error.invalid" }),
});

/**
 * The coordinator marks a request as the same client's as an earlier one, so the matching can
 * favour a volunteer the client already knows. Both then share the earlier one's client key.
 */
export const linkClient = fn(LinkClientInput, async ({ id, reference }, now: Date = new Date()) => {
  Actor.coordinator();
  const [request, other] = await Promise.all([load(id), findByReference(reference)]);
  if (!other || other.id === id) {
    throw new VisibleError(400, "validation", "error.validation", {
      reference: "error.referenceNotFound",
    });
  }
  const clientKey = other.clientKey ?? other.id;
  // Only the key: whatever else happened to either request meanwhile stands.
  const setKey = (r: Request) => Requests.update(r.id, { set: { clientKey } }, when.exists("pk"));
  await Outbox.commitGuarded([
    setKey(request),
    Client.member(clientKey, request.id, request.volunteerId),
    ...(other.clientKey
      ? []
      : [setKey(other), Client.member(clientKey, other.id, other.volunteerId)]),
    eventItem(id, {
      at: now.toISOString(),
      kind: "update",
      fields: ["clientKey"],
      actorName: Actor.coordinator().name,
    }),
    Audit.entry("request.link_client", `request#${id}`, { reference: other.reference }, now),
  ]);
  return { clientKey };
});

export const FollowUpInput = z.object({
  id: z.string().min(1).max(64),
  date: z.string().refine(isIsoDate, { error: "error.date" }),
  startTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "error.time" }),
  durationMinutes: z
    .number()
    .int()
    .min(10, { error: "error.duration" })
    .max(480, { error: "error.duration" }),
  description: optionalParagraphs(2000),
  place: optionalLine(200),
});

/**
 * A follow-up the volunteer asked for becomes a new request for the same client: the same
 * people and matter, a new time, linked as the same client so the matching favours continuity.
 */
export const followUp = fn(FollowUpInput, async (input, now: Date = new Date()) => {
  const actor = Actor.coordinator();
  const old = await load(input.id);
  const created = await submit(
    {
      locale: old.locale,
      requesterRole: old.requesterRole,
      requester: old.requester,
      client: old.client,
      preferredContact: old.preferredContact,
      sector: old.sector,
      description: input.description ?? old.description,
      place: input.place ?? old.place,
      municipality: old.municipality,
      date: input.date,
      startTime: input.startTime,
      durationMinutes: input.durationMinutes,
      supportNeeds: old.supportNeeds,
      consent: true,
      // The same client's choices carry over; the consent is recorded as the coordinator's.
      surveys: old.consent?.surveys ?? false,
      sms: old.consent?.sms ?? false,
    },
    { clientAddress: `coordinator:${actor.coordinatorId}`, now, byCoordinator: true },
  );
  if (created.kind !== "received") throw new Error("a follow-up cannot be discarded");
  await linkClient({ id: created.id, reference: old.reference }, now);
  await Audit.record(
    "request.follow_up",
    `request#${old.id}`,
    { followUp: created.reference },
    now,
  );
  return { id: created.id, reference: created.reference };
});
