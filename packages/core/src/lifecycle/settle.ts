import { ConditionsFailed } from "../db/transact.ts";
import { Letters } from "../letters/index.ts";
import { addressed, Outbox } from "../mail/index.ts";
import { Offer } from "../offer/index.ts";
import { Request } from "../request/index.ts";
import { inPool } from "../util/pool.ts";
import { Volunteer } from "../volunteer/index.ts";
import type { Effects } from "./confirmation.ts";

/**
 * Open offers that lost their point — someone else has the visit, or the request was closed —
 * are closed and their volunteers told "no longer needed, thank you", so nobody keeps the time
 * free for nothing. Runs right after the change that made them moot; the offer-expiry job runs it
 * again for anything a crash left behind. Each offer's close is conditional and commits with its
 * email, so however often this runs, each volunteer hears once.
 */
export async function settleOpenOffers(
  requestId: string,
  now: Date,
  only?: (o: Offer.Offer) => boolean,
) {
  const state = await Offer.load(requestId);
  if (!state) return 0;
  const { request } = state;
  const moot = state.offers.filter((o) => {
    if (o.status !== "pending" || (only && !only(o))) return false;
    const status = Offer.effectiveStatus(o, request, now);
    return status === "covered" || status === "withdrawn";
  });
  const volunteers = await Volunteer.Volunteers.getMany(moot.map((o) => o.volunteerId));
  const closing = moot.map((offer): Effects => {
    const volunteer = volunteers.get(offer.volunteerId);
    const to = Offer.effectiveStatus(offer, request, now);
    return {
      items: [Offer.answer(offer, to === "covered" ? "covered" : "withdrawn", now)],
      mails: volunteer
        ? [
            Outbox.entry(
              Request.partitionOf(requestId),
              "offer-withdrawn",
              addressed(volunteer.email, Letters.offerWithdrawn(request, volunteer)),
              now,
            ),
          ]
        : [],
    };
  });
  // Usually a few offers: one transaction for them all. If one of them moved meanwhile, each
  // is settled on its own, so the others still are.
  const commit = async (group: Effects[]) => {
    try {
      await Outbox.commit(
        group.flatMap((c) => c.items),
        group.flatMap((c) => c.mails),
      );
      return group.length;
    } catch (error) {
      if (error instanceof ConditionsFailed) return 0;
      throw error;
    }
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
