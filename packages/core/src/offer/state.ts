import { tableName } from "../db/client.ts";
import { queryAll } from "../db/query.ts";
import type { Request } from "../request/request.ts";
import { keys } from "../request/request.ts";
import type { Visit } from "../visit/visit.ts";

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

export interface Offer {
  id: string;
  requestId: string;
  volunteerId: string;
  volunteerName: string;
  status: OfferStatus;
  createdAt: string;
  expiresAt: string;
  answeredAt?: string;
  reason?: string;
  via?: "link" | "phone";
}

export const offerKey = (requestId: string, volunteerId: string) => ({
  pk: keys.request(requestId).pk,
  sk: `offer#${volunteerId}`,
});

/** gsi1 of a pending offer: the expiry job finds the due ones without a scan. */
export const pendingIndex = (o: Pick<Offer, "expiresAt" | "requestId" | "volunteerId">) => ({
  gsi1pk: "offers#pending",
  gsi1sk: `${o.expiresAt}#${o.requestId}#${o.volunteerId}`,
});

export interface RequestState {
  request: Request;
  offers: Offer[];
  visit?: Visit;
}

const strip = <T>(item: Record<string, unknown>): T => {
  const { pk: _pk, sk: _sk, gsi1pk: _a, gsi1sk: _b, type: _t, ...rest } = item;
  return rest as T;
};

/** A request with its offers and visit: one consistent Query of its partition. */
export async function load(requestId: string): Promise<RequestState | undefined> {
  const items = await queryAll({
    TableName: tableName(),
    KeyConditionExpression: "pk = :pk",
    FilterExpression: "#type IN (:request, :offer, :visit)",
    ExpressionAttributeNames: { "#type": "type" },
    ExpressionAttributeValues: {
      ":pk": keys.request(requestId).pk,
      ":request": "request",
      ":offer": "offer",
      ":visit": "visit",
    },
    ConsistentRead: true,
  });
  const request = items.find((i) => i.type === "request");
  if (!request) return undefined;
  const visit = items.find((i) => i.type === "visit");
  return {
    request: strip<Request>(request),
    offers: items.filter((i) => i.type === "offer").map((i) => strip<Offer>(i)),
    ...(visit && { visit: strip<Visit>(visit) }),
  };
}

/**
 * An offer's status as it stands: a pending offer is "covered" once someone else has the visit,
 * "withdrawn" once the request closed, and "expired" after its time even before the expiry job
 * has passed by.
 */
export function effectiveStatus(offer: Offer, request: Request, now: Date): OfferStatus {
  if (offer.status !== "pending") return offer.status;
  if (request.volunteerId && request.volunteerId !== offer.volunteerId) return "covered";
  if (["cancelled", "no_volunteer", "completed"].includes(request.status)) return "withdrawn";
  if (offer.expiresAt <= now.toISOString()) return "expired";
  return "pending";
}

export function view(offer: Offer, request: Request, now: Date) {
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
