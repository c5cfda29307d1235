import * as z from "zod";
import * as zm from "zod/mini";
import * as Actor from "../actor/index.ts";
import { Audit } from "../audit/index.ts";
import { tableName } from "../db/client.ts";
import { queryAll } from "../db/query.ts";
import { ConditionsFailed, transact, transactGuarded } from "../db/transact.ts";
import { type Locale, t } from "../i18n/index.ts";
import { Outbox, render } from "../mail/index.ts";
import * as Client from "../match/client.ts";
import { releaseItems } from "../offer/confirm.ts";
import { settleOpenOffers } from "../offer/settle.ts";
import type { TransactItem } from "../util/db-types.ts";
import { VisibleError } from "../util/errors.ts";
import { fn } from "../util/fn.ts";
import { createId } from "../util/id.ts";
import { optionalLine, optionalParagraphs, paragraphs } from "../util/text.ts";
import {
  addDays,
  formatAppointment,
  helsinkiDate,
  helsinkiToUtc,
  isIsoDate,
} from "../util/time.ts";
import type { Report } from "../visit/schema.ts";
import * as Volunteers from "../volunteer/volunteer.ts";
import * as Counts from "./counts.ts";
import { CheckedFields, findByReference, get, keys, type Request, submit } from "./request.ts";
import { confirmationAddress } from "./schema.ts";
import * as Search from "./search.ts";
import { type Status, transitions } from "./status.ts";

export type VisitReport = Report & {
  at: string;
  by: "volunteer" | "coordinator";
  actorName: string;
};

export interface TimelineEvent {
  at: string;
  kind: "submitted" | "status" | "note" | "email" | "update" | "offer" | "answer" | "report";
  /** A report's outcome and what it flagged (`safety`, `followUp`, `wantsTalk`). */
  outcome?: string;
  minutes?: number;
  flags?: string[];
  /** Who was offered the visit ("offer"), or who answered ("answer"). */
  volunteerNames?: string[];
  volunteerName?: string;
  /** An answer's outcome: accepted, declined, withdrawn, expired. */
  answer?: string;
  via?: "link" | "phone";
  actorName?: string;
  from?: Status;
  to?: Status;
  reason?: string;
  text?: string;
  email?: ReturnType<typeof Outbox.view>;
  fields?: string[];
}

const IdInput = z.object({ id: z.string().min(1).max(64) });

export async function load(id: string): Promise<Request> {
  const request = await get(id);
  if (!request) throw new VisibleError(404, "not_found", "error.notFound");
  return request;
}

/** A request with everything that happened to it. Reading it is recorded in the audit log. */
export const detail = fn(IdInput, async ({ id }, now: Date = new Date()) => {
  Actor.coordinator();
  const items = await queryAll({
    TableName: tableName(),
    KeyConditionExpression: "pk = :pk",
    ExpressionAttributeValues: { ":pk": keys.request(id).pk },
    ConsistentRead: true,
  });
  const raw = items.find((i) => i.sk === "request");
  if (!raw) throw new VisibleError(404, "not_found", "error.notFound");
  const { pk: _pk, sk: _sk, gsi1pk: _a, gsi1sk: _b, type: _t, ...request } = raw;
  await Audit.record("request.read", `request#${id}`, undefined, now);

  const timeline: TimelineEvent[] = [{ at: request.createdAt as string, kind: "submitted" }];
  for (const item of items) {
    if (item.type === "event") timeline.push(item.event as TimelineEvent);
    if (item.type === "outbox") {
      timeline.push({ at: item.createdAt as string, kind: "email", email: Outbox.view(item) });
    }
  }
  timeline.sort((a, b) => a.at.localeCompare(b.at));
  const report = items.find((i) => i.type === "report");
  return {
    request: request as unknown as Request,
    timeline,
    // What the volunteer (or a coordinator) reported after the visit.
    report: report ? (report.report as VisitReport) : null,
  };
});

export function eventItem(requestId: string, event: TimelineEvent): TransactItem {
  const id = createId("evt");
  return {
    Put: {
      TableName: tableName(),
      Item: { pk: keys.request(requestId).pk, sk: `event#${event.at}#${id}`, type: "event", event },
    },
  };
}

export interface Guard {
  /** A condition on the stored request; its placeholders go in `names` and `values`. */
  condition: string;
  names?: Record<string, string>;
  values?: Record<string, unknown>;
}

/**
 * Sets fields of the request (and bumps its version) under a guard: by default, that nobody
 * changed it since it was read. Other guards state the one fact a change depends on, e.g. "nobody
 * has the visit yet" for the first accept.
 */
export function updateRequest(
  request: Request,
  set: Record<string, unknown>,
  now: Date,
  guard: Guard = { condition: "version = :version", values: { ":version": request.version } },
  remove: string[] = [],
): TransactItem {
  const names: Record<string, string> = { ...guard.names };
  const values: Record<string, unknown> = { ...guard.values, ":one": 1, ":now": now.toISOString() };
  const parts = ["version = version + :one", "updatedAt = :now"];
  Object.entries(set).forEach(([field, value], i) => {
    names[`#f${i}`] = field;
    values[`:v${i}`] = value;
    parts.push(`#f${i} = :v${i}`);
  });
  return {
    Update: {
      TableName: tableName(),
      Key: keys.request(request.id),
      UpdateExpression: `SET ${parts.join(", ")}${remove.length ? ` REMOVE ${remove.join(", ")}` : ""}`,
      ConditionExpression: guard.condition,
      ...(Object.keys(names).length && { ExpressionAttributeNames: names }),
      ExpressionAttributeValues: values,
    },
  };
}

export const NoteInput = z.object({
  id: z.string().min(1).max(64),
  text: paragraphs(4000),
});

/** An internal note: coordinators only, never sent anywhere. */
export const addNote = fn(NoteInput, async ({ id, text }, now: Date = new Date()) => {
  const actor = Actor.coordinator();
  await load(id);
  await transactGuarded([
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
  const { id, version, ...changes } = input;
  const request = { ...(await load(id)), version };
  const set: Record<string, unknown> = { ...changes };
  const date = changes.date ?? request.date;
  const startTime = changes.startTime ?? request.startTime;
  if (changes.date && changes.date !== request.date) {
    if (!isIsoDate(date) || date < helsinkiDate(now) || date > addDays(helsinkiDate(now), 366)) {
      throw new VisibleError(400, "validation", "error.validation", { date: "error.dateInPast" });
    }
  }
  const items: TransactItem[] = [];
  if (changes.date || changes.startTime) {
    const startsAt = helsinkiToUtc(date, startTime).toISOString();
    Object.assign(set, { startsAt, gsi1sk: keys.byStatus(request.status, startsAt, id).gsi1sk });
  }
  if (changes.client && changes.client.name !== request.client.name) {
    items.push(
      ...Search.unindex(id, request.client.name),
      ...Search.index(id, changes.client.name),
    );
  }
  const fields = Object.keys(changes);
  if (fields.length === 0) return;
  await transactGuarded([
    updateRequest(request, set, now),
    eventItem(id, { at: now.toISOString(), kind: "update", fields, actorName: actor.name }),
    Audit.entry("request.update", `request#${id}`, { fields }, now),
    ...items,
  ]);
});

export const ReasonInput = z.object({
  id: z.string().min(1).max(64),
  reason: paragraphs(1000),
  version: z.number().int().min(1),
});

async function move(
  id: string,
  version: number,
  to: Status,
  action: Audit.Action,
  now: Date,
  options: { reason?: string; letter?: (request: Request) => Parameters<typeof render>[1] } = {},
) {
  const actor = Actor.coordinator();
  const request = { ...(await load(id)), version };
  if (!transitions[request.status].includes(to)) {
    throw new VisibleError(409, "not_allowed", "error.notAllowed");
  }
  const to_address = options.letter ? confirmationAddress(request as never) : undefined;
  const mail =
    options.letter && to_address
      ? Outbox.entry(
          keys.request(id).pk,
          `request-${to}`,
          render(to_address, options.letter(request)),
          now,
        )
      : undefined;
  // Calling off a confirmed visit tells its volunteer at once.
  const release =
    to === "cancelled" && request.volunteerId
      ? releaseItems(request, await Volunteers.get(request.volunteerId), now, "coordinator")
      : { items: [], mails: [] };
  await transactGuarded([
    ...release.items,
    updateRequest(
      request,
      { status: to, gsi1pk: keys.byStatus(to, request.startsAt, id).gsi1pk },
      now,
    ),
    Counts.change("requests", { [request.status]: -1, [to]: 1 }),
    eventItem(id, {
      at: now.toISOString(),
      kind: "status",
      from: request.status,
      to,
      reason: options.reason,
      actorName: actor.name,
    }),
    Audit.entry(action, `request#${id}`, { from: request.status, to }, now),
    ...(mail ? [mail.put] : []),
  ]);
  Outbox.dispatch([...(mail ? [mail.key] : []), ...release.mails]);
  // Volunteers still holding an offer hear it is no longer needed.
  if (to === "cancelled" || to === "no_volunteer") await settleOpenOffers(id, now);
  return { status: to, emailed: Boolean(mail) };
}

/** The coordinator has read and assessed the request; the search for a volunteer begins. */
export const assess = fn(
  z.object({ id: z.string().min(1).max(64), version: z.number().int().min(1) }),
  ({ id, version }, now: Date = new Date()) => move(id, version, "matching", "request.assess", now),
);

function requesterLetter(kind: "cancelled" | "noVolunteer") {
  return (request: Request) => {
    const locale: Locale = request.locale;
    const name = request.requesterRole === "client" ? request.client.name : request.requester?.name;
    const vars = {
      reference: request.reference,
      when: formatAppointment(locale, request.date, request.startTime),
    };
    return {
      locale,
      name,
      subject: t(locale, `mail.${kind}.subject`, vars),
      paragraphs: [t(locale, `mail.${kind}.body`, vars), t(locale, `mail.${kind}.next`, vars)],
    };
  };
}

/** Cancels with a reason (kept internal); the requester is told kindly, in their language. */
export const cancel = fn(ReasonInput, ({ id, reason, version }, now: Date = new Date()) =>
  move(id, version, "cancelled", "request.cancel", now, {
    reason,
    letter: requesterLetter("cancelled"),
  }),
);

/** No volunteer could be found; the requester is told, kindly, in their language. */
export const closeNoVolunteer = fn(ReasonInput, ({ id, reason, version }, now: Date = new Date()) =>
  move(id, version, "no_volunteer", "request.no_volunteer", now, {
    reason,
    letter: requesterLetter("noVolunteer"),
  }),
);

export const RetryInput = z.object({
  id: z.string().min(1).max(64),
  emailId: z.string().min(1).max(64),
});

/** Puts a failed email of this request back in line for delivery. */
export const retryEmail = fn(RetryInput, async ({ id, emailId }, now: Date = new Date()) => {
  Actor.coordinator();
  const key = { pk: keys.request(id).pk, sk: `outbox#${emailId}` };
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
  const setKey = (r: Request): TransactItem => ({
    Update: {
      TableName: tableName(),
      Key: keys.request(r.id),
      UpdateExpression: "SET clientKey = :key",
      ConditionExpression: "attribute_exists(pk)",
      ExpressionAttributeValues: { ":key": clientKey },
    },
  });
  await transactGuarded([
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
