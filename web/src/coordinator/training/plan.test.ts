import { describe, expect, it } from "vitest";
import { carryForward, draftFor, fieldId, hoursToMinutes, planBody } from "./plan.ts";

describe("planning a cohort", () => {
  it("starts a course with the template's sessions, continuing education with one", () => {
    expect(draftFor("course", 4).sessions).toHaveLength(4);
    expect(draftFor("continuing", 4).sessions).toHaveLength(1);
  });

  it("reads hours as people type them", () => {
    expect(hoursToMinutes("2")).toBe(120);
    expect(hoursToMinutes("1,5")).toBe(90);
    expect(hoursToMinutes(" 3.5 ")).toBe(210);
    expect(hoursToMinutes("0")).toBeUndefined();
    expect(hoursToMinutes("kaksi")).toBeUndefined();
    expect(hoursToMinutes("")).toBeUndefined();
  });

  it("sends a course's dates, places and trainers; the topics come from the template", () => {
    const draft = draftFor("course", 2);
    draft.name = " Kevät 2027 ";
    draft.sessions = [
      { date: "2027-03-01", startTime: "17:00", place: "Talo ", trainer: "" },
      { date: "2027-03-08", startTime: "17:30", place: "Talo", trainer: "Esteri" },
    ];
    expect(planBody(draft)).toEqual({
      kind: "course",
      name: "Kevät 2027",
      sessions: [
        { date: "2027-03-01", startTime: "17:00", place: "Talo" },
        { date: "2027-03-08", startTime: "17:30", place: "Talo", trainer: "Esteri" },
      ],
    });
  });

  it("sends continuing education's topic and length", () => {
    const draft = draftFor("continuing", 4);
    draft.name = "Digi";
    draft.title = "Sähköiset palvelut";
    draft.hours = "1,5";
    draft.sessions = [{ date: "2027-03-01", startTime: "17:00", place: "Talo", trainer: "" }];
    expect(planBody(draft).sessions[0]).toMatchObject({ title: "Sähköiset palvelut", minutes: 90 });
    draft.hours = "x";
    expect(planBody(draft).sessions[0]).not.toHaveProperty("minutes");
  });

  it("names controls after the server's field paths, and carries place and trainer on", () => {
    expect(fieldId("sessions.2.date")).toBe("cohort-sessions-2-date");
    const sessions = [
      { date: "", startTime: "17:00", place: "Talo", trainer: "Esteri" },
      { date: "", startTime: "17:00", place: "", trainer: "" },
      { date: "", startTime: "18:00", place: "Muu", trainer: "" },
    ];
    expect(carryForward(sessions, 0).map((s) => [s.place, s.trainer])).toEqual([
      ["Talo", "Esteri"],
      ["Talo", "Esteri"],
      ["Muu", "Esteri"],
    ]);
  });
});
