import { describe, expect, it } from "vitest";
import {
  badMinutes,
  candidates,
  draftOf,
  marksToSend,
  minutesValid,
  resultsHidden,
  sessionToMark,
  splitCohorts,
  takingPart,
} from "./cohorts.ts";
import type { Participant } from "./types.ts";

const cohort = (id: string, ...dates: string[]) => ({
  id,
  sessions: dates.map((date, i) => ({ n: i + 1, date })),
});

describe("the training pages", () => {
  it("splits cohorts into coming (soonest first) and past (newest first); today is coming", () => {
    const today = "2027-03-10";
    const { coming, past } = splitCohorts(
      [
        cohort("later", "2027-04-01", "2027-04-08"),
        cohort("ends-today", "2027-03-03", "2027-03-10"),
        cohort("old", "2026-09-01", "2026-09-08"),
        cohort("recent", "2027-02-01", "2027-03-09"),
      ],
      today,
    );
    expect(coming.map((c) => c.id)).toEqual(["ends-today", "later"]);
    expect(past.map((c) => c.id)).toEqual(["recent", "old"]);
  });

  it("lists for a session the enrolled and those making that session up, not the invited", () => {
    const p = (volunteerId: string, status: Participant["status"], only?: number[]) => ({
      cohortId: "coh_1",
      volunteerId,
      name: volunteerId,
      status,
      at: "",
      ...(only && { only }),
    });
    const people = [
      p("a", "enrolled"),
      p("b", "invited"),
      p("c", "enrolled", [3]),
      p("d", "declined"),
    ];
    expect(takingPart(people, 1).map((x) => x.volunteerId)).toEqual(["a"]);
    expect(takingPart(people, 3).map((x) => x.volunteerId)).toEqual(["a", "c"]);
  });

  it("opens today's session, else the next, else the last", () => {
    const sessions = [
      { n: 1, date: "2027-03-01" },
      { n: 2, date: "2027-03-08" },
      { n: 3, date: "2027-03-15" },
    ];
    expect(sessionToMark(sessions, "2027-03-08")).toBe(2);
    expect(sessionToMark(sessions, "2027-03-09")).toBe(3);
    expect(sessionToMark(sessions, "2027-04-01")).toBe(3);
    expect(sessionToMark(sessions, "2027-01-01")).toBe(1);
  });

  it("sends a mark for each choice made, minutes only when partly there", () => {
    expect(
      marksToSend({
        a: { mark: "present", minutes: "" },
        b: { mark: "partial", minutes: " 90 " },
        c: { mark: "", minutes: "" },
        d: { mark: "absent", minutes: "30" },
      }),
    ).toEqual([
      { volunteerId: "a", mark: "present" },
      { volunteerId: "b", mark: "partial", minutes: 90 },
      { volunteerId: "d", mark: "absent" },
    ]);
    expect(minutesValid("90", 210)).toBe(true);
    expect(minutesValid("210", 210)).toBe(false);
    expect(minutesValid("0", 210)).toBe(false);
    expect(minutesValid("1,5", 210)).toBe(false);
    expect(minutesValid("", 210)).toBe(false);
  });
});

describe("attendance, enrolment and feedback", () => {
  it("fills the list with the marks saved for that session", () => {
    const attendance = [
      { n: 1, volunteerId: "a", mark: "present" as const, minutes: 210 },
      { n: 1, volunteerId: "b", mark: "partial" as const, minutes: 90 },
      { n: 2, volunteerId: "a", mark: "absent" as const, minutes: 0 },
    ];
    const people = [{ volunteerId: "a" }, { volunteerId: "b" }, { volunteerId: "c" }];
    expect(draftOf(attendance, 1, people)).toEqual({
      a: { mark: "present", minutes: "" },
      b: { mark: "partial", minutes: "90" },
      c: { mark: "", minutes: "" },
    });
    expect(badMinutes({ b: { mark: "partial", minutes: "300" } }, 210)).toEqual(["b"]);
  });

  it("offers those in training for the course, the active too for a make-up or continuing", () => {
    const cards = [
      { id: "t", status: "in_training", name: "Tuuli" },
      { id: "a", status: "active", name: "Aino" },
      { id: "p", status: "applicant", name: "Pekka" },
      { id: "e", status: "in_training", name: "Eero" },
    ];
    const taken = [{ volunteerId: "e" }];
    expect(candidates(cards, "course", false, taken).map((c) => c.id)).toEqual(["t"]);
    expect(candidates(cards, "course", true, taken).map((c) => c.id)).toEqual(["a", "t"]);
    expect(candidates(cards, "continuing", false, []).map((c) => c.id)).toEqual(["a", "e", "t"]);
  });

  it("says why results are hidden: still open, or fewer than five answers", () => {
    expect(resultsHidden({ closed: false, answered: 9, resultsVisible: false })).toBe("open");
    expect(resultsHidden({ closed: true, answered: 4, resultsVisible: false })).toBe("few");
    expect(resultsHidden({ closed: true, answered: 5, resultsVisible: true })).toBeUndefined();
  });
});
