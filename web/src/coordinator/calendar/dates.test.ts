import { describe, expect, it } from "vitest";
import {
  calendarHref,
  calendarOf,
  daysBetween,
  rangeOf,
  step,
  weekday,
  weekNumber,
} from "./dates.ts";

describe("the calendar's days", () => {
  it("runs a week from Monday to Sunday, across a year's end", () => {
    expect(weekday("2026-12-31")).toBe(4);
    expect(weekday("2027-01-03")).toBe(7);
    expect(rangeOf("week", "2026-12-31")).toEqual({ from: "2026-12-28", to: "2027-01-03" });
    expect(rangeOf("week", "2027-01-03")).toEqual({ from: "2026-12-28", to: "2027-01-03" });
    expect(daysBetween("2026-12-28", "2027-01-03")).toHaveLength(7);
  });

  it("shows a month from its first to its last day, February and leap years included", () => {
    expect(rangeOf("month", "2027-02-15")).toEqual({ from: "2027-02-01", to: "2027-02-28" });
    expect(rangeOf("month", "2028-02-03")).toEqual({ from: "2028-02-01", to: "2028-02-29" });
    expect(rangeOf("month", "2027-03-28")).toEqual({ from: "2027-03-01", to: "2027-03-31" });
  });

  it("steps a week or a month back and forth", () => {
    expect(step("week", "2026-12-31", 1)).toBe("2027-01-04");
    expect(step("week", "2027-01-01", -1)).toBe("2026-12-21");
    expect(step("month", "2027-01-31", 1)).toBe("2027-02-01");
    expect(step("month", "2027-01-31", -1)).toBe("2026-12-01");
  });

  it("numbers weeks as ISO does", () => {
    expect(weekNumber("2026-12-31")).toBe(53);
    expect(weekNumber("2027-01-04")).toBe(1);
    expect(weekNumber("2027-03-28")).toBe(12);
    expect(weekNumber("2027-02-27")).toBe(8);
  });

  it("reads the view and day from the address, and writes only what differs from today's week", () => {
    expect(calendarOf({}, "2027-02-27")).toEqual({ view: "week", date: "2027-02-27" });
    expect(calendarOf({ view: "month", date: "2027-03-01" }, "2027-02-27")).toEqual({
      view: "month",
      date: "2027-03-01",
    });
    expect(calendarOf({ view: "year", date: "2027-02-30" }, "2027-02-27")).toEqual({
      view: "week",
      date: "2027-02-27",
    });
    expect(calendarHref("week", "2027-02-27", "2027-02-27")).toBe("/coordinator/calendar");
    expect(calendarHref("month", "2027-03-01", "2027-02-27")).toBe(
      "/coordinator/calendar?view=month&date=2027-03-01",
    );
  });
});
