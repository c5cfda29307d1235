import { describe, expect, it } from "vitest";
import { addDays, formatAppointment, helsinkiDate, helsinkiToUtc, isIsoDate } from "./time.ts";

describe("Helsinki time", () => {
  it("maps wall-clock times to UTC on both sides of daylight saving", () => {
    expect(helsinkiToUtc("2026-01-15", "10:00").toISOString()).toBe("2026-01-15T08:00:00.000Z");
    expect(helsinkiToUtc("2026-07-15", "10:00").toISOString()).toBe("2026-07-15T07:00:00.000Z");
    // The clocks go forward at 03:00 on 29 March 2026 and back at 04:00 on 25 October.
    expect(helsinkiToUtc("2026-03-29", "12:00").toISOString()).toBe("2026-03-29T09:00:00.000Z");
    expect(helsinkiToUtc("2026-10-25", "12:00").toISOString()).toBe("2026-10-25T10:00:00.000Z");
  });

  it("knows the Helsinki date when UTC is still on the previous day", () => {
    expect(helsinkiDate(new Date("2026-11-27T22:30:00Z"))).toBe("2026-11-28");
  });

  it("validates calendar dates and adds days across months", () => {
    expect(isIsoDate("2026-02-28")).toBe(true);
    expect(isIsoDate("2026-02-30")).toBe(false);
    expect(isIsoDate("28.2.2026")).toBe(false);
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
  });

  it("writes the appointment time for people in their language", () => {
    expect(formatAppointment("fi", "2026-12-03", "10:00")).toMatch(
      /torstai.*3\. joulukuuta 2026.*10\.00/,
    );
    expect(formatAppointment("en", "2026-12-03", "10:00")).toMatch(
      /Thursday.*3 December 2026.*10:00/,
    );
  });
});
