import { tableName } from "../db/client.ts";
import { queryAll } from "../db/query.ts";
import { close } from "../lifecycle/offering.ts";
import { settleOpenOffers } from "../lifecycle/settle.ts";

/**
 * The offer-expiry job. Finds pending offers whose time is up (gsi1 `offers#pending`, ordered by
 * expiry: no scan) and closes them; a request left without open offers goes back to matching
 * with an alert. Offers made moot meanwhile (someone else accepted, the request closed) are
 * recorded as such. Every step is conditional, so a second run, or two at once, changes nothing
 * more.
 */
export async function expireDue(now = new Date()) {
  const due = await queryAll({
    TableName: tableName(),
    IndexName: "gsi1",
    KeyConditionExpression: "gsi1pk = :pending AND gsi1sk <= :now",
    ExpressionAttributeValues: { ":pending": "offers#pending", ":now": `${now.toISOString()}#~` },
    ProjectionExpression: "requestId, volunteerId",
  });
  const totals = { expired: 0, settled: 0 };
  for (const item of due) {
    const requestId = item.requestId as string;
    const volunteerId = item.volunteerId as string;
    // `close` reads the offer as it stands; one made moot meanwhile comes back unchanged.
    const closed = await close(requestId, volunteerId, "expired", now, { actorName: "" });
    if (closed.changed) totals.expired++;
    else if (closed.status === "covered" || closed.status === "withdrawn") {
      totals.settled += await settleOpenOffers(
        requestId,
        now,
        (o) => o.volunteerId === volunteerId,
      );
    }
  }
  return totals;
}
