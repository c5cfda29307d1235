import type { Gathering } from "./types.ts";

/**
 * The details form as text fields, and back: what the coordinator typed becomes the API's body
 * (empty fields left out, seats a whole number). Season days are typed as people write them
 * ("1.2.") and sent as the API keeps them ("02-01").
 */

export interface DetailsDraft {
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  accessibility: string;
  programme: string;
  capacity: string;
  answerBy: string;
  alsoInTraining: boolean;
}

type Details = Partial<
  Pick<
    Gathering,
    | "date"
    | "startTime"
    | "endTime"
    | "place"
    | "accessibility"
    | "programme"
    | "capacity"
    | "answerBy"
    | "alsoInvite"
  >
> & { title: string };

export function detailsDraft(g: Details): DetailsDraft {
  return {
    title: g.title,
    date: g.date ?? "",
    startTime: g.startTime ?? "",
    endTime: g.endTime ?? "",
    place: g.place ?? "",
    accessibility: g.accessibility ?? "",
    programme: g.programme ?? "",
    capacity: g.capacity === undefined ? "" : String(g.capacity),
    answerBy: g.answerBy ?? "",
    alsoInTraining: (g.alsoInvite ?? []).includes("in_training"),
  };
}

/** Seats as typed: none (everyone fits), a whole number of at least one, or not a number. */
export function parseCapacity(text: string): number | undefined | "bad" {
  const clean = text.trim();
  if (clean === "") return undefined;
  if (!/^\d{1,4}$/.test(clean) || Number(clean) < 1) return "bad";
  return Number(clean);
}

const optional = (value: string) => (value.trim() === "" ? undefined : value.trim());

/** The API's body (seats must have been checked with `parseCapacity` first). */
export function detailsBody(d: DetailsDraft) {
  const capacity = parseCapacity(d.capacity);
  return {
    title: d.title.trim(),
    date: optional(d.date),
    startTime: optional(d.startTime),
    endTime: optional(d.endTime),
    place: optional(d.place),
    accessibility: optional(d.accessibility),
    programme: optional(d.programme),
    capacity: capacity === "bad" ? undefined : capacity,
    answerBy: optional(d.answerBy),
    alsoInvite: d.alsoInTraining ? ["in_training" as const] : [],
  };
}

/** What is still missing before the gathering can be published (field names). */
export function missingToPublish(g: Details): string[] {
  return (["date", "startTime", "place", "answerBy"] as const).filter((f) => !g[f]);
}

/** "02-01" (as kept) → "1.2." (as people write it). */
export function showMonthDay(monthDay: string): string {
  const match = /^(\d{2})-(\d{2})$/.exec(monthDay);
  return match ? `${Number(match[2])}.${Number(match[1])}.` : monthDay;
}

/**
 * "1.2.", "1.2", "01.02." or "02-01" → "02-01"; anything else is returned as typed, for the
 * server to refuse with its own words (a day every year has, 29 February refused).
 */
export function readMonthDay(text: string): string {
  const clean = text.trim();
  if (/^\d{2}-\d{2}$/.test(clean)) return clean;
  const match = /^(\d{1,2})\.(\d{1,2})\.?$/.exec(clean);
  if (!match) return clean;
  return `${match[2]?.padStart(2, "0")}-${match[1]?.padStart(2, "0")}`;
}
