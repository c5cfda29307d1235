import * as Alert from "../alert/index.ts";
import { Audit } from "../audit/index.ts";
import { Counts } from "../counts/index.ts";
import { when } from "../db/expr.ts";
import { Offer } from "../offer/index.ts";
import { Request } from "../request/index.ts";
import type { Visit } from "../visit/index.ts";
import { Visit as Visits } from "../visit/index.ts";
import type { Effects } from "./confirmation.ts";

/**
 * A confirmed visit given back by its volunteer: they can't come, they paused over it, or they
 * left. The request goes back to matching, the visit is cancelled, their offer counts as
 * declined, and the coordinators are alerted (at once, by email, when the volunteer did it
 * themself: someone may be left alone). One transaction, guarded by the request still being
 * this volunteer's.
 */
export async function giveBack(
  state: Offer.RequestState,
  visit: Visit.Visit,
  release: {
    volunteerName: string;
    reason?: string;
    /** `volunteer`: by their own link or pages; `coordinator`: the coordinator ended them. */
    by: "volunteer" | "coordinator";
    actorName: string;
  },
  now: Date,
): Promise<Effects> {
  const { request } = state;
  const kind = release.by === "volunteer" ? "volunteer_cancelled" : "volunteer_left";
  const at = now.toISOString();
  const { reason } = release;
  const offerId = { requestId: request.id, volunteerId: visit.volunteerId };
  const items = [
    Request.change(
      request,
      now,
      { status: "matching" },
      {
        when: when.and(when.eq("status", "confirmed"), when.eq("volunteerId", visit.volunteerId)),
        remove: ["volunteerId", "volunteerName"],
      },
    ),
    ...Visits.cancel(visit, now, release.by === "volunteer" ? "volunteer" : "coordinator"),
    Offer.declineAfterAll(offerId, now, reason),
    // Offers that lost to this volunteer stay lost: the coordinator decides whom to ask now.
    ...state.offers
      .filter((o) => o.status === "pending")
      .map((o) => Offer.answer(o, "covered", now)),
    Counts.change("requests", { confirmed: -1, matching: 1 }),
    ...timeline(request.id, visit.volunteerId, release, at),
    Alert.raise(kind, request, now),
    Audit.entry(
      "visit.cant_come",
      `request#${request.id}`,
      { volunteerId: visit.volunteerId, by: release.by },
      now,
    ),
  ];
  return { items, mails: await Alert.urgentMails(kind, request, now) };
}

/** The timeline's two entries: the volunteer stepped back, the request went back to matching. */
function timeline(
  requestId: string,
  volunteerId: string,
  release: { volunteerName: string; reason?: string; by: string; actorName: string },
  at: string,
) {
  const { reason, actorName } = release;
  return [
    Request.eventItem(requestId, {
      at,
      kind: "answer",
      volunteerName: release.volunteerName,
      volunteerId,
      answer: "declined",
      ...(release.by === "volunteer" && { via: "link" as const }),
      ...(reason && { reason }),
      actorName,
    }),
    Request.eventItem(requestId, {
      at,
      kind: "status",
      from: "confirmed",
      to: "matching",
      actorName,
    }),
  ];
}
