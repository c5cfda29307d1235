import { getMany, keyOf } from "../db/batch.ts";
import { tableName } from "../db/client.ts";
import { ConditionsFailed, transact } from "../db/transact.ts";
import { Letters } from "../letters/index.ts";
import { Outbox, render } from "../mail/index.ts";
import { effectiveStatus, load, type Offer, offerKey } from "../offer/state.ts";
import { keys } from "../request/request.ts";
import type { TransactItem } from "../util/db-types.ts";
import { inPool } from "../util/pool.ts";
import * as Volunteers from "../volunteer/volunteer.ts";

/**
 * Open offers that lost their point — someone else has the visit, or the request was closed —
 * are closed and their volunteers told "no longer needed, thank you", so nobody keeps the time
 * free for nothing. Runs right after the change that made them moot; the offer-expiry job runs it
 * again for anything a crash left behind. Each offer's close is conditional and commits with its
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
  const volunteers = await getMany(moot.map((o) => Volunteers.keys.volunteer(o.volunteerId)));
  const closing = moot.map((offer) => {
    const volunteer = volunteers.get(keyOf(Volunteers.keys.volunteer(offer.volunteerId))) as
      | Volunteers.Volunteer
      | undefined;
    const mail = volunteer
      ? Outbox.entry(
          keys.request(requestId).pk,
          "offer-withdrawn",
          render(volunteer.email, Letters.offerWithdrawn(request, volunteer)),
          now,
        )
      : undefined;
    const update: TransactItem = {
      Update: {
        TableName: tableName(),
        Key: offerKey(requestId, offer.volunteerId),
        UpdateExpression: "SET #status = :to, answeredAt = :now REMOVE gsi1pk, gsi1sk",
        ConditionExpression: "#status = :pending",
        ExpressionAttributeNames: { "#status": "status" },
        ExpressionAttributeValues: {
          ":to": effectiveStatus(offer, request, now),
          ":pending": "pending",
          ":now": now.toISOString(),
        },
      },
    };
    return { items: [update, ...(mail ? [mail.put] : [])], mails: mail ? [mail.key] : [] };
  });
  // Usually a few offers: one transaction for them all. If one of them moved meanwhile, each
  // is settled on its own, so the others still are.
  const commit = async (group: typeof closing) => {
    try {
      await transact(group.flatMap((c) => c.items));
    } catch (error) {
      if (error instanceof ConditionsFailed) return 0;
      throw error;
    }
    Outbox.dispatch(group.flatMap((c) => c.mails));
    return group.length;
  };
  const groups = chunk(closing, GROUP);
  const together = await inPool(groups, 4, commit);
  const settled = await inPool(
    groups.filter((_, i) => together[i] === 0).flat(),
    4,
    async (one) => (await commit([one])) > 0,
  );
  return together.reduce((a, b) => a + b, 0) + settled.filter(Boolean).length;
}

/** Offers settled in one transaction: two items each, well under DynamoDB's 100. */
const GROUP = 20;

function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
