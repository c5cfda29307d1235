import {
  Gathering,
  GatheringAfter,
  GatheringInvite,
  gatheringPartition,
  gatheringsOf,
  Rsvp,
  Season,
  seasonRecords,
  seasonSettings,
} from "../gathering/index.ts";
import { REMINDER_HOUR, SEASON_HOUR } from "../schedule/index.ts";
import { helsinkiDate, helsinkiHour } from "../util/time.ts";

/**
 * The gatherings' two jobs. Once a day the seasonal job makes sure each season has its
 * gathering: drafted on the season's draft day, missed (and said so) when nothing was invited
 * by its deadline. Every few minutes the gathering round invites whoever has not been invited
 * to a published gathering yet, gives free seats to the waiting, reminds guests the day before
 * (from 09:00) and deletes the needs asked for once a gathering is over.
 */

export async function seasonal(now = new Date()) {
  if (helsinkiHour(now) < SEASON_HOUR) return { drafted: 0, missed: 0, skipped: "before 08:00" };
  const [days, records] = await Promise.all([seasonSettings(), seasonRecords()]);
  const bySeason = new Map(records.map((r) => [r.season, r]));
  const actions = Season.seasonalActions(helsinkiDate(now), days, (season) => {
    const r = bySeason.get(season);
    return r && { drafted: !!r.draftedAt, invited: !!r.invitedAt, missed: !!r.missedAt };
  });
  let drafted = 0;
  let missed = 0;
  for (const action of actions) {
    if (action.kind === "draft" && (await Gathering.draftSeason(action.season, now))) drafted++;
    if (action.kind === "missed" && (await Gathering.markMissed(action.season, now))) missed++;
  }
  return { drafted, missed };
}

export async function round(now = new Date()) {
  const year = Number(helsinkiDate(now).slice(0, 4));
  const published = (await gatheringsOf([year - 1, year, year + 1])).filter(
    (g) => g.status === "published",
  );
  const totals = { invited: 0, movedUp: 0, reminded: 0, needsCleared: 0 };
  for (const g of published) {
    // Invitations only while answers are open; the partition is read only on the days it matters.
    if (Rsvp.answersOpen(g, now)) {
      totals.invited += (await GatheringInvite.inviteAll(g.id, now)).invited;
      totals.movedUp += await Rsvp.fillSeats(g.id, now);
    }
    const remindToday = helsinkiHour(now) >= REMINDER_HOUR && GatheringAfter.remindsOn(g, now);
    const clearToday = GatheringAfter.clearsNeedsOn(g, now);
    if (!remindToday && !clearToday) continue;
    const { guests } = await gatheringPartition(g.id);
    if (remindToday) totals.reminded += await GatheringAfter.remind(g, guests, now);
    if (clearToday) totals.needsCleared += await GatheringAfter.clearNeeds(g, guests, now);
  }
  return { gatherings: published.length, ...totals };
}
