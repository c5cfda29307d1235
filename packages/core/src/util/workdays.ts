import { addDays, helsinkiDate } from "./time.ts";

/**
 * Pure: Finnish working days. A working day is Monday to Friday and not a public holiday that
 * falls on a weekday (the holidays that are always on a Saturday or a Sunday — Easter Sunday,
 * Pentecost, Midsummer Day, All Saints' Day — never make a weekday free). Dates are Helsinki
 * calendar dates, `YYYY-MM-DD`.
 */

const pad = (n: number) => String(n).padStart(2, "0");

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm: Meeus, Jones, Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** 0 = Sunday … 6 = Saturday. */
const weekday = (date: string) => new Date(`${date}T12:00:00Z`).getUTCDay();

/** The Finnish public holidays of a year that can fall on a weekday, as dates. */
export function weekdayHolidays(year: number): Set<string> {
  const easter = easterSunday(year);
  // Midsummer Eve is the Friday between 19 and 25 June.
  const midsummerEve = [19, 20, 21, 22, 23, 24, 25]
    .map((day) => `${year}-06-${pad(day)}`)
    .find((date) => weekday(date) === 5) as string;
  return new Set([
    `${year}-01-01`, // New Year's Day
    `${year}-01-06`, // Epiphany
    addDays(easter, -2), // Good Friday
    addDays(easter, 1), // Easter Monday
    `${year}-05-01`, // May Day
    addDays(easter, 39), // Ascension Day
    midsummerEve,
    `${year}-12-06`, // Independence Day
    `${year}-12-24`, // Christmas Eve
    `${year}-12-25`, // Christmas Day
    `${year}-12-26`, // St Stephen's Day
  ]);
}

export function isWorkingDay(date: string): boolean {
  const day = weekday(date);
  if (day === 0 || day === 6) return false;
  return !weekdayHolidays(Number(date.slice(0, 4))).has(date);
}

/** The first working day of a month (`YYYY-MM`). */
export function firstWorkingDay(month: string): string {
  let date = `${month}-01`;
  while (!isWorkingDay(date)) date = addDays(date, 1);
  return date;
}

/** Whether the instant falls on its Helsinki month's first working day. */
export function isFirstWorkingDay(at: Date): boolean {
  const today = helsinkiDate(at);
  return today === firstWorkingDay(today.slice(0, 7));
}

/** The month before a month (`YYYY-MM`). */
export function previousMonth(month: string): string {
  const [year, m] = month.split("-").map(Number) as [number, number];
  return m === 1 ? `${year - 1}-12` : `${year}-${pad(m - 1)}`;
}

/** The month after a month (`YYYY-MM`). */
export function nextMonth(month: string): string {
  const [year, m] = month.split("-").map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01` : `${year}-${pad(m + 1)}`;
}
