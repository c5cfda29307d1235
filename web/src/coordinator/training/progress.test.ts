import { describe, expect, it } from "vitest";
import { completionStep, linesOf, textOf } from "./progress.ts";

describe("a volunteer's training on their page", () => {
  const done = { complete: true, missing: [], profileMissing: false };
  const notYet = { complete: false, missing: [3], profileMissing: false };

  it("offers confirmation only to someone in training who has met the rule", () => {
    expect(completionStep("in_training", done)).toBe("confirm");
    expect(completionStep("in_training", notYet)).toBe("waiting");
    expect(completionStep("active", done)).toBe("none");
    expect(completionStep("ended", notYet)).toBe("none");
  });

  it("edits the service certificate as paragraphs, and gives them back", () => {
    const lines = ["Toimi 1.1.2026–1.6.2026.", "Käyntejä: 3.\nAsioita: vammaispalvelut."];
    expect(linesOf(textOf(lines))).toEqual(lines);
    expect(linesOf("  Yksi  \n\n\n \nKaksi\n")).toEqual(["Yksi", "Kaksi"]);
    expect(linesOf("   ")).toEqual([]);
  });
});
