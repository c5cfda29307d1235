import { describe, expect, it } from "vitest";
import { defaults } from "./defaults.ts";
import { type Counted, pairChanges, tally } from "./results.ts";

const answer = (day: string, values: Counted["values"], pairCode?: string): Counted => ({
  month: day.slice(0, 7),
  values,
  ...(pairCode && { pairCode }),
});

describe("tally", () => {
  const questionnaire = defaults["client-after"];

  it("counts each choice per half-year, with a mean only from five answers", () => {
    const answers = [
      ...Array.from({ length: 6 }, () => answer("2027-02-01", { safe: 4, smoother: "yes" })),
      answer("2027-06-30", { safe: 5 }),
      answer("2027-07-01", { safe: 5 }),
    ];
    const [safe, , , smoother] = tally(questionnaire, answers);
    expect(safe?.kind).toBe("scale");
    if (safe?.kind !== "scale" || smoother?.kind !== "yesno") throw new Error("kinds");
    expect(safe.answered).toBe(8);
    expect(safe.table.total).toBe(8);
    // 30 June is the first half, 1 July the second: one each, both hidden (and the sixes that
    // would give them away).
    expect(safe.table.cells[4]).toEqual([null, null]);
    expect(safe.table.cells[3]).toEqual([null, null]);
    expect(safe.mean).toBe(4.25);
    expect(smoother.choices).toEqual(["yes", "no", "unsure"]);
    expect(smoother.table.cells[0]).toEqual([6, 0]);
    expect(smoother.mean).toBeNull();
  });

  it("gives no mean and no texts below five answers", () => {
    const answers = Array.from({ length: 4 }, (_, i) =>
      answer("2027-02-01", { safe: 3, open: `kiitos ${i}` }),
    );
    const results = tally(questionnaire, answers);
    const safe = results.find((r) => r.id === "safe");
    const open = results.find((r) => r.id === "open");
    expect(safe?.kind === "scale" && safe.mean).toBeNull();
    expect(open?.kind === "text" && open.texts).toBeNull();
    expect(open?.answered).toBe(4);
  });

  it("shows a question's texts sorted from five texts on, and copes with none", () => {
    const five = ["b", "a", "c", "e", "d"].map((t) => answer("2027-02-01", { open: t }));
    const open = tally(questionnaire, five).find((r) => r.id === "open");
    expect(open?.kind === "text" && open.texts).toEqual(["a", "b", "c", "d", "e"]);
    // Six answers but four texts: the four are not shown.
    const fewTexts = [
      ...five.slice(0, 4),
      answer("2027-02-01", { safe: 1 }),
      answer("2027-02-01", { safe: 2 }),
    ];
    const hidden = tally(questionnaire, fewTexts).find((r) => r.id === "open");
    expect(hidden?.kind === "text" && hidden.texts).toBeNull();
    expect(hidden?.answered).toBe(4);
    const empty = tally(questionnaire, []);
    expect(empty.every((r) => r.answered === 0)).toBe(true);
  });
});

describe("pairChanges", () => {
  const ids = ["safe", "confident", "understand"];
  const before = (code: string, safe: number) => answer("2027-02-01", { safe }, code);
  const after = (code: string, safe: number) => answer("2027-02-03", { safe }, code);

  it("pairs by code only, and shows nothing below five pairs", () => {
    const result = pairChanges(
      ids,
      [before("a", 2), before("b", 2), before("c", 2), before("d", 2)],
      [after("a", 4), after("b", 4), after("c", 4), after("d", 4), after("x", 1)],
    );
    expect(result).toEqual({ pairs: 4, questions: null });
  });

  it("from five pairs: the mean before, after and the change per question", () => {
    const codes = ["a", "b", "c", "d", "e"];
    const result = pairChanges(
      ids,
      [...codes.map((c) => before(c, 2)), before("lonely", 5)],
      codes.map((c, i) => after(c, i === 0 ? 1 : 4)),
    );
    expect(result.pairs).toBe(5);
    expect(result.questions).toHaveLength(1);
    const [safe] = result.questions ?? [];
    expect(safe).toMatchObject({ id: "safe", pairs: 5, before: 2, after: 3.4, change: 1.4 });
    // Four better, one worse: the one is hidden, and so is enough else.
    expect(safe?.direction.cells[0]).toEqual([null]);
    expect(safe?.direction.cells[2]).toEqual([null]);
  });

  it("a second 'before' with the same code does not count twice", () => {
    const codes = ["a", "b", "c", "d", "e"];
    const result = pairChanges(
      ids,
      [...codes.map((c) => before(c, 1)), before("a", 5)],
      codes.map((c) => after(c, 3)),
    );
    expect(result.questions?.[0]).toMatchObject({ before: 1, after: 3, change: 2 });
  });
});
