import { Offering } from "../lifecycle/index.ts";
import { Offer } from "../offer/index.ts";

/**
 * The offer-expiry job. Finds pending offers whose time is up (gsi1 `offers#pending`, ordered by
 * expiry: no scan) and closes them; a request left without open offers goes back to matching
 * with an alert. Offers made moot meanwhile (someone else accepted, the request closed) are
 * recorded as such. Every step is conditional, so a second run, or two at once, changes nothing
 * more.
 */
export async function expireDue(now = new Date()) {
  const totals = { expired: 0, settled: 0 };
  for (const { requestId, volunteerId } of await Offer.dueBy(now)) {
    // `close` reads the offer as it stands; one made moot meanwhile comes back unchanged.
    const closed = await Offering.close(requestId, volunteerId, "expired", now, { actorName: "" });
    if (closed.changed) totals.expired++;
    else if (closed.status === "covered" || closed.status === "withdrawn") {
      totals.settled += await Offering.settleOpenOffers(
        requestId,
        now,
        (o) => o.volunteerId === volunteerId,
      );
    }
  }
  return totals;
}
