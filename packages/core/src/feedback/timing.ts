import { addDays, helsinkiDate, helsinkiToUtc } from "../util/time.ts";

/**
 * When surveys go out. After a visit: from 10:00 Helsinki time the day after it ended (not in
 * the evening of the visit, not at night), for a week; later than that a question about one
 * appointment is no longer fair to ask. Twice a year: spring from 15 March, autumn from
 * 15 September, each sent during its first 30 days only, so a system started in January does
 * not send last autumn's survey.
 */

export const AFTER_HOUR = "10:00";
export const AFTER_DAYS = 7;
export const ROUND_SENDING_DAYS = 30;
/** How long a semiannual survey's link may be answered. */
export const ROUND_OPEN_DAYS = 45;

export function afterWindow(endsAt: string): { from: Date; until: Date } {
  const dayAfter = addDays(helsinkiDate(new Date(endsAt)), 1);
  return {
    from: helsinkiToUtc(dayAfter, AFTER_HOUR),
    until: helsinkiToUtc(addDays(dayAfter, AFTER_DAYS), AFTER_HOUR),
  };
}

export const afterDue = (endsAt: string, now: Date) => {
  const { from, until } = afterWindow(endsAt);
  return from <= now && now < until;
};

export type Season = "spring" | "autumn";
export interface Round {
  /** e.g. `2027-spring`. */
  key: string;
  season: Season;
  startsOn: string;
}

const START: Record<Season, string> = { spring: "03-15", autumn: "09-15" };

/** The round whose first days `now` is in (Helsinki dates), or none. */
export function roundDue(now: Date): Round | undefined {
  const today = helsinkiDate(now);
  const year = today.slice(0, 4);
  for (const season of ["spring", "autumn"] as const) {
    const startsOn = `${year}-${START[season]}`;
    if (startsOn <= today && today < addDays(startsOn, ROUND_SENDING_DAYS)) {
      return { key: `${year}-${season}`, season, startsOn };
    }
  }
  return undefined;
}
