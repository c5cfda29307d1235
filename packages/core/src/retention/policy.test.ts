import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addMonths,
  addMonthsToDate,
  cutoff,
  defaults,
  dueMonths,
  dueOn,
  endOfMonth,
  isDue,
  kinds,
  lastDueMonth,
  monthDueOn,
  PolicyInput,
  rules,
} from "./policy.ts";

const date = fc
  .date({
    min: new Date("2019-01-01T00:00:00Z"),
    max: new Date("2035-12-31T00:00:00Z"),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

describe("retention windows", () => {
  it("moves by whole months, a missing day becoming the month's last", () => {
    expect(addMonthsToDate("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonthsToDate("2028-01-31", 1)).toBe("2028-02-29");
    expect(addMonthsToDate("2028-02-29", 12)).toBe("2029-02-28");
    expect(addMonthsToDate("2026-12-15", 1)).toBe("2027-01-15");
    expect(addMonthsToDate("2026-03-31", -1)).toBe("2026-02-28");
    expect(addMonthsToDate("2026-01-10", -13)).toBe("2024-12-10");
    expect(addMonthsToDate("2026-05-31", 0)).toBe("2026-05-31");
  });

  it("is due on the day its months have passed, not the day before", () => {
    expect(dueOn("2025-12-01", 12)).toBe("2026-12-01");
    expect(isDue("2025-12-01", 12, "2026-11-30")).toBe(false);
    expect(isDue("2025-12-01", 12, "2026-12-01")).toBe(true);
    expect(isDue("2026-01-30", 1, "2026-02-27")).toBe(false);
    expect(isDue("2026-01-30", 1, "2026-02-28")).toBe(true);
  });

  it("cuts off at the latest start that is due, at month ends too", () => {
    expect(cutoff("2026-02-28", 1)).toBe("2026-01-31");
    expect(cutoff("2026-02-27", 1)).toBe("2026-01-27");
    expect(cutoff("2026-03-30", 1)).toBe("2026-02-28");
    expect(cutoff("2026-03-31", 1)).toBe("2026-02-28");
    expect(cutoff("2028-03-31", 1)).toBe("2028-02-29");
    expect(cutoff("2029-02-28", 12)).toBe("2028-02-29");
    expect(cutoff("2027-01-05", 12)).toBe("2026-01-05");
  });

  it("agrees with isDue for every start and day (the job's query and its check say the same)", () => {
    fc.assert(
      fc.property(date, date, fc.integer({ min: 1, max: 120 }), (from, today, months) => {
        expect(from <= cutoff(today, months)).toBe(isDue(from, months, today));
      }),
      { numRuns: 3000 },
    );
  });

  it("lets a month's records go at the end of the month the window later", () => {
    expect(endOfMonth("2026-02")).toBe("2026-02-28");
    expect(endOfMonth("2028-02")).toBe("2028-02-29");
    expect(endOfMonth("2026-12")).toBe("2026-12-31");
    expect(monthDueOn("2025-02", 3)).toBe("2025-05-31");
    expect(monthDueOn("2025-11", 3)).toBe("2026-02-28");
    expect(monthDueOn("2027-11", 3)).toBe("2028-02-29");
    expect(dueMonths("2025-01", 12, "2026-01-30")).toEqual([]);
    expect(dueMonths("2025-01", 12, "2026-01-31")).toEqual(["2025-01"]);
    expect(dueMonths("2024-11", 12, "2026-02-28")).toEqual([
      "2024-11",
      "2024-12",
      "2025-01",
      "2025-02",
    ]);
    expect(dueMonths("2026-11", 1, "2026-12-31")).toEqual(["2026-11"]);
    expect(dueMonths("2026-12", 1, "2026-12-31")).toEqual([]);
    expect(lastDueMonth("2026-05-31", 3)).toBe("2026-02");
    expect(lastDueMonth("2026-05-30", 3)).toBe("2026-01");
    expect(lastDueMonth("2027-01-15", 1)).toBe("2026-11");
  });

  it("agrees on months: the last due month is the last that dueMonths lets go", () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 120 }), (today, months) => {
        const last = lastDueMonth(today, months);
        expect(monthDueOn(last, months) <= today).toBe(true);
        expect(monthDueOn(addMonths(last, 1), months) <= today).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it("defaults to each kind's months, within its bounds", () => {
    for (const kind of kinds) {
      expect(defaults[kind]).toBe(rules[kind].months);
      expect(rules[kind].min).toBeLessThanOrEqual(defaults[kind]);
      expect(defaults[kind]).toBeLessThanOrEqual(rules[kind].max);
    }
    expect(defaults.request).toBe(12);
    expect(rules.request.action).toBe("anonymise");
    expect(rules.volunteer.action).toBe("anonymise");
    expect(rules.interview.action).toBe("delete");
  });

  it("refuses a window shorter than the minimum, longer than the maximum, or not whole", () => {
    expect(PolicyInput.safeParse(defaults).success).toBe(true);
    const short = PolicyInput.safeParse({ ...defaults, request: 5 });
    expect(short.error?.issues[0]).toMatchObject({
      path: ["request"],
      message: "error.retentionTooShort",
    });
    expect(PolicyInput.safeParse({ ...defaults, request: 6 }).success).toBe(true);
    const long = PolicyInput.safeParse({ ...defaults, auditLog: 121 });
    expect(long.error?.issues[0]).toMatchObject({
      path: ["auditLog"],
      message: "error.retentionTooLong",
    });
    expect(PolicyInput.safeParse({ ...defaults, auditLog: 120 }).success).toBe(true);
    const half = PolicyInput.safeParse({ ...defaults, interview: 1.5 });
    expect(half.error?.issues[0]).toMatchObject({
      path: ["interview"],
      message: "error.retentionMonths",
    });
    expect(PolicyInput.safeParse({ ...defaults, emailRecord: "3" }).success).toBe(false);
  });
});
