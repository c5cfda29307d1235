import { addDays, isIsoDate } from "@rinnalla/core/util";

/**
 * The calendar's days, as pure functions of Helsinki dates (YYYY-MM-DD): which days a week or
 * a month shows, the week's number, and the previous and next ones. A week runs Monday to
 * Sunday, as in Finland.
 */

export const calendarViews = ["week", "month"] as const;
export type CalendarView = (typeof calendarViews)[number];

/** 1 = Monday … 7 = Sunday. */
export function weekday(date: string): number {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

export const mondayOf = (date: string) => addDays(date, 1 - weekday(date));

export const firstOfMonth = (date: string) => `${date.slice(0, 7)}-01`;

export function lastOfMonth(date: string): string {
  const [year, month] = date.split("-").map(Number) as [number, number];
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${date.slice(0, 7)}-${String(days).padStart(2, "0")}`;
}

/** The first and last day the view shows around `date`. */
export function rangeOf(view: CalendarView, date: string): { from: string; to: string } {
  if (view === "week") {
    const from = mondayOf(date);
    return { from, to: addDays(from, 6) };
  }
  return { from: firstOfMonth(date), to: lastOfMonth(date) };
}

/** Every day from `from` to `to`. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

/** The same view one step back (-1) or forward (1): a week, or a month (to its first day). */
export function step(view: CalendarView, date: string, by: -1 | 1): string {
  if (view === "week") return addDays(mondayOf(date), 7 * by);
  const [year, month] = date.split("-").map(Number) as [number, number];
  const moved = new Date(Date.UTC(year, month - 1 + by, 1));
  return moved.toISOString().slice(0, 10);
}

/** The ISO week number (week 1 holds the year's first Thursday). */
export function weekNumber(date: string): number {
  const thursday = addDays(mondayOf(date), 3);
  const firstThursday = addDays(mondayOf(`${thursday.slice(0, 4)}-01-04`), 3);
  const days =
    (Date.parse(`${thursday}T00:00:00Z`) - Date.parse(`${firstThursday}T00:00:00Z`)) / 86_400_000;
  return Math.round(days / 7) + 1;
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The view and day from the address (`?view=month&date=2027-01-15`); today's week otherwise. */
export function calendarOf(
  query: Record<string, string | string[] | undefined>,
  today: string,
): { view: CalendarView; date: string } {
  const view = one(query.view) === "month" ? "month" : "week";
  const asked = one(query.date) ?? "";
  return { view, date: isIsoDate(asked) ? asked : today };
}

export function calendarHref(view: CalendarView, date: string, today: string): string {
  const query = new URLSearchParams();
  if (view !== "week") query.set("view", view);
  if (date !== today) query.set("date", date);
  const text = query.toString();
  return text ? `/coordinator/calendar?${text}` : "/coordinator/calendar";
}
