import { addDays, helsinkiDate, helsinkiHour, helsinkiToUtc } from "../util/time.ts";

/**
 * When an offer must be answered by. Volunteers are not asked to answer in the night: a deadline
 * that would fall between 20:00 and 08:00 Helsinki time moves forward to 08:00. It never passes
 * the visit's start; if the start itself is in the night, the deadline is the evening before at
 * 20:00 when that is still ahead, else the start (an offer made that late has no daytime left).
 */
export const DAY_STARTS = 8;
export const EVENING_STARTS = 20;

export function answerBy(now: Date, hours: number, visitStartsAt: Date): Date {
  const wanted = forwardToDaytime(new Date(now.getTime() + hours * 3_600_000));
  if (wanted.getTime() <= visitStartsAt.getTime()) return wanted;
  if (isDaytime(visitStartsAt)) return visitStartsAt;
  const evening = eveningBefore(visitStartsAt);
  return evening.getTime() > now.getTime() ? evening : visitStartsAt;
}

const isDaytime = (at: Date) => {
  const hour = helsinkiHour(at);
  return hour >= DAY_STARTS && hour < EVENING_STARTS;
};

const at = (date: string, hour: number) =>
  helsinkiToUtc(date, `${String(hour).padStart(2, "0")}:00`);

/** The instant itself in daytime; otherwise the next 08:00 in Helsinki. */
export function forwardToDaytime(instant: Date): Date {
  if (isDaytime(instant)) return instant;
  const date = helsinkiDate(instant);
  return helsinkiHour(instant) >= EVENING_STARTS
    ? at(addDays(date, 1), DAY_STARTS)
    : at(date, DAY_STARTS);
}

/** The last 20:00 in Helsinki before a night-time instant. */
function eveningBefore(instant: Date): Date {
  const date = helsinkiDate(instant);
  return helsinkiHour(instant) >= EVENING_STARTS
    ? at(date, EVENING_STARTS)
    : at(addDays(date, -1), EVENING_STARTS);
}
