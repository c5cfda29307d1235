import { intlLocale, isClientLocale } from "../i18n/locale.ts";

export const TIME_ZONE = "Europe/Helsinki";

const dateFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The calendar date (YYYY-MM-DD) in Helsinki at the given instant. */
export function helsinkiDate(at: Date): string {
  return dateFormat.format(at);
}

/** Adds days to a YYYY-MM-DD date, calendar-wise. */
export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** True for a real calendar date written as YYYY-MM-DD (rejects 2026-02-30). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T12:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** The UTC instant of a Helsinki wall-clock date and time, right across daylight-saving changes. */
export function helsinkiToUtc(isoDate: string, time: string): Date {
  const guess = new Date(`${isoDate}T${time}:00Z`);
  // Helsinki is UTC+2 or UTC+3; find the offset that maps back to the same wall clock.
  for (const hours of [2, 3]) {
    const candidate = new Date(guess.getTime() - hours * 3_600_000);
    if (formatWallClock(candidate) === `${isoDate} ${time}`) return candidate;
  }
  return new Date(guess.getTime() - 2 * 3_600_000);
}

const wallClock = new Intl.DateTimeFormat("sv-SE", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** The hour (0–23) on a Helsinki clock at the given instant. */
export function helsinkiHour(at: Date): number {
  return Number(formatWallClock(at).slice(11, 13));
}

function formatWallClock(at: Date): string {
  return wallClock.format(at);
}

/** The Intl tag of a client language; anything else is written as in English. */
const tagOf = (locale: string) => (isClientLocale(locale) ? intlLocale(locale) : "en-GB");

/** A date and time written for people, in their language, in Helsinki time. */
export function formatAppointment(locale: string, isoDate: string, time: string): string {
  const instant = helsinkiToUtc(isoDate, time);
  return new Intl.DateTimeFormat(tagOf(locale), {
    timeZone: TIME_ZONE,
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).format(instant);
}

/** A day written for people, in their language ("maanantai 30. huhtikuuta 2027"). */
export function formatDay(locale: string, isoDate: string): string {
  return new Intl.DateTimeFormat(tagOf(locale), {
    timeZone: "UTC",
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(new Date(`${isoDate}T12:00:00Z`));
}

/** An instant written for people, in their language, in Helsinki time. */
export function formatInstant(locale: string, at: Date): string {
  return new Intl.DateTimeFormat(tagOf(locale), {
    timeZone: TIME_ZONE,
    day: "numeric",
    month: "numeric",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).format(at);
}

/** The Helsinki month (YYYY-MM) of an instant. */
export const helsinkiMonth = (at: string) => helsinkiDate(new Date(at)).slice(0, 7);

/** The Helsinki months from one instant's month to another's, inclusive. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, m] = helsinkiMonth(from).split("-").map(Number) as [number, number];
  const last = helsinkiMonth(to);
  for (;;) {
    const current = `${year}-${String(m).padStart(2, "0")}`;
    if (current > last) return months;
    months.push(current);
    m++;
    if (m > 12) {
      m = 1;
      year++;
    }
  }
}
