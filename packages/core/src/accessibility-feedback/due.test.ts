import { describe, expect, it } from "vitest";
import { daysLeft, dueDate } from "./due.ts";

describe("the 14 days to answer accessibility feedback", () => {
  it("counts Helsinki days, not UTC ones", () => {
    // 00:30 on 1 March in Helsinki is 22:30 on 28 February in UTC.
    expect(dueDate(new Date("2027-02-28T22:30:00Z"))).toBe("2027-03-15");
    // 23:30 on 28 February in Helsinki.
    expect(dueDate(new Date("2027-02-28T21:30:00Z"))).toBe("2027-03-14");
  });

  it("runs over month and year ends and leap days", () => {
    expect(dueDate(new Date("2027-01-20T10:00:00Z"))).toBe("2027-02-03");
    expect(dueDate(new Date("2026-12-25T10:00:00Z"))).toBe("2027-01-08");
    expect(dueDate(new Date("2028-02-20T10:00:00Z"))).toBe("2028-03-05");
    // New Year's Eve at 23:30 in Helsinki is still the 31st there.
    expect(dueDate(new Date("2026-12-31T21:30:00Z"))).toBe("2027-01-14");
  });

  it("keeps 14 days across the change to and from summer time", () => {
    // Received the evening before clocks go forward (28 March 2027), and before they go back.
    expect(dueDate(new Date("2027-03-27T20:00:00Z"))).toBe("2027-04-10");
    expect(dueDate(new Date("2027-10-30T20:30:00Z"))).toBe("2027-11-13");
    // 00:30 on 31 October, summer time still (21:30 UTC): a day later.
    expect(dueDate(new Date("2027-10-30T21:30:00Z"))).toBe("2027-11-14");
  });

  it("says the days left: 0 on the due day, negative once it has passed", () => {
    const due = "2027-03-15";
    expect(daysLeft(due, new Date("2027-03-01T08:00:00Z"))).toBe(14);
    expect(daysLeft(due, new Date("2027-03-15T21:59:00Z"))).toBe(0);
    // 00:05 on 16 March in Helsinki (22:05 UTC on the 15th): a day late.
    expect(daysLeft(due, new Date("2027-03-15T22:05:00Z"))).toBe(-1);
    // Over the DST night: 28 March 2027 at 04:30 Helsinki summer time is 01:30 UTC.
    expect(daysLeft("2027-03-29", new Date("2027-03-28T01:30:00Z"))).toBe(1);
  });
});
