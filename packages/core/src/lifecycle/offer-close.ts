import * as Alert from "../alert/index.ts";
import { Audit } from "../audit/index.ts";
import { Counts } from "../counts/index.ts";
import { ConditionsFailed } from "../db/transact.ts";
import { Letters } from "../letters/index.ts";
import { addressed, Outbox } from "../mail/index.ts";
import { Offer, type OfferStatus } from "../offer/index.ts";
import { Request } from "../request/index.ts";
import { VisibleError } from "../util/errors.ts";
import { Volunteer } from "../volunteer/index.ts";

type Closing = "declined" | "withdrawn" | "expired";
const ATTEMPTS = 4;
const auditAction = {
  declined: "offer.decline",
  withdrawn: "offer.withdraw",
  expired: "offer.expire",
} as const;

export interface CloseOptions {
  reason?: string;
  /** Defaults to the volunteer the offer went to (they answered it themself). */
  actorName?: string;
  /** Tell the volunteer it is no longer needed (a coordinator withdrew it). */
  letter?: boolean;
}

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
  options: CloseOptions,
): Promise<{ status: OfferStatus; changed: boolean }> {
  for (let attempt = 1; ; attempt++) {
    const state = await Offer.load(requestId);
    const offer = state?.offers.find((o) => o.volunteerId === volunteerId);
    if (!state || !offer) throw new VisibleError(404, "not_found", "error.notFound");
    const current = Offer.effectiveStatus(offer, state.request, now);
    // Expiry is the one closing that applies to an offer already past its time.
    if (current !== "pending" && !(to === "expired" && current === "expired")) {
      return { status: current, changed: false };
    }
    if (offer.status !== "pending") return { status: offer.status, changed: false };
    try {
      const effects = await closing(state, offer, to, now, options);
      await Outbox.commit(effects.items, effects.mails);
      return { status: to, changed: true };
    } catch (error) {
      // The offer or the request moved meanwhile: look again.
      if (error instanceof ConditionsFailed && attempt < ATTEMPTS) continue;
      throw error;
    }
  }
}

async function closing(
  state: Offer.RequestState,
  offer: Offer.Offer,
  to: Closing,
  now: Date,
  options: CloseOptions,
) {
  const { request } = state;
  const at = now.toISOString();
  const id = { requestId: request.id, volunteerId: offer.volunteerId };
  const othersOpen = state.offers.some(
    (o) =>
      o.volunteerId !== offer.volunteerId && Offer.effectiveStatus(o, request, now) === "pending",
  );
  const lastOpen = request.status === "offered" && !request.volunteerId && !othersOpen;
  const volunteer = options.letter ? await Volunteer.get(offer.volunteerId) : undefined;
  const mails = volunteer
    ? [
        Outbox.entry(
          Request.partitionOf(request.id),
          "offer-withdrawn",
          addressed(volunteer.email, Letters.offerWithdrawn(request, volunteer)),
          now,
        ),
      ]
    : [];
  const items = [
    Offer.answer(id, to, now, { ...(options.reason && { reason: options.reason }) }),
    Request.eventItem(request.id, {
      at,
      kind: "answer",
      volunteerName: offer.volunteerName,
      volunteerId: offer.volunteerId,
      answer: to,
      ...(options.reason && { reason: options.reason }),
      actorName: options.actorName ?? offer.volunteerName,
    }),
    Audit.entry(auditAction[to], `request#${request.id}`, { volunteerId: offer.volunteerId }, now),
    ...(lastOpen
      ? [
          Request.change(request, now, { status: "matching" }),
          Counts.change("requests", { offered: -1, matching: 1 }),
          Request.eventItem(request.id, {
            at,
            kind: "status",
            from: "offered",
            to: "matching",
            actorName: "",
          }),
          ...(to === "withdrawn"
            ? []
            : [
                Alert.raise(to === "declined" ? "offers_declined" : "offers_expired", request, now),
              ]),
        ]
      : []),
  ];
  return { items, mails };
}
