import * as z from "zod";
import * as Actor from "../actor/index.ts";
import { Audit } from "../audit/index.ts";
import { Counts } from "../counts/index.ts";
import { ConditionsFailed } from "../db/transact.ts";
import { Feedback } from "../feedback/index.ts";
import { Letters } from "../letters/index.ts";
import * as Link from "../link/index.ts";
import { Outbox } from "../mail/index.ts";
import { answerBy, Offer } from "../offer/index.ts";
import { Reach, shortWhen } from "../reach/index.ts";
import { Request, type Status } from "../request/index.ts";
import { VisibleError } from "../util/errors.ts";
import { fn } from "../util/fn.ts";
import { createId } from "../util/id.ts";
import { line, optionalParagraphs } from "../util/text.ts";
import { helsinkiDate, isIsoDate } from "../util/time.ts";
import { Volunteer } from "../volunteer/index.ts";
import { confirmation } from "./confirmation.ts";
import { close } from "./offer-close.ts";
import { settleOpenOffers } from "./settle.ts";
import { detailsView, visitView } from "./views.ts";

export { close } from "./offer-close.ts";
export { settleOpenOffers } from "./settle.ts";

/**
 * Offers: the coordinator asks one volunteer or a few; each answers through their own link. The
 * first accept wins by a conditional write on the request (nobody has the visit yet), so
 * however many press "I can come" at once, exactly one gets the visit and the rest are told it
 * is covered. When the last open offer is declined or expires, the request goes back to
 * matching in the same transaction, and the coordinator gets an alert.
 */

type Req = Request.Request;

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

async function stateOf(requestId: string): Promise<Offer.RequestState> {
  const state = await Offer.load(requestId);
  if (!state) throw new VisibleError(404, "not_found", "error.notFound");
  return state;
}

/** Offers and direct assignments are for a request nobody has yet, before its visit. */
function checkOfferable(request: Req, now: Date, meeting?: z.infer<typeof FirstMeetingInput>) {
  if (!OFFERABLE.includes(request.status) || request.volunteerId) {
    throw new VisibleError(409, "not_allowed", "error.notAllowed");
  }
  if (request.startsAt <= now.toISOString()) {
    throw new VisibleError(409, "visit_passed", "error.visitPassed");
  }
  if (meeting && (meeting.date < helsinkiDate(now) || meeting.date > request.date)) {
    throw new VisibleError(400, "validation", "error.validation", {
      "firstMeeting.date": "error.firstMeetingDate",
    });
  }
}

async function activeVolunteers(ids: string[]): Promise<Volunteer.Volunteer[]> {
  const found = await Promise.all(ids.map((id) => Volunteer.get(id)));
  const active = found.filter((v): v is Volunteer.Volunteer => v?.status === "active");
  if (active.length !== ids.length) {
    throw new VisibleError(400, "validation", "error.validation", {
      volunteerIds: "error.notAvailable",
    });
  }
  return active;
}

/** The coordinator offers the visit to one to five volunteers; each gets an email with a link. */
export const make = fn(MakeInput, async (input, now: Date = new Date()) => {
  const actor = Actor.coordinator();
  const { request, offers } = await stateOf(input.id);
  checkOfferable(request, now, input.firstMeeting);
  const open = offers.filter((o) => Offer.effectiveStatus(o, request, now) === "pending");
  if (input.volunteerIds.some((id) => open.some((o) => o.volunteerId === id))) {
    throw new VisibleError(400, "validation", "error.validation", {
      volunteerIds: "error.alreadyOffered",
    });
  }
  const volunteers = await activeVolunteers(input.volunteerIds);
  const expiresAt = answerBy(now, input.expiresInHours, new Date(request.startsAt));
  const next: Req = { ...request, ...(input.firstMeeting && { firstMeeting: input.firstMeeting }) };
  const made = volunteers.map((v) => offerTo(next, v, expiresAt, now));
  await Outbox.commitGuarded(
    [
      Request.change({ ...request, version: input.version }, now, {
        status: "offered",
        ...(input.firstMeeting && { firstMeeting: input.firstMeeting }),
      }),
      ...made.flatMap((m) => m.items),
      ...(request.status !== "offered"
        ? [Counts.change("requests", { [request.status]: -1, offered: 1 })]
        : []),
      Request.eventItem(request.id, {
        at: now.toISOString(),
        kind: "offer",
        volunteerNames: volunteers.map((v) => v.name),
        volunteerIds: volunteers.map((v) => v.id),
        actorName: actor.name,
      }),
      Audit.entry(
        "offer.create",
        `request#${request.id}`,
        { volunteerIds: volunteers.map((v) => v.id), expiresAt: expiresAt.toISOString() },
        now,
      ),
    ],
    made.flatMap((m) => m.mails),
  );
  return { status: "offered" as const, offers: made.map((m) => Offer.view(m.offer, next, now)) };
});

/** One volunteer's offer: the offer, its link, and the email that carries it. */
function offerTo(request: Req, volunteer: Volunteer.Volunteer, expiresAt: Date, now: Date) {
  const offer: Offer.Offer = {
    id: createId("ofr"),
    requestId: request.id,
    volunteerId: volunteer.id,
    volunteerName: volunteer.name,
    status: "pending",
    createdAt: now.toISOString(),
    expiresAt: expiresAt.toISOString(),
  };
  const validUntil = new Date(Date.parse(request.startsAt) + 86_400_000);
  const link = Link.issue(
    { purpose: "offer", requestId: request.id, volunteerId: volunteer.id },
    validUntil,
    "/offer",
  );
  // By email, text or both, as the volunteer chose: the text without the client or the matter.
  const mails = Reach.forVolunteer(
    Request.partitionOf(request.id),
    "offer",
    volunteer,
    {
      letter: Letters.offer(request, volunteer, link.url, expiresAt),
      text: {
        when: shortWhen(volunteer.locale, request.date, request.startTime),
        municipality: request.municipality,
      },
      link: { url: link.url, validUntil },
    },
    now,
  );
  return { offer, items: [Offer.make(offer), link.put], mails };
}

/** Coordinator: the offers of a request as they stand. */
export async function list(requestId: string, now = new Date()) {
  const { request, offers } = await stateOf(requestId);
  return offers
    .map((o) => Offer.view(o, request, now))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
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
    const current = Offer.effectiveStatus(offer, request, now);
    if (current === "accepted") return "already_accepted";
    if (current !== "pending") return current;
    const volunteer = await Volunteer.get(volunteerId);
    if (volunteer?.status !== "active") return "withdrawn";
    const before = await Feedback.clientBefore(request, now);
    const confirmed = confirmation(request, volunteer, { kind: "link" }, now, before);
    try {
      await Outbox.commit(confirmed.items, confirmed.mails);
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

/** What the offer page shows. Reading changes nothing: mail scanners open links too. */
export async function viewByLink(token: string, now = new Date()) {
  const target = await Link.resolve(token, "offer", now);
  const { request, offers } = await stateOf(target.requestId);
  const offer = offers.find((o) => o.volunteerId === target.volunteerId);
  if (!offer) throw new VisibleError(404, "link_invalid", "error.linkUnknown");
  const status = Offer.effectiveStatus(offer, request, now);
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
  checkOfferable(request, now, input.firstMeeting);
  const [volunteer] = await activeVolunteers([input.volunteerId]);
  if (!volunteer) throw new VisibleError(404, "not_found", "error.notFound");
  const before = await Feedback.clientBefore(request, now);
  const confirmed = confirmation(
    { ...request, version: input.version },
    volunteer,
    {
      kind: "phone",
      actorName: actor.name,
      ...(input.note && { note: input.note }),
      ...(input.firstMeeting && { firstMeeting: input.firstMeeting }),
    },
    now,
    before,
  );
  await Outbox.commitGuarded(confirmed.items, confirmed.mails);
  await settleOpenOffers(request.id, now);
  return { status: "confirmed" as const };
});
