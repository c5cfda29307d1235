import type { TrainingLinkView, TrainingSession } from "./types.ts";

/**
 * Pure: what a training invitation's page offers. The API answers with the participant's status
 * (invited, enrolled, declined); a second answer changes the first, until the course is over.
 */

/** When a session ends, in milliseconds. */
const endOf = (s: Pick<TrainingSession, "startsAt" | "minutes">) =>
  Date.parse(s.startsAt) + s.minutes * 60_000;

/** True once every session has ended: there is nothing left to come to. */
export const courseOver = (sessions: readonly TrainingSession[], now: number) =>
  sessions.length > 0 && sessions.every((s) => endOf(s) <= now);

export type InvitationChoice = "accept" | "decline";

/**
 * The answers the page offers: both while invited, the other one after answering, none once the
 * course is over.
 */
export function choicesFor(
  view: Pick<TrainingLinkView, "status" | "sessions">,
  now: number,
): InvitationChoice[] {
  if (courseOver(view.sessions, now)) return [];
  if (view.status === "enrolled") return ["decline"];
  if (view.status === "declined") return ["accept"];
  return ["accept", "decline"];
}

/** `20270301T150000Z`: an instant as a calendar file writes it. */
export const icsInstant = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

/** Text as a calendar file needs it: backslashes, commas, semicolons and newlines escaped. */
export const icsText = (text: string) =>
  text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, "\\n");

const encoder = new TextEncoder();

/** A content line folded at 75 octets, as RFC 5545 asks (never inside a character). */
export function icsFold(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with a space, which counts.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

/**
 * Every session as a calendar entry, for a phone's or computer's calendar: the same entries the
 * invitation's email carries, built here from what the page shows. `summary` names a session.
 */
export function sessionsCalendar(
  sessions: readonly TrainingSession[],
  summary: (s: TrainingSession) => string,
  now: number,
): string {
  const events = sessions.flatMap((s) => [
    "BEGIN:VEVENT",
    `UID:${icsInstant(Date.parse(s.startsAt))}-${s.n}@rinnalla`,
    `DTSTAMP:${icsInstant(now)}`,
    `DTSTART:${icsInstant(Date.parse(s.startsAt))}`,
    `DTEND:${icsInstant(endOf(s))}`,
    `SUMMARY:${icsText(summary(s))}`,
    `LOCATION:${icsText(s.place)}`,
    "END:VEVENT",
  ]);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Rinnalla//Rinnalla//FI",
    "METHOD:PUBLISH",
    ...events,
    "END:VCALENDAR",
  ];
  return `${lines.map(icsFold).join("\r\n")}\r\n`;
}
