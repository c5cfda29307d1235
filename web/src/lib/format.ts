import { intlTag, locale, tr } from "./i18n.ts";

/** Dates and times for people: always Helsinki time, in the UI language. */

export const TIME_ZONE = "Europe/Helsinki";

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const id = `${intlTag()}|${key}`;
  let found = cache.get(id);
  if (!found) {
    found = new Intl.DateTimeFormat(intlTag(), { timeZone: TIME_ZONE, ...options });
    cache.set(id, found);
  }
  return found;
}

const valid = (iso: string | undefined) => {
  if (!iso) return undefined;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date;
};

/** "ma 4.5.2026 klo 9.30": an appointment, with the weekday. */
export function formatAppointment(startsAt: string): string {
  const date = valid(startsAt);
  if (!date) return startsAt;
  return formatter("appointment", {
    weekday: "short",
    day: "numeric",
    month: "numeric",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).format(date);
}

/** "4.5.2026 klo 9.30": when something happened. */
export function formatDateTime(at: string | undefined): string {
  const date = valid(at);
  if (!date) return at ?? "";
  return formatter("dateTime", { dateStyle: "medium", timeStyle: "short" }).format(date);
}

/** "4.5.2026". */
export function formatDate(at: string): string {
  const date = valid(at);
  if (!date) return at;
  return formatter("date", { dateStyle: "medium" }).format(date);
}

/** The current month in Helsinki as YYYY-MM. */
export function currentMonth(now = new Date()): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: TIME_ZONE,
    year: "numeric",
    month: "2-digit",
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}`;
}

/** "toukokuu 2026" for a YYYY-MM month. */
export function formatMonth(month: string): string {
  const [year, mon] = month.split("-").map(Number);
  if (!year || !mon) return month;
  return formatter("month", { month: "long", year: "numeric" }).format(
    new Date(Date.UTC(year, mon - 1, 15, 12)),
  );
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(intlTag()).format(value);
}

/** "90 min" / "1,5 h", as the request form shows durations. */
export function formatDuration(minutes: number): string {
  return minutes < 60
    ? tr("form.duration.minutes", { minutes })
    : tr("form.duration.hours", {
        hours: new Intl.NumberFormat(intlTag()).format(minutes / 60),
      });
}

/** "10.00" in Finnish and Swedish, "10:00" in the other languages, from a "HH:MM" clock time. */
export function formatClock(time: string): string {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!match) return time;
  const [, hours, minutes] = match;
  // Finnish (plain Finnish too) and Swedish write dots; the rest, as English, a colon.
  return locale() === "en" ? `${hours}:${minutes}` : `${Number(hours)}.${minutes}`;
}

/** "ti 12.5.2026": a calendar day (YYYY-MM-DD) with its weekday, whatever the time zone. */
export function formatDay(date: string): string {
  const [year, month, day] = date.split("-").map(Number);
  if (!year || !month || !day) return date;
  return new Intl.DateTimeFormat(intlTag(), {
    timeZone: "UTC",
    weekday: "short",
    day: "numeric",
    month: "numeric",
    year: "numeric",
  }).format(new Date(Date.UTC(year, month - 1, day, 12)));
}
