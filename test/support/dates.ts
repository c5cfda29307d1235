import { addDays, helsinkiDate } from "@rinnalla/core/util";

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export const weekdayOf = (isoDate: string) =>
  ((new Date(`${isoDate}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;

/**
 * The first Helsinki date at least `minDays` from today that falls on `weekday` (1 = Monday …
 * 7 = Sunday): for tests whose outcome depends on the weekday, whatever day they run on.
 */
export function dayAhead(minDays: number, weekday: number): string {
  let date = addDays(helsinkiDate(new Date()), minDays);
  while (weekdayOf(date) !== weekday) date = addDays(date, 1);
  return date;
}
