import { describe, expect, it } from "vitest";
import {
  addMonths,
  choiceOf,
  defaultPeriod,
  kindOf,
  periodInAddress,
  periodOf,
  quarterPeriod,
  quartersToChoose,
  unfinished,
  yearPeriod,
  yearsToChoose,
} from "./period.ts";

const now = "2027-02";

describe("the reports' periods", () => {
  it("counts months across a year's end", () => {
    expect(addMonths("2026-11", 2)).toBe("2027-01");
    expect(addMonths("2027-01", -1)).toBe("2026-12");
    expect(addMonths("2027-12", 0)).toBe("2027-12");
  });

  it("opens on this calendar year so far", () => {
    expect(defaultPeriod(now)).toEqual({ from: "2027-01", to: "2027-02" });
    expect(periodInAddress({}, now)).toEqual({ from: "2027-01", to: "2027-02" });
    expect(periodInAddress({ from: "2025-06" }, now)).toEqual({ from: "2025-06", to: "" });
  });

  it("ends a year or a quarter still going at this month", () => {
    expect(yearPeriod(2026, now)).toEqual({ from: "2026-01", to: "2026-12" });
    expect(yearPeriod(2027, now)).toEqual({ from: "2027-01", to: "2027-02" });
    expect(quarterPeriod("2026-Q4", now)).toEqual({ from: "2026-10", to: "2026-12" });
    expect(quarterPeriod("2027-Q1", now)).toEqual({ from: "2027-01", to: "2027-02" });
    expect(quarterPeriod("2027-Q5", now)).toBeUndefined();
  });

  it("offers the years and quarters up to now, newest first", () => {
    expect(yearsToChoose(now)).toEqual([2027, 2026, 2025, 2024, 2023, 2022, 2021, 2020]);
    expect(quartersToChoose(now).slice(0, 3)).toEqual(["2027-Q1", "2026-Q4", "2026-Q3"]);
    expect(quartersToChoose(now).at(-1)).toBe("2020-Q1");
  });

  it("shows a period from the address as the kind it is", () => {
    expect(kindOf({ from: "2026-05", to: "2026-05" }, now)).toBe("month");
    expect(kindOf({ from: "2026-01", to: "2026-12" }, now)).toBe("year");
    expect(kindOf({ from: "2027-01", to: "2027-02" }, now)).toBe("year");
    expect(kindOf({ from: "2026-04", to: "2026-06" }, now)).toBe("quarter");
    expect(kindOf({ from: "2023-06", to: "2025-12" }, now)).toBe("custom");
    expect(kindOf({ from: "2026-05", to: "2026-03" }, now)).toBe("custom");
    expect(kindOf({ from: "x", to: "2026-03" }, now)).toBe("custom");
  });

  it("makes the same period again from the form's values", () => {
    for (const period of [
      { from: "2026-05", to: "2026-05" },
      { from: "2026-01", to: "2026-12" },
      { from: "2026-04", to: "2026-06" },
      { from: "2023-06", to: "2025-12" },
    ]) {
      expect(periodOf(choiceOf(period, now), now)).toEqual(period);
    }
    const choice = choiceOf({ from: "2026-05", to: "2026-05" }, now);
    expect(choice).toMatchObject({ quarter: "2026-Q2", year: "2026" });
    expect(periodOf({ ...choice, kind: "year" }, now)).toEqual(yearPeriod(2026, now));
    expect(periodOf({ ...choice, kind: "quarter" }, now)).toEqual({
      from: "2026-04",
      to: "2026-06",
    });
  });

  it("names the month inputs still empty or not a month", () => {
    const choice = choiceOf(defaultPeriod(now), now);
    expect(unfinished({ ...choice, kind: "month", month: "" })).toEqual(["month"]);
    expect(unfinished({ ...choice, kind: "custom", from: "2026-13", to: "2026-01" })).toEqual([
      "from",
    ]);
    expect(unfinished({ ...choice, kind: "year", month: "" })).toEqual([]);
  });
});
