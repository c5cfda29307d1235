import { describe, expect, it } from "vitest";
import {
  chosenYear,
  entryValues,
  formatChange,
  formatMean,
  questionTarget,
  yearsToChoose,
} from "./feedback.ts";
import type { Questionnaire } from "./types.ts";

const text = { fi: "?", sv: "?", en: "?" };
const questions: Questionnaire["questions"] = [
  { id: "safe", kind: "scale", text },
  { id: "again", kind: "yesno", text },
  { id: "other", kind: "text", text },
];

describe("the feedback page's years", () => {
  it("offers this year and five before it, not before the first counted year", () => {
    expect(yearsToChoose(2027)).toEqual([2027, 2026, 2025, 2024, 2023, 2022]);
    expect(yearsToChoose(2021)).toEqual([2021, 2020]);
  });

  it("takes the year from the address only when it is offered", () => {
    expect(chosenYear("2025", 2027)).toBe(2025);
    expect(chosenYear("1999", 2027)).toBe(2027);
    expect(chosenYear("x", 2027)).toBe(2027);
    expect(chosenYear(undefined, 2027)).toBe(2027);
  });
});

describe("numbers in the feedback results", () => {
  it("writes a mean with one decimal in the language's way", () => {
    expect(formatMean(3.83, "fi")).toBe("3,8");
    expect(formatMean(4, "en")).toBe("4.0");
  });

  it("writes a change with its sign", () => {
    expect(formatChange(1.4, "en")).toBe("+1.4");
    expect(formatChange(-0.25, "fi")).toMatch(/^[−-]0,3$/);
    expect(formatChange(0, "sv")).toBe("0,0");
  });
});

describe("answers typed in from paper or phone", () => {
  it("sends a scale as its number, a choice and a text as given, and leaves out the empty", () => {
    expect(entryValues(questions, { safe: "4", again: "unsure", other: "  Kiitos " })).toEqual({
      safe: 4,
      again: "unsure",
      other: "Kiitos",
    });
    expect(entryValues(questions, { safe: "", other: "   ", stray: "x" })).toEqual({});
  });

  it("links a question's problem to its first control", () => {
    expect(questions.map(questionTarget)).toEqual([
      "entry-safe-1",
      "entry-again-yes",
      "entry-other",
    ]);
  });
});
