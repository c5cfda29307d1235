import { describe, expect, it } from "vitest";
import { fullYears, mayThankAgain, reached, visitTiers, yearTiers } from "./milestones.ts";

describe("tiers", () => {
  it("names the first visit, 10, 25, 50 and 100, then every 50", () => {
    expect(visitTiers(0)).toEqual([]);
    expect(visitTiers(1)).toEqual([1]);
    expect(visitTiers(9)).toEqual([1]);
    expect(visitTiers(10)).toEqual([1, 10]);
    expect(visitTiers(24)).toEqual([1, 10]);
    expect(visitTiers(25)).toEqual([1, 10, 25]);
    expect(visitTiers(50)).toEqual([1, 10, 25, 50]);
    expect(visitTiers(99)).toEqual([1, 10, 25, 50]);
    expect(visitTiers(100)).toEqual([1, 10, 25, 50, 100]);
    expect(visitTiers(149)).toEqual([1, 10, 25, 50, 100]);
    expect(visitTiers(150)).toEqual([1, 10, 25, 50, 100, 150]);
    expect(visitTiers(310)).toEqual([1, 10, 25, 50, 100, 150, 200, 250, 300]);
  });

  it("names 1, 3 and 5 years, then every 5", () => {
    expect(yearTiers(0)).toEqual([]);
    expect(yearTiers(1)).toEqual([1]);
    expect(yearTiers(2)).toEqual([1]);
    expect(yearTiers(3)).toEqual([1, 3]);
    expect(yearTiers(5)).toEqual([1, 3, 5]);
    expect(yearTiers(9)).toEqual([1, 3, 5]);
    expect(yearTiers(10)).toEqual([1, 3, 5, 10]);
    expect(yearTiers(15)).toEqual([1, 3, 5, 10, 15]);
  });
});

describe("fullYears", () => {
  it("counts a year on its anniversary, not the day before", () => {
    expect(fullYears("2026-03-15", "2027-03-14")).toBe(0);
    expect(fullYears("2026-03-15", "2027-03-15")).toBe(1);
    expect(fullYears("2026-12-31", "2027-12-30")).toBe(0);
    expect(fullYears("2026-12-31", "2027-12-31")).toBe(1);
    expect(fullYears("2026-01-01", "2031-01-01")).toBe(5);
  });

  it("lets 29 February's anniversary fall on 28 February in a common year", () => {
    expect(fullYears("2028-02-29", "2029-02-27")).toBe(0);
    expect(fullYears("2028-02-29", "2029-02-28")).toBe(1);
    expect(fullYears("2028-02-29", "2032-02-28")).toBe(3);
    expect(fullYears("2028-02-29", "2032-02-29")).toBe(4);
  });

  it("is zero before the start", () => {
    expect(fullYears("2027-05-01", "2027-04-30")).toBe(0);
    expect(fullYears("2027-05-01", "2027-05-01")).toBe(0);
  });
});

describe("reached", () => {
  it("has nothing for a new volunteer", () => {
    expect(reached({ completedVisits: 0, trainingCompleted: false }, "2027-01-01")).toEqual([]);
  });

  it("lists visits, years and the course, each with a stable id", () => {
    const milestones = reached(
      { completedVisits: 10, activeSince: "2024-06-01", trainingCompleted: true },
      "2027-06-01",
    );
    expect(milestones.map((m) => m.id)).toEqual([
      "visits-1",
      "visits-10",
      "years-1",
      "years-3",
      "training",
    ]);
    expect(milestones[1]).toEqual({ id: "visits-10", kind: "visits", count: 10 });
  });
});

describe("mayThankAgain", () => {
  it("allows the first thank-you", () => {
    expect(mayThankAgain(undefined, "2027-01-01")).toBe(true);
  });

  it("waits until the same day of the next month", () => {
    expect(mayThankAgain("2027-01-15", "2027-01-31")).toBe(false);
    expect(mayThankAgain("2027-01-15", "2027-02-14")).toBe(false);
    expect(mayThankAgain("2027-01-15", "2027-02-15")).toBe(true);
  });

  it("uses the month's last day when the next month is shorter, across the year end", () => {
    expect(mayThankAgain("2027-01-31", "2027-02-27")).toBe(false);
    expect(mayThankAgain("2027-01-31", "2027-02-28")).toBe(true);
    expect(mayThankAgain("2028-01-31", "2028-02-28")).toBe(false);
    expect(mayThankAgain("2028-01-31", "2028-02-29")).toBe(true);
    expect(mayThankAgain("2026-12-31", "2027-01-30")).toBe(false);
    expect(mayThankAgain("2026-12-31", "2027-01-31")).toBe(true);
  });
});
