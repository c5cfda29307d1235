import { Letters } from "../letters/index.ts";
import * as Link from "../link/index.ts";
import { Outbox, render } from "../mail/index.ts";
import * as Client from "../request/client.ts";
import type { Request } from "../request/request.ts";
import { keys } from "../request/request.ts";
import { confirmationAddress } from "../request/schema.ts";
import type { TransactItem } from "../util/db-types.ts";
import * as Visit from "../visit/visit.ts";
import type { Volunteer } from "../volunteer/volunteer.ts";

/**
 * Everything that follows "a volunteer has the visit", however it happened (a link, a phone
 * call): the visit is planned, the client's continuity noted, and the confirmations written —
 * to the volunteer with a calendar entry, and to the requester and the client, who are always
 * told that a support person is coming.
 */
export function confirmationItems(request: Request, volunteer: Volunteer, now: Date) {
  const start = new Date(request.startsAt);
  const end = new Date(start.getTime() + request.durationMinutes * 60_000);
  const owner = keys.request(request.id).pk;
  // The volunteer's page for this visit: details, "I can't come", and afterwards the report.
  const page = Link.issue(
    { purpose: "visit", requestId: request.id, volunteerId: volunteer.id },
    new Date(end.getTime() + 30 * 86_400_000),
    "/visit",
  );
  const volunteerMail = Outbox.entry(
    owner,
    "visit-confirmed",
    render(volunteer.email, Letters.visitConfirmed(request, volunteer, page.url), [
      Letters.calendarEntry(request, volunteer.locale, page.url, now),
    ]),
    now,
  );
  const cancel = Link.issue({ purpose: "cancel", requestId: request.id }, start, "/cancel");
  const requesterAddress = confirmationAddress(request as never);
  const clientAddress =
    request.requesterRole !== "client" && request.client.email !== requesterAddress
      ? request.client.email
      : undefined;
  const found = [
    ...(requesterAddress
      ? [
          Outbox.entry(
            owner,
            "support-found",
            render(requesterAddress, Letters.supportFound(request, volunteer.name, cancel.url)),
            now,
          ),
        ]
      : []),
    ...(clientAddress
      ? [
          Outbox.entry(
            owner,
            "support-found-client",
            render(
              clientAddress,
              Letters.supportFound(request, volunteer.name, cancel.url, request.client.name),
            ),
            now,
          ),
        ]
      : []),
  ];
  const items: TransactItem[] = [
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
    volunteerMail.put,
    ...(found.length ? [cancel.put, ...found.map((m) => m.put)] : []),
    ...(request.clientKey ? [Client.member(request.clientKey, request.id, volunteer.id)] : []),
  ];
  return { items, mails: [volunteerMail.key, ...found.map((m) => m.key)] };
}

/**
 * A confirmed visit called off (by the coordinator or the requester): the visit is cancelled and
 * the volunteer told at once.
 */
export function releaseItems(
  request: Request,
  volunteer: Volunteer | undefined,
  now: Date,
  by: "requester" | "coordinator",
) {
  if (!request.volunteerId) return { items: [] as TransactItem[], mails: [] };
  const mail = volunteer
    ? Outbox.entry(
        keys.request(request.id).pk,
        "visit-cancelled",
        render(volunteer.email, Letters.visitCancelled(request, volunteer)),
        now,
      )
    : undefined;
  return {
    items: [
      ...Visit.cancel(
        { requestId: request.id, volunteerId: request.volunteerId, startsAt: request.startsAt },
        now,
        by,
      ),
      ...(mail ? [mail.put] : []),
    ],
    mails: mail ? [mail.key] : [],
  };
}
