import { describe, expect, it } from "vitest";
import {
  easterSunday,
  firstWorkingDay,
  isFirstWorkingDay,
  isWorkingDay,
  nextMonth,
  previousMonth,
  weekdayHolidays,
} from "./workdays.ts";

describe("Easter", () => {
  it.each([
    [2008, "2008-03-23"],
    [2019, "2019-04-21"],
    [2024, "2024-03-31"],
    [2025, "2025-04-20"],
    [2026, "2026-04-05"],
    [2027, "2027-03-28"],
    [2038, "2038-04-25"],
    // The earliest and the latest possible dates.
    [2285, "2285-03-22"],
    [1943, "1943-04-25"],
  ])("falls in %i on %s", (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });
});

describe("Finnish public holidays on weekdays", () => {
  it("are those of 2026, Easter and Midsummer moved with the year", () => {
    expect([...weekdayHolidays(2026)].sort()).toEqual([
      "2026-01-01",
      "2026-01-06",
      "2026-04-03", // Good Friday
      "2026-04-06", // Easter Monday
      "2026-05-01",
      "2026-05-14", // Ascension Day
      "2026-06-19", // Midsummer Eve, the Friday between 19 and 25 June
      "2026-12-06",
      "2026-12-24",
      "2026-12-25",
      "2026-12-26",
    ]);
    expect(weekdayHolidays(2027).has("2027-06-25")).toBe(true);
  });

  it("leave an ordinary weekday a working day, and weekends never", () => {
    expect(isWorkingDay("2026-06-18")).toBe(true);
    expect(isWorkingDay("2026-06-19")).toBe(false);
    expect(isWorkingDay("2026-06-20")).toBe(false);
    expect(isWorkingDay("2026-12-07")).toBe(true);
  });
});

describe("the first working day of a month", () => {
  it.each([
    // 1 January 2027 is a Friday and a holiday; the weekend follows.
    ["2027-01", "2027-01-04"],
    // 1 May 2026 is a Friday.
    ["2026-05", "2026-05-04"],
    // A month starting on a Saturday, and on a Sunday.
    ["2026-08", "2026-08-03"],
    ["2026-03", "2026-03-02"],
    // Easter Monday on the first.
    ["2024-04", "2024-04-02"],
    // May Day and Ascension Day on the same Thursday.
    ["2008-05", "2008-05-02"],
    // An ordinary Wednesday.
    ["2026-07", "2026-07-01"],
    ["2026-12", "2026-12-01"],
  ])("of %s is %s", (month, date) => {
    expect(firstWorkingDay(month)).toBe(date);
  });

  it("is decided by the Helsinki date, not the UTC one", () => {
    // 00:30 on Wednesday 1 July in Helsinki, still 30 June in UTC.
    expect(isFirstWorkingDay(new Date("2026-06-30T21:30:00Z"))).toBe(true);
    // 1 July in UTC, 2 July in Helsinki.
    expect(isFirstWorkingDay(new Date("2026-07-01T21:30:00Z"))).toBe(false);
    // Sunday 3 January in UTC, Monday 4 January (winter time, UTC+2) in Helsinki.
    expect(isFirstWorkingDay(new Date("2027-01-03T22:30:00Z"))).toBe(true);
    expect(isFirstWorkingDay(new Date("2027-01-04T21:59:00Z"))).toBe(true);
    expect(isFirstWorkingDay(new Date("2027-01-04T22:00:00Z"))).toBe(false);
    // New Year's Day itself.
    expect(isFirstWorkingDay(new Date("2027-01-01T08:00:00Z"))).toBe(false);
  });
});

describe("the previous and the next month", () => {
  it("go across the year", () => {
    expect(previousMonth("2027-01")).toBe("2026-12");
    expect(previousMonth("2026-10")).toBe("2026-09");
    expect(nextMonth("2026-12")).toBe("2027-01");
    expect(nextMonth("2026-09")).toBe("2026-10");
  });
});
