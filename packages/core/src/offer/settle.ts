import { tableName } from "../db/client.ts";
import { ConditionsFailed, transact } from "../db/transact.ts";
import { Outbox, render } from "../mail/index.ts";
import { keys } from "../request/request.ts";
import { inPool } from "../util/pool.ts";
import * as Volunteers from "../volunteer/volunteer.ts";
import * as Letters from "./letters.ts";
import { effectiveStatus, load, type Offer, offerKey } from "./state.ts";

/**
 * Open offers that lost their point — someone else has the visit, or the request was closed —
 * are closed and their volunteers told "no longer needed, thank you", so nobody keeps the time
 * free for nothing. Runs right after the change that made them moot; the offer-expiry job runs it
 * again for anything a crash left behind. Each offer is its own conditional transaction with its
 * email, so however often this runs, each volunteer hears once.
 */
export async function settleOpenOffers(requestId: string, now: Date, only?: (o: Offer) => boolean) {
  const state = await load(requestId);
  if (!state) return 0;
  const { request } = state;
  const moot = state.offers.filter((o) => {
    if (o.status !== "pending" || (only && !only(o))) return false;
    const status = effectiveStatus(o, request, now);
    return status === "covered" || status === "withdrawn";
  });
  const settled = await inPool(moot, 4, async (offer) => {
    const to = effectiveStatus(offer, request, now);
    const volunteer = await Volunteers.get(offer.volunteerId);
    const mail = volunteer
      ? Outbox.entry(
          keys.request(requestId).pk,
          "offer-withdrawn",
          render(volunteer.email, Letters.offerWithdrawn(request, volunteer)),
          now,
        )
      : undefined;
    try {
      await transact([
        {
          Update: {
            TableName: tableName(),
            Key: offerKey(requestId, offer.volunteerId),
            UpdateExpression: "SET #status = :to, answeredAt = :now REMOVE gsi1pk, gsi1sk",
            ConditionExpression: "#status = :pending",
            ExpressionAttributeNames: { "#status": "status" },
            ExpressionAttributeValues: {
              ":to": to,
              ":pending": "pending",
              ":now": now.toISOString(),
            },
          },
        },
        ...(mail ? [mail.put] : []),
      ]);
    } catch (error) {
      if (error instanceof ConditionsFailed) return false;
      throw error;
    }
    if (mail) Outbox.dispatch([mail.key]);
    return true;
  });
  return settled.filter(Boolean).length;
}
