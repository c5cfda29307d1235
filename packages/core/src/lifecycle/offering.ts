import * as z from "zod";
import * as Actor from "../actor/index.ts";
import * as Alert from "../alert/index.ts";
import { Audit } from "../audit/index.ts";
import { Counts } from "../counts/index.ts";
import { tableName } from "../db/client.ts";
import { ConditionsFailed, transact, transactGuarded } from "../db/transact.ts";
import { Letters } from "../letters/index.ts";
import * as Link from "../link/index.ts";
import { Outbox, render } from "../mail/index.ts";
import {
  effectiveStatus,
  load,
  type Offer,
  type OfferStatus,
  offerKey,
  pendingIndex,
  type RequestState,
  view,
} from "../offer/state.ts";
import { keys, type Request } from "../request/request.ts";
import type { Status } from "../request/status.ts";
import { eventItem, updateRequest } from "../request/store.ts";
import type { TransactItem } from "../util/db-types.ts";
import { VisibleError } from "../util/errors.ts";
import { fn } from "../util/fn.ts";
import { createId } from "../util/id.ts";
import { line, optionalParagraphs } from "../util/text.ts";
import { helsinkiDate, isIsoDate } from "../util/time.ts";
import * as Volunteers from "../volunteer/volunteer.ts";
import { confirmationItems } from "./confirmation.ts";
import { settleOpenOffers } from "./settle.ts";

/**
 * Offers: the coordinator asks one volunteer or a few; each answers through their own link. The
 * first accept wins by a conditional write on the request (`attribute_not_exists(volunteerId)`),
 * so however many press "I can come" at once, exactly one gets the visit and the rest are told
 * it is covered. When the last open offer is declined or expires, the request goes back to
 * matching in the same transaction, and the coordinator gets an alert.
 */

export const DEFAULT_EXPIRY_HOURS = 48;
const OFFERABLE: readonly Status[] = ["received", "matching", "offered"];
const ATTEMPTS = 4;

const Id = z.string().min(1).max(64);

/** A reason a person may give or leave out; blank counts as not given. */
export const OptionalReason = optionalParagraphs(1000);

export const FirstMeetingInput = z.object({
  date: z.string().refine(isIsoDate, { error: "error.date" }),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "error.time" }),
  place: line(200),
});

export const MakeInput = z.object({
  id: Id,
  version: z.number().int().min(1),
  volunteerIds: z
    .array(Id)
    .min(1, { error: "error.required" })
    .max(5, { error: "error.tooMany" })
    .transform((ids) => [...new Set(ids)]),
  expiresInHours: z.number().int().min(1).max(168).default(DEFAULT_EXPIRY_HOURS),
  firstMeeting: FirstMeetingInput.optional(),
});

async function stateOf(requestId: string): Promise<RequestState> {
  const state = await load(requestId);
  if (!state) throw new VisibleError(404, "not_found", "error.notFound");
  return state;
}

function checkFirstMeeting(
  meeting: z.infer<typeof FirstMeetingInput> | undefined,
  request: Request,
  now: Date,
) {
  if (meeting && (meeting.date < helsinkiDate(now) || meeting.date > request.date)) {
    throw new VisibleError(400, "validation", "error.validation", {
      "firstMeeting.date": "error.firstMeetingDate",
    });
  }
}

async function activeVolunteers(ids: string[]): Promise<Volunteers.Volunteer[]> {
  const found = await Promise.all(ids.map((id) => Volunteers.get(id)));
  if (found.some((v) => v?.status !== "active")) {
    throw new VisibleError(400, "validation", "error.validation", {
      volunteerIds: "error.notAvailable",
    });
  }
  return found as Volunteers.Volunteer[];
}

/** The coordinator offers the visit to one to five volunteers; each gets an email with a link. */
export const make = fn(MakeInput, async (input, now: Date = new Date()) => {
  const actor = Actor.coordinator();
  const { request, offers } = await stateOf(input.id);
  if (!OFFERABLE.includes(request.status) || request.volunteerId) {
    throw new VisibleError(409, "not_allowed", "error.notAllowed");
  }
  if (request.startsAt <= now.toISOString()) {
    throw new VisibleError(409, "visit_passed", "error.visitPassed");
  }
  checkFirstMeeting(input.firstMeeting, request, now);
  const open = new Set(
    offers.filter((o) => effectiveStatus(o, request, now) === "pending").map((o) => o.volunteerId),
  );
  if (input.volunteerIds.some((id) => open.has(id))) {
    throw new VisibleError(400, "validation", "error.validation", {
      volunteerIds: "error.alreadyOffered",
    });
  }
  const volunteers = await activeVolunteers(input.volunteerIds);
  const expiresAt = new Date(
    Math.min(now.getTime() + input.expiresInHours * 3_600_000, Date.parse(request.startsAt)),
  );
  const next: Request = {
    ...request,
    ...(input.firstMeeting && { firstMeeting: input.firstMeeting }),
  };
  const linkValidUntil = new Date(Date.parse(request.startsAt) + 86_400_000);
  const made: Offer[] = [];
  const items: TransactItem[] = [
    updateRequest(
      { ...request, version: input.version },
      {
        status: "offered",
        gsi1pk: keys.byStatus("offered", request.startsAt, request.id).gsi1pk,
        ...(input.firstMeeting && { firstMeeting: input.firstMeeting }),
      },
      now,
    ),
  ];
  const mails = [];
  for (const volunteer of volunteers) {
    const offer: Offer = {
      id: createId("ofr"),
      requestId: request.id,
      volunteerId: volunteer.id,
      volunteerName: volunteer.name,
      status: "pending",
      createdAt: now.toISOString(),
      expiresAt: expiresAt.toISOString(),
    };
    made.push(offer);
    const link = Link.issue(
      { purpose: "offer", requestId: request.id, volunteerId: volunteer.id },
      linkValidUntil,
      "/offer",
    );
    const mail = Outbox.entry(
      keys.request(request.id).pk,
      "offer",
      render(volunteer.email, Letters.offer(next, volunteer, link.url, expiresAt)),
      now,
    );
    mails.push(mail.key);
    items.push(
      {
        Put: {
          TableName: tableName(),
          Item: {
            ...offerKey(request.id, volunteer.id),
            ...pendingIndex(offer),
            type: "offer",
            ...offer,
          },
          // A volunteer who declined earlier may be asked again; an open offer is not doubled.
          ConditionExpression: "attribute_not_exists(pk) OR #status <> :pending",
          ExpressionAttributeNames: { "#status": "status" },
          ExpressionAttributeValues: { ":pending": "pending" },
        },
      },
      link.put,
      mail.put,
    );
  }
  if (request.status !== "offered") {
    items.push(Counts.change("requests", { [request.status]: -1, offered: 1 }));
  }
  items.push(
    eventItem(request.id, {
      at: now.toISOString(),
      kind: "offer",
      volunteerNames: volunteers.map((v) => v.name),
      actorName: actor.name,
    }),
    Audit.entry(
      "offer.create",
      `request#${request.id}`,
      { volunteerIds: volunteers.map((v) => v.id), expiresAt: expiresAt.toISOString() },
      now,
    ),
  );
  await transactGuarded(items);
  Outbox.dispatch(mails);
  return { status: "offered" as const, offers: made.map((o) => view(o, next, now)) };
});

/** Coordinator: the offers of a request as they stand. */
export async function list(requestId: string, now = new Date()) {
  const { request, offers } = await stateOf(requestId);
  return offers
    .map((o) => view(o, request, now))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

type Closing = "declined" | "withdrawn" | "expired";

/**
 * Ends one pending offer. When it was the last open one, the request goes back to matching in
 * the same transaction (guarded by the request's version, so a new offer made meanwhile keeps
 * it offered) and, unless the coordinator did it themself, an alert is raised.
 */
export async function close(
  requestId: string,
  volunteerId: string,
  to: Closing,
  now: Date,
  /** `actorName` defaults to the volunteer the offer went to (they answered it themself). */
  options: { reason?: string; actorName?: string; letter?: boolean },
): Promise<{ status: OfferStatus; changed: boolean }> {
  for (let attempt = 1; ; attempt++) {
    const state = await stateOf(requestId);
    const { request } = state;
    const offer = state.offers.find((o) => o.volunteerId === volunteerId);
    if (!offer) throw new VisibleError(404, "not_found", "error.notFound");
    const current = effectiveStatus(offer, request, now);
    // Expiry is the one closing that applies to an offer already past its time.
    if (current !== "pending" && !(to === "expired" && current === "expired")) {
      return { status: current, changed: false };
    }
    if (offer.status !== "pending") return { status: offer.status, changed: false };

    const othersOpen = state.offers.some(
      (o) => o.volunteerId !== volunteerId && effectiveStatus(o, request, now) === "pending",
    );
    const at = now.toISOString();
    const items: TransactItem[] = [
      {
        Update: {
          TableName: tableName(),
          Key: offerKey(requestId, volunteerId),
          UpdateExpression: `SET #status = :to, answeredAt = :at${options.reason ? ", reason = :reason" : ""} REMOVE gsi1pk, gsi1sk`,
          ConditionExpression: "#status = :pending",
          ExpressionAttributeNames: { "#status": "status" },
          ExpressionAttributeValues: {
            ":to": to,
            ":at": at,
            ":pending": "pending",
            ...(options.reason && { ":reason": options.reason }),
          },
        },
      },
      eventItem(requestId, {
        at,
        kind: "answer",
        volunteerName: offer.volunteerName,
        answer: to,
        ...(options.reason && { reason: options.reason }),
        actorName: options.actorName ?? offer.volunteerName,
      }),
      Audit.entry(
        `offer.${to === "declined" ? "decline" : to === "withdrawn" ? "withdraw" : "expire"}`,
        `request#${requestId}`,
        { volunteerId },
        now,
      ),
    ];
    if (request.status === "offered" && !request.volunteerId && !othersOpen) {
      items.push(
        updateRequest(
          request,
          {
            status: "matching",
            gsi1pk: keys.byStatus("matching", request.startsAt, requestId).gsi1pk,
          },
          now,
        ),
        Counts.change("requests", { offered: -1, matching: 1 }),
        eventItem(requestId, {
          at,
          kind: "status",
          from: "offered",
          to: "matching",
          actorName: "",
        }),
      );
      if (to !== "withdrawn") {
        items.push(
          Alert.raise(to === "declined" ? "offers_declined" : "offers_expired", request, now),
        );
      }
    }
    const mails = [];
    if (options.letter) {
      const volunteer = await Volunteers.get(volunteerId);
      if (volunteer) {
        const mail = Outbox.entry(
          keys.request(requestId).pk,
          "offer-withdrawn",
          render(volunteer.email, Letters.offerWithdrawn(request, volunteer)),
          now,
        );
        items.push(mail.put);
        mails.push(mail.key);
      }
    }
    try {
      await transact(items);
      Outbox.dispatch(mails);
      return { status: to, changed: true };
    } catch (error) {
      // The offer or the request moved meanwhile: look again.
      if (error instanceof ConditionsFailed && attempt < ATTEMPTS) continue;
      throw error;
    }
  }
}

export const withdraw = fn(
  z.object({ id: Id, volunteerId: Id }),
  async ({ id, volunteerId }, now: Date = new Date()) => {
    const actor = Actor.coordinator();
    const result = await close(id, volunteerId, "withdrawn", now, {
      actorName: actor.name,
      letter: true,
    });
    if (!result.changed) throw new VisibleError(409, "not_allowed", "error.notAllowed");
  },
);

/** The request item takes its volunteer; only if nobody has it yet. */
function takeVisit(
  request: Request,
  volunteer: Volunteers.Volunteer,
  guard: "first-accept" | "version",
  now: Date,
  extra: Record<string, unknown> = {},
): TransactItem {
  const set = {
    status: "confirmed",
    volunteerId: volunteer.id,
    volunteerName: volunteer.name,
    gsi1pk: keys.byStatus("confirmed", request.startsAt, request.id).gsi1pk,
    ...extra,
  };
  if (guard === "version") return updateRequest(request, set, now);
  return updateRequest(request, set, now, {
    condition: "#st = :offered AND attribute_not_exists(volunteerId)",
    names: { "#st": "status" },
    values: { ":offered": "offered" },
  });
}

export type Outcome =
  | "accepted"
  | "already_accepted"
  | "declined"
  | "already_declined"
  | "covered"
  | "withdrawn"
  | "expired";

/** A volunteer presses "I can come" on their offer's page. */
export function accept(token: string, now = new Date()): Promise<Outcome> {
  return Link.actingAs(token, "offer", now, (target) => acceptAs(target, now));
}

async function acceptAs(target: Link.Target, now: Date): Promise<Outcome> {
  const volunteerId = target.volunteerId as string;
  for (let attempt = 1; ; attempt++) {
    const { request, offers } = await stateOf(target.requestId);
    const offer = offers.find((o) => o.volunteerId === volunteerId);
    if (!offer) throw new VisibleError(404, "link_invalid", "error.linkUnknown");
    const current = effectiveStatus(offer, request, now);
    if (current === "accepted") return "already_accepted";
    if (current !== "pending") return current;
    const volunteer = await Volunteers.get(volunteerId);
    if (volunteer?.status !== "active") return "withdrawn";

    const confirmed: Request = {
      ...request,
      status: "confirmed",
      volunteerId,
      volunteerName: volunteer.name,
    };
    const confirmation = confirmationItems(confirmed, volunteer, now);
    const at = now.toISOString();
    try {
      await transact([
        takeVisit(request, volunteer, "first-accept", now),
        {
          Update: {
            TableName: tableName(),
            Key: offerKey(request.id, volunteerId),
            UpdateExpression:
              "SET #status = :accepted, answeredAt = :at, via = :link REMOVE gsi1pk, gsi1sk",
            ConditionExpression: "#status = :pending AND expiresAt > :at",
            ExpressionAttributeNames: { "#status": "status" },
            ExpressionAttributeValues: {
              ":accepted": "accepted",
              ":pending": "pending",
              ":at": at,
              ":link": "link",
            },
          },
        },
        Counts.change("requests", { offered: -1, confirmed: 1 }),
        eventItem(request.id, {
          at,
          kind: "answer",
          volunteerName: volunteer.name,
          answer: "accepted",
          via: "link",
          actorName: volunteer.name,
        }),
        eventItem(request.id, {
          at,
          kind: "status",
          from: "offered",
          to: "confirmed",
          actorName: volunteer.name,
        }),
        Audit.entry("offer.accept", `request#${request.id}`, { volunteerId, via: "link" }, now),
        ...confirmation.items,
      ]);
      Outbox.dispatch(confirmation.mails);
      await settleOpenOffers(request.id, now);
      return "accepted";
    } catch (error) {
      // Someone else was first, or the offer changed: read again and say what happened.
      if (error instanceof ConditionsFailed && attempt < ATTEMPTS) continue;
      throw error;
    }
  }
}

export const DeclineInput = z.object({ reason: OptionalReason });

/** A volunteer presses "I can't come", with an optional reason. */
export async function decline(token: string, input: unknown, now = new Date()): Promise<Outcome> {
  const { reason } = DeclineInput.parse(input);
  return Link.actingAs(token, "offer", now, async (target) => {
    const result = await close(target.requestId, target.volunteerId as string, "declined", now, {
      ...(reason && { reason }),
    });
    if (result.changed) return "declined";
    if (result.status === "declined") return "already_declined";
    return result.status === "accepted" ? "already_accepted" : (result.status as Outcome);
  });
}

/** What a volunteer may know before answering: no surname, no contacts, no matter. */
export function visitView(request: Request) {
  return {
    firstName: Letters.firstName(request.client.name),
    sector: request.sector,
    municipality: request.municipality,
    place: request.place,
    date: request.date,
    startTime: request.startTime,
    durationMinutes: request.durationMinutes,
    languages: [
      ...request.client.languages,
      ...(request.client.otherLanguage ? [request.client.otherLanguage] : []),
    ],
  };
}

/** Everything the volunteer who has the visit needs, shown on their page only. */
export function detailsView(request: Request) {
  const onBehalf = request.requesterRole !== "client";
  return {
    clientName: request.client.name,
    clientPhone: request.client.phone,
    clientEmail: request.client.email,
    requesterName: onBehalf ? request.requester?.name : undefined,
    requesterOrganisation: request.requester?.organisation,
    requesterPhone: onBehalf ? request.requester?.phone : undefined,
    requesterEmail: onBehalf ? request.requester?.email : undefined,
    description: request.description,
    supportNeeds: request.supportNeeds,
    firstMeeting: request.firstMeeting,
  };
}

/** What the offer page shows. Reading changes nothing: mail scanners open links too. */
export async function viewByLink(token: string, now = new Date()) {
  const target = await Link.resolve(token, "offer", now);
  const { request, offers } = await stateOf(target.requestId);
  const offer = offers.find((o) => o.volunteerId === target.volunteerId);
  if (!offer) throw new VisibleError(404, "link_invalid", "error.linkUnknown");
  const status = effectiveStatus(offer, request, now);
  const hasVisit = status === "accepted" && request.status === "confirmed";
  return {
    status,
    requestStatus: request.status,
    expiresAt: offer.expiresAt,
    volunteerFirstName: Letters.firstName(offer.volunteerName),
    visit: visitView(request),
    ...(hasVisit && { details: detailsView(request) }),
  };
}

export const AssignInput = z.object({
  id: Id,
  version: z.number().int().min(1),
  volunteerId: Id,
  note: optionalParagraphs(1000),
  firstMeeting: FirstMeetingInput.optional(),
});

/** Agreed by phone: the coordinator gives the visit straight to a volunteer. */
export const assign = fn(AssignInput, async (input, now: Date = new Date()) => {
  const actor = Actor.coordinator();
  const { request } = await stateOf(input.id);
  if (!OFFERABLE.includes(request.status) || request.volunteerId) {
    throw new VisibleError(409, "not_allowed", "error.notAllowed");
  }
  if (request.startsAt <= now.toISOString()) {
    throw new VisibleError(409, "visit_passed", "error.visitPassed");
  }
  checkFirstMeeting(input.firstMeeting, request, now);
  const [volunteer] = await activeVolunteers([input.volunteerId]);
  if (!volunteer) throw new VisibleError(404, "not_found", "error.notFound");
  const at = now.toISOString();
  const confirmed: Request = {
    ...request,
    status: "confirmed",
    volunteerId: volunteer.id,
    volunteerName: volunteer.name,
    ...(input.firstMeeting && { firstMeeting: input.firstMeeting }),
  };
  const confirmation = confirmationItems(confirmed, volunteer, now);
  const offer: Offer = {
    id: createId("ofr"),
    requestId: request.id,
    volunteerId: volunteer.id,
    volunteerName: volunteer.name,
    status: "accepted",
    createdAt: at,
    expiresAt: request.startsAt,
    answeredAt: at,
    via: "phone",
    ...(input.note && { reason: input.note }),
  };
  await transactGuarded([
    takeVisit({ ...request, version: input.version }, volunteer, "version", now, {
      ...(input.firstMeeting && { firstMeeting: input.firstMeeting }),
    }),
    // The offers list shows it as agreed by phone (replacing an open offer to the same person).
    {
      Put: {
        TableName: tableName(),
        Item: { ...offerKey(request.id, volunteer.id), type: "offer", ...offer },
      },
    },
    Counts.change("requests", { [request.status]: -1, confirmed: 1 }),
    eventItem(request.id, {
      at,
      kind: "answer",
      volunteerName: volunteer.name,
      answer: "accepted",
      via: "phone",
      ...(input.note && { text: input.note }),
      actorName: actor.name,
    }),
    eventItem(request.id, {
      at,
      kind: "status",
      from: request.status,
      to: "confirmed",
      actorName: actor.name,
    }),
    Audit.entry(
      "request.assign",
      `request#${request.id}`,
      { volunteerId: volunteer.id, via: "phone" },
      now,
    ),
    ...confirmation.items,
  ]);
  Outbox.dispatch(confirmation.mails);
  await settleOpenOffers(request.id, now);
  return { status: "confirmed" as const };
});
