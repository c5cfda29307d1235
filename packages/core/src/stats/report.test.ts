import { describe, expect, it } from "vitest";
import { addInto, emptyMonth, type MonthFigures } from "../monthly/store.ts";
import { Figures } from "./figures.ts";
import { differences } from "./rebuild.ts";
import { build, type FeedbackFacts } from "./report.ts";

const noFeedback: FeedbackFacts = { audiences: [], pairs: { pairs: 0, questions: null } };
const cellsOf = (report: ReturnType<typeof build>, id: string) =>
  Object.fromEntries(
    report.sections
      .flatMap((s) => s.tables)
      .find((t) => t.id === id)
      ?.rows.map((r) => [r.id, r.cells]) ?? [],
  );

describe("a report", () => {
  it("of a period with nothing in it has every section and zeros, not errors", () => {
    for (const locale of ["fi", "sv", "en"] as const) {
      const report = build(
        new Figures(new Map(), { from: "2026-01", to: "2026-12" }),
        locale,
        noFeedback,
      );
      expect(report.sections.map((s) => s.id)).toEqual([
        "volume",
        "partners",
        "volunteers",
        "training",
        "feedback",
        "matching",
      ]);
      const ids = report.sections.flatMap((s) => s.tables.map((t) => t.id));
      expect(new Set(ids).size).toBe(ids.length);
      expect(report.headline.every((f) => f.value === 0)).toBe(true);
      expect(cellsOf(report, "matching").medianMatch).toEqual([null]);
      expect(cellsOf(report, "volume-by-month")).toHaveProperty("2026-12");
    }
  });

  it("hides a mean under five answers and shows it from five", () => {
    const facts: FeedbackFacts = {
      audiences: [
        {
          audience: "volunteer-round",
          answered: 5,
          questions: [
            { id: "meaningful", text: "Merkityksellistä", n: 5, mean: 4.2 },
            { id: "support", text: "Tuki", n: 4, mean: 3 },
          ],
        },
      ],
      pairs: { pairs: 4, questions: null },
    };
    const month = emptyMonth();
    addInto(month, { "fb:sent:volunteer-round": 10, "fb:ans:volunteer-round": 5 });
    const f = new Figures(new Map([["2026-03", month]]), { from: "2026-01", to: "2026-06" });
    const report = build(f, "fi", facts);
    expect(cellsOf(report, "feedback-means")).toEqual({
      "volunteer-round:meaningful": [5, 4.2],
      "volunteer-round:support": [4, null],
    });
    expect(cellsOf(report, "feedback-responses")).toEqual({ "volunteer-round": [10, 5, 50] });
    expect(cellsOf(report, "feedback-pairs")).toEqual({});
  });
});

describe("live and recomputed figures compared", () => {
  const of = (fields: Record<string, number | string[]>) => {
    const m: MonthFigures = emptyMonth();
    addInto(m, fields);
    return m;
  };
  it("treats zero as absent and names each difference", () => {
    const live = new Map([["2026-01", of({ req: 2, visit: 0, clients: ["a"] })]]);
    expect(differences(live, new Map([["2026-01", of({ req: 2, clients: ["a"] })]]))).toEqual([]);
    expect(differences(live, new Map([["2026-02", of({ req: 1 })]])).sort()).toEqual([
      "2026-01 clients: {a} ≠ {}",
      "2026-01 req: 2 ≠ 0",
      "2026-02 req: 0 ≠ 1",
    ]);
  });
});
