import * as Actor from "../actor/index.ts";
import { ConditionsFailed } from "../db/transact.ts";
import * as Link from "../link/index.ts";
import { Outbox } from "../mail/index.ts";
import { Offer } from "../offer/index.ts";
import { fn } from "../util/fn.ts";
import { log } from "../util/log.ts";
import { helsinkiDate } from "../util/time.ts";
import { Visit } from "../visit/index.ts";
import { Volunteer } from "../volunteer/index.ts";
import { close } from "./offer-close.ts";
import { giveBack } from "./release.ts";

/**
 * A volunteer stepping back, as it touches everything else: when they end, or pause over
 * visits they had taken, those visits go back to matching (with an alert), their open offers
 * are withdrawn, and — when they end — every link they hold stops working. Each visit is
 * released in its own conditional transaction after the status change, so running it again
 * changes nothing more.
 */

/** A coordinator moves a volunteer along their lifecycle. */
export const changeStatus = fn(
  Volunteer.changeStatus.schema,
  async (input, now: Date = new Date()) => {
    const actor = Actor.coordinator();
    const detail = await Volunteer.changeStatus(input, now);
    const { to, until } = input.change;
    if (to === "ended" || to === "paused") {
      await stepBack(
        input.id,
        { until: to === "paused" ? until : undefined, ended: to === "ended" },
        {
          by: "coordinator",
          actorName: actor.name,
        },
        now,
      );
    }
    return detail;
  },
);

/** A volunteer pauses themself: visits they had taken during the pause go back to matching. */
export const pauseSelf = fn(Volunteer.pauseSelf.schema, async (input, now: Date = new Date()) => {
  const actor = Actor.volunteer();
  const me = await Volunteer.pauseSelf(input, now);
  await stepBack(
    actor.volunteerId,
    { until: input.until, ended: false },
    {
      by: "volunteer",
      actorName: actor.name,
    },
    now,
  );
  return me;
});

async function stepBack(
  volunteerId: string,
  scope: { until?: string; ended: boolean },
  by: { by: "volunteer" | "coordinator"; actorName: string },
  now: Date,
) {
  const released = await releaseUpcoming(volunteerId, scope.until, by, now);
  const withdrawn = await withdrawOpenOffers(volunteerId, by.actorName, now);
  const revoked = scope.ended ? await Link.revokeAllOf(volunteerId) : 0;
  return { released, withdrawn, revoked };
}

/** Planned visits from now on (through `until`, a Helsinki date, when given). */
async function releaseUpcoming(
  volunteerId: string,
  until: string | undefined,
  by: { by: "volunteer" | "coordinator"; actorName: string },
  now: Date,
): Promise<number> {
  const at = now.toISOString();
  const upcoming = (await Visit.ofVolunteer(volunteerId)).filter(
    (v) =>
      v.status === "planned" &&
      v.startsAt > at &&
      (!until || helsinkiDate(new Date(v.startsAt)) <= until),
  );
  let released = 0;
  for (const entry of upcoming) {
    const state = await Offer.load(entry.requestId);
    const visit = state?.visit;
    if (!state || visit?.status !== "planned" || visit.volunteerId !== volunteerId) continue;
    const volunteerName = state.request.volunteerName ?? "";
    const release = await giveBack(state, visit, { volunteerName, ...by }, now);
    try {
      await Outbox.commit(release.items, release.mails);
    } catch (error) {
      // Moved meanwhile (reported, cancelled, released by the volunteer): nothing to release.
      if (error instanceof ConditionsFailed) continue;
      throw error;
    }
    released++;
  }
  return released;
}

/** Pending offers to the volunteer: a short list, read from the pending-offer index. */
async function withdrawOpenOffers(volunteerId: string, actorName: string, now: Date) {
  let withdrawn = 0;
  for (const { requestId } of await Offer.pendingFor(volunteerId)) {
    const result = await close(requestId, volunteerId, "withdrawn", now, { actorName });
    if (result.changed) withdrawn++;
    else log.debug("offer already closed", { requestId });
  }
  return withdrawn;
}
