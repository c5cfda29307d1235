import { describe, expect, it } from "vitest";
import { choicesFor, courseOver, icsFold, icsText, sessionsCalendar } from "./training.ts";
import type { TrainingSession } from "./types.ts";

const session = (n: number, startsAt: string, overrides: Partial<TrainingSession> = {}) => ({
  n,
  topic: "role",
  date: startsAt.slice(0, 10),
  startTime: "17:00",
  startsAt,
  minutes: 210,
  place: "Järjestötalo, sali 2",
  trainer: "Esteri",
  ...overrides,
});

const first = session(1, "2027-03-01T15:00:00.000Z");
const last = session(2, "2027-03-08T15:00:00.000Z");
const during = Date.parse("2027-03-08T16:00:00.000Z");
const after = Date.parse("2027-03-08T18:30:00.000Z");

describe("a training invitation's choices", () => {
  it("offers both answers while invited, the other one after answering", () => {
    expect(choicesFor({ status: "invited", sessions: [first, last] }, during)).toEqual([
      "accept",
      "decline",
    ]);
    expect(choicesFor({ status: "enrolled", sessions: [first, last] }, during)).toEqual([
      "decline",
    ]);
    expect(choicesFor({ status: "declined", sessions: [first, last] }, during)).toEqual(["accept"]);
  });

  it("offers nothing once the last session has ended", () => {
    expect(courseOver([first, last], during)).toBe(false);
    expect(courseOver([first, last], after)).toBe(true);
    expect(choicesFor({ status: "invited", sessions: [first, last] }, after)).toEqual([]);
    // A cohort without sessions is not "over".
    expect(courseOver([], after)).toBe(false);
  });
});

describe("the sessions as a calendar file", () => {
  it("has one entry per session in UTC, with escaped text", () => {
    const ics = sessionsCalendar([first, last], (s) => `Kevät; kerta ${s.n}`, after);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain("DTSTART:20270301T150000Z");
    expect(ics).toContain("DTEND:20270301T183000Z");
    expect(ics).toContain("SUMMARY:Kevät\\; kerta 1");
    expect(ics).toContain("LOCATION:Järjestötalo\\, sali 2");
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.split("\r\n").every((line) => new TextEncoder().encode(line).length <= 75)).toBe(
      true,
    );
  });

  it("folds long lines at 75 octets without splitting a character", () => {
    const line = `SUMMARY:${"ä".repeat(80)}`;
    const folded = icsFold(line);
    const parts = folded.split("\r\n");
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join("")).toBe(line);
    expect(icsText("a\nb\\c")).toBe("a\\nb\\\\c");
  });
});
