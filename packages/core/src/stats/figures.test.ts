import { describe, expect, it } from "vitest";
import { addInto, emptyMonth, type MonthFigures } from "../monthly/store.ts";
import {
  addMonths,
  Figures,
  monthRange,
  percent,
  percentile,
  quarters,
  retained,
} from "./figures.ts";

const months = (entries: Record<string, Record<string, number | string[]>>) => {
  const out = new Map<string, MonthFigures>();
  for (const [m, fields] of Object.entries(entries)) {
    const f = emptyMonth();
    addInto(f, fields);
    out.set(m, f);
  }
  return out;
};

describe("months", () => {
  it("runs across a year's end, both ends included; backwards is empty", () => {
    expect(monthRange("2025-11", "2026-02")).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    expect(monthRange("2026-03", "2026-03")).toEqual(["2026-03"]);
    expect(monthRange("2026-04", "2026-03")).toEqual([]);
  });

  it("moves by whole months both ways", () => {
    expect(addMonths("2025-12", 1)).toBe("2026-01");
    expect(addMonths("2026-01", -1)).toBe("2025-12");
    expect(addMonths("2026-03", 24)).toBe("2028-03");
    expect(addMonths("2026-03", 0)).toBe("2026-03");
  });

  it("finds the quarters a period touches, partial ones too", () => {
    expect(quarters({ from: "2025-03", to: "2025-07" })).toEqual(["2025-01", "2025-04", "2025-07"]);
    expect(quarters({ from: "2025-12", to: "2025-12" })).toEqual(["2025-10"]);
  });
});

describe("reading the figures of a period", () => {
  const all = months({
    "2025-12": { req: 5, "vol:stock:active": 3, clients: ["a"] },
    "2026-01": { req: 2, "req:sector:x": 2, "vol:stock:active": 1, clients: ["a", "b"] },
    "2026-02": { req: 1, "req:sector:y": 1, "req:sector:x": 1, clients: ["b", "c"] },
    "2026-03": { "vol:stock:active": -2, "req:sector:z": 0 },
  });
  const f = new Figures(all, { from: "2026-01", to: "2026-02" });

  it("sums only the period's months, and groups biggest first without zeros", () => {
    expect(f.sum("req")).toBe(3);
    expect(f.sum("nothing")).toBe(0);
    expect(f.groups("req:sector:")).toEqual([
      ["x", 3],
      ["y", 1],
    ]);
    expect(new Figures(all, { from: "2026-03", to: "2026-03" }).groups("req:sector:")).toEqual([]);
  });

  it("counts a member once over the period, and a stock from the beginning to the period's end", () => {
    expect(f.distinct("clients")).toBe(3);
    expect(f.stock("vol:stock:active")).toBe(4);
    expect(new Figures(all, { from: "2026-03", to: "2026-03" }).stock("vol:stock:active")).toBe(2);
  });
});

describe("percentiles from a histogram", () => {
  it("takes the nearest rank, and says nothing of nothing", () => {
    expect(percentile(new Map(), 0.5)).toBeNull();
    expect(percentile(new Map([[7, 0]]), 0.5)).toBeNull();
    expect(percentile(new Map([[7, 1]]), 0.9)).toBe(7);
    const h = new Map([
      [1, 2],
      [5, 2],
      [9, 1],
    ]);
    expect(percentile(h, 0.5)).toBe(5); // rank 3 of 5
    expect(percentile(h, 0.4)).toBe(1); // rank 2
    expect(percentile(h, 0.9)).toBe(9); // rank 5
    expect(
      percentile(
        new Map([
          [3, 1],
          [1, 1],
        ]),
        0.5,
      ),
    ).toBe(1);
  });

  it("rounds shares to whole percents, none of nothing", () => {
    expect(percent(2, 3)).toBe(67);
    expect(percent(1, 3)).toBe(33);
    expect(percent(0, 0)).toBeNull();
    expect(percent(5, 5)).toBe(100);
  });
});

describe("retention of a cohort", () => {
  const all = months({
    "2025-01": { "vol:new": 3, "cohort:left:0": 1, "cohort:left:6": 1 },
    "2025-02": { "vol:new": 1, "cohort:left:11": 1 },
  });
  const f = new Figures(all, { from: "2025-01", to: "2026-12" });
  const q1 = ["2025-01", "2025-02", "2025-03"];

  it("counts those who left with a shorter tenure, once the cohort is old enough", () => {
    expect(retained(f, q1, 6, "2025-09")).toBe(75); // the one who left at once
    expect(retained(f, q1, 6, "2025-08")).toBeNull(); // March's starters are not 6 months in
    expect(retained(f, q1, 7, "2025-10")).toBe(50); // and the one at 6 months
    expect(retained(f, q1, 12, "2026-03")).toBe(25);
    expect(retained(f, ["2025-04"], 6, "2026-12")).toBeNull(); // nobody started
  });
});
