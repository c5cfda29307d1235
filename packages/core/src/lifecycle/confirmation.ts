import { Audit } from "../audit/index.ts";
import { Counts } from "../counts/index.ts";
import { when } from "../db/expr.ts";
import { Feedback, FeedbackLetters } from "../feedback/index.ts";
import { Letters } from "../letters/index.ts";
import * as Link from "../link/index.ts";
import { addressed, Outbox } from "../mail/index.ts";
import { Monthly, Tally } from "../monthly/index.ts";
import { Offer } from "../offer/index.ts";
import { Reach, shortWhen } from "../reach/index.ts";
import { Client, Request } from "../request/index.ts";
import type { TransactItem } from "../util/db-types.ts";
import { createId } from "../util/id.ts";
import { Visit } from "../visit/index.ts";
import type { Volunteer } from "../volunteer/index.ts";

type Req = Request.Request;

/** A change and the emails it causes, committed together (`Outbox.commit`). */
export interface Effects {
  items: TransactItem[];
  mails: Outbox.Entry[];
}

/** How a volunteer came to have the visit: their own link, or a coordinator after a call. */
export type Via =
  | { kind: "link" }
  | { kind: "phone"; actorName: string; note?: string; firstMeeting?: Req["firstMeeting"] };

/**
 * Everything that "a volunteer has the visit" is, however it happened: the request takes its
 * volunteer (by the link only if nobody has it yet; by phone on the version the coordinator
 * saw), the offer is recorded, the visit planned, the client's continuity noted, and the
 * confirmations written — to the volunteer with a calendar entry, and to the requester and the
 * client, who are always told that a support person is coming.
 */
/** The client's "before" survey, when they get one (see `Feedback.clientBefore`). */
export type BeforeSurvey = Awaited<ReturnType<typeof Feedback.clientBefore>>;

export function confirmation(
  request: Req,
  volunteer: Volunteer.Volunteer,
  via: Via,
  now: Date,
  before?: BeforeSurvey,
) {
  const at = now.toISOString();
  const actorName = via.kind === "link" ? volunteer.name : via.actorName;
  const confirmed: Req = {
    ...request,
    status: "confirmed",
    volunteerId: volunteer.id,
    volunteerName: volunteer.name,
    ...(via.kind === "phone" && via.firstMeeting && { firstMeeting: via.firstMeeting }),
  };
  const planned = visitItems(confirmed, volunteer, now, before);
  const items: TransactItem[] = [
    ...takeVisit(request, volunteer, via, now),
    Counts.change("requests", { [request.status]: -1, confirmed: 1 }),
    ...Monthly.count([Tally.requestConfirmed(request, at)]),
    Request.eventItem(request.id, {
      at,
      kind: "answer",
      volunteerName: volunteer.name,
      volunteerId: volunteer.id,
      answer: "accepted",
      via: via.kind,
      ...(via.kind === "phone" && via.note && { text: via.note }),
      actorName,
    }),
    Request.eventItem(request.id, {
      at,
      kind: "status",
      from: request.status,
      to: "confirmed",
      actorName,
    }),
    Audit.entry(
      via.kind === "link" ? "offer.accept" : "request.assign",
      `request#${request.id}`,
      { volunteerId: volunteer.id, via: via.kind },
      now,
    ),
    ...planned.items,
    ...Feedback.partnerContact(request, now),
  ];
  return { items, mails: planned.mails };
}

/**
 * The request takes its volunteer — by the link only if nobody has it yet and the offer is
 * still open; by phone on the version the coordinator saw — and the offer says how.
 */
function takeVisit(request: Req, volunteer: Volunteer.Volunteer, via: Via, now: Date) {
  const at = now.toISOString();
  const offerId = { requestId: request.id, volunteerId: volunteer.id };
  const meeting =
    via.kind === "phone" && via.firstMeeting ? { firstMeeting: via.firstMeeting } : {};
  const taken = {
    status: "confirmed" as const,
    volunteerId: volunteer.id,
    volunteerName: volunteer.name,
    ...meeting,
  };
  if (via.kind === "link") {
    return [
      Request.change(request, now, taken, {
        when: when.and(when.eq("status", "offered"), when.notExists("volunteerId")),
      }),
      Offer.answer(offerId, "accepted", now, { via: "link", also: when.gt("expiresAt", at) }),
    ];
  }
  return [
    Request.change(request, now, taken),
    // The offers list shows it as agreed by phone (replacing an open offer to the same person).
    Offer.record({
      id: createId("ofr"),
      ...offerId,
      volunteerName: volunteer.name,
      status: "accepted",
      createdAt: at,
      expiresAt: request.startsAt,
      answeredAt: at,
      via: "phone",
      ...(via.note && { reason: via.note }),
    }),
  ];
}

/** The visit planned, its page for the volunteer, and everyone told. */
function visitItems(
  request: Req,
  volunteer: Volunteer.Volunteer,
  now: Date,
  before?: BeforeSurvey,
): Effects {
  const start = new Date(request.startsAt);
  const end = new Date(start.getTime() + request.durationMinutes * 60_000);
  // The volunteer's page for this visit: details, "I can't come", and afterwards the report.
  const page = Link.issue(
    { purpose: "visit", requestId: request.id, volunteerId: volunteer.id },
    new Date(end.getTime() + 30 * 86_400_000),
    "/visit",
  );
  const toVolunteer = visitConfirmed(
    request,
    volunteer,
    {
      url: page.url,
      validUntil: new Date(end.getTime() + 30 * 86_400_000),
    },
    now,
  );
  const cancel = Link.issue({ purpose: "cancel", requestId: request.id }, start, "/cancel");
  const found = supportFound(
    request,
    volunteer.name,
    { url: cancel.url, validUntil: start },
    now,
    before?.url,
  );
  return {
    items: [
      ...Visit.plan(
        {
          requestId: request.id,
          volunteerId: volunteer.id,
          startsAt: request.startsAt,
          endsAt: end.toISOString(),
          ...(request.clientKey && { clientKey: request.clientKey }),
        },
        {
          durationMinutes: request.durationMinutes,
          municipality: request.municipality,
          sector: request.sector,
        },
        now,
      ),
      page.put,
      ...(found.length ? [cancel.put] : []),
      // The survey only if the email carrying its link goes: to the client's own address.
      ...(before && found.some((m) => m.to === request.client.email) ? before.items : []),
      ...(request.clientKey ? [Client.member(request.clientKey, request.id, volunteer.id)] : []),
    ],
    mails: [...toVolunteer, ...found],
  };
}

/** "You have the visit", by the volunteer's channel: the calendar entry with the email only. */
function visitConfirmed(
  request: Req,
  volunteer: Volunteer.Volunteer,
  page: { url: string; validUntil: Date },
  now: Date,
) {
  return Reach.forVolunteer(
    Request.partitionOf(request.id),
    "visit-confirmed",
    volunteer,
    {
      letter: Letters.visitConfirmed(request, volunteer, page.url),
      attachments: [Letters.calendarEntry(request, volunteer.locale, page.url, now)],
      text: {
        when: shortWhen(volunteer.locale, request.date, request.startTime),
        municipality: request.municipality,
      },
      link: page,
    },
    now,
  );
}

/**
 * "A support person has been found": to the requester (by email, text or both, as they chose),
 * and by email to the client when someone else asked. The text carries the cancel link, short.
 */
function supportFound(
  request: Req,
  volunteerName: string,
  cancel: { url: string; validUntil: Date },
  now: Date,
  surveyUrl?: string,
) {
  const owner = Request.partitionOf(request.id);
  const requester = Request.contactOf(request);
  const client =
    request.requesterRole !== "client" && request.client.email !== requester.email
      ? request.client.email
      : undefined;
  const survey = (to: string | undefined) =>
    surveyUrl && to === request.client.email
      ? FeedbackLetters.beforeBlocks(request.locale, surveyUrl)
      : [];
  const found = (clientName: string | undefined, blocks: ReturnType<typeof survey>) =>
    Letters.supportFound(request, volunteerName, cancel.url, clientName, blocks);
  const toRequester = Reach.entries(
    owner,
    "support-found",
    requester,
    {
      letter: found(undefined, survey(requester.email)),
      text: { name: volunteerName, when: Request.shortWhenOf(request) },
      link: cancel,
    },
    now,
  );
  const toClient = client
    ? [
        {
          to: client,
          ...Outbox.entry(
            owner,
            "support-found-client",
            addressed(client, found(request.client.name, survey(client))),
            now,
          ),
        },
      ]
    : [];
  return [...toRequester, ...toClient];
}

/**
 * A confirmed visit called off (by the coordinator or the requester): the visit is cancelled and
 * the volunteer told at once.
 */
export function releaseItems(
  request: Req,
  volunteer: Volunteer.Volunteer | undefined,
  now: Date,
  by: "requester" | "coordinator",
): Effects {
  if (!request.volunteerId) return { items: [], mails: [] };
  const mail = volunteer
    ? Outbox.entry(
        Request.partitionOf(request.id),
        "visit-cancelled",
        addressed(volunteer.email, Letters.visitCancelled(request, volunteer)),
        now,
      )
    : undefined;
  return {
    items: Visit.cancel(
      { requestId: request.id, volunteerId: request.volunteerId, startsAt: request.startsAt },
      now,
      by,
    ),
    mails: mail ? [mail] : [],
  };
}
