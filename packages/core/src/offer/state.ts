import * as z from "zod";
import { type Condition, when } from "../db/expr.ts";
import { defineItem, queryEvery } from "../db/store.ts";
import { Request } from "../request/index.ts";
import type { TransactItem } from "../util/db-types.ts";
import { readVisit, type Visit } from "../visit/visit.ts";

/** What happened to an offer, as the volunteer who got it sees it. */
export const offerStatuses = [
  "pending",
  "accepted",
  "declined",
  "withdrawn",
  "expired",
  "covered",
] as const;
export type OfferStatus = (typeof offerStatuses)[number];

const StoredOffer = z.object({
  id: z.string(),
  requestId: z.string(),
  volunteerId: z.string(),
  volunteerName: z.string(),
  status: z.enum(offerStatuses),
  createdAt: z.string(),
  expiresAt: z.string(),
  answeredAt: z.string().optional(),
  reason: z.string().optional(),
  via: z.enum(["link", "phone"]).optional(),
});
export type Offer = z.output<typeof StoredOffer>;

interface OfferId {
  requestId: string;
  volunteerId: string;
}

const PENDING = "offers#pending";

/** One per volunteer asked, in the request's partition; pending ones in the expiry index. */
const Offers = defineItem({
  type: "offer",
  schema: StoredOffer,
  key: ({ requestId, volunteerId }: OfferId) => ({
    pk: Request.partitionOf(requestId),
    sk: `offer#${volunteerId}`,
  }),
  id: (o): OfferId => ({ requestId: o.requestId, volunteerId: o.volunteerId }),
  // gsi1 of a pending offer: the expiry job finds the due ones without a scan.
  index: (o) =>
    o.status === "pending"
      ? { gsi1pk: PENDING, gsi1sk: `${o.expiresAt}#${o.requestId}#${o.volunteerId}` }
      : undefined,
});

/** A new pending offer. A volunteer who declined earlier may be asked again; an open offer is not doubled. */
export const make = (offer: Offer) =>
  Offers.put(offer, when.or(when.notExists("pk"), when.ne("status", "pending")));

/** An offer recorded as it is (agreed by phone), replacing an open one to the same person. */
export const record = (offer: Offer) => Offers.put(offer);

/**
 * A pending offer answered or closed: it leaves the expiry index. Only while it is still
 * pending (and whatever else `also` demands).
 */
export function answer(
  id: OfferId,
  to: Exclude<OfferStatus, "pending">,
  now: Date,
  details: { reason?: string; via?: "link" | "phone"; also?: Condition } = {},
): TransactItem {
  return Offers.update(
    id,
    {
      set: { status: to, answeredAt: now.toISOString(), reason: details.reason, via: details.via },
      remove: ["gsi1pk", "gsi1sk"],
    },
    when.and(when.eq("status", "pending"), details.also),
  );
}

/** The accepted offer of a volunteer who then could not come counts as declined. */
export function declineAfterAll(id: OfferId, now: Date, reason?: string): TransactItem {
  return Offers.update(
    id,
    { set: { status: "declined", answeredAt: now.toISOString(), reason } },
    when.exists("pk"),
  );
}

/** Pending offers whose time is up (the expiry index, in time order). */
export async function dueBy(now: Date): Promise<OfferId[]> {
  const items = await queryEvery({
    index: "gsi1",
    partition: PENDING,
    range: { le: `${now.toISOString()}#~` },
    project: ["requestId", "volunteerId"],
  });
  return items.map((i) => Ids.parse(i));
}

/** Pending offers to one volunteer: a short list, read from the pending-offer index. */
export async function pendingFor(volunteerId: string): Promise<OfferId[]> {
  const items = await queryEvery({
    index: "gsi1",
    partition: PENDING,
    filter: when.eq("volunteerId", volunteerId),
    project: ["requestId", "volunteerId"],
  });
  return items.map((i) => Ids.parse(i));
}

/** How many offers are waiting for an answer after `now`. */
export async function openCount(now: Date): Promise<number> {
  const items = await queryEvery({
    index: "gsi1",
    partition: PENDING,
    range: { gt: now.toISOString() },
    project: ["requestId"],
  });
  return items.length;
}

const Ids = z.object({ requestId: z.string(), volunteerId: z.string() });

export interface RequestState {
  request: Request.Request;
  offers: Offer[];
  visit?: Visit;
}

/** A request with its offers and visit: one consistent Query of its partition. */
export async function load(requestId: string): Promise<RequestState | undefined> {
  const items = await Request.partitionOfTypes(requestId, ["request", "offer", "visit"]);
  const request = items.find((i) => i.type === "request");
  if (!request) return undefined;
  const visit = items.find((i) => i.type === "visit");
  return {
    request: Request.Requests.read(request),
    offers: items.filter((i) => i.type === "offer").map(Offers.read),
    ...(visit && { visit: readVisit(visit) }),
  };
}

/**
 * An offer's status as it stands: a pending offer is "covered" once someone else has the visit,
 * "withdrawn" once the request closed, and "expired" after its time even before the expiry job
 * has passed by.
 */
export function effectiveStatus(offer: Offer, request: Request.Request, now: Date): OfferStatus {
  if (offer.status !== "pending") return offer.status;
  if (request.volunteerId && request.volunteerId !== offer.volunteerId) return "covered";
  if (["cancelled", "no_volunteer", "completed"].includes(request.status)) return "withdrawn";
  if (offer.expiresAt <= now.toISOString()) return "expired";
  return "pending";
}

export function view(offer: Offer, request: Request.Request, now: Date) {
  return {
    volunteerId: offer.volunteerId,
    volunteerName: offer.volunteerName,
    status: effectiveStatus(offer, request, now),
    createdAt: offer.createdAt,
    expiresAt: offer.expiresAt,
    ...(offer.answeredAt && { answeredAt: offer.answeredAt }),
    ...(offer.reason && { reason: offer.reason }),
    ...(offer.via && { via: offer.via }),
  };
}
export type OfferView = ReturnType<typeof view>;
