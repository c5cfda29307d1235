import { describe, expect, it } from "vitest";
import { budget, isGsm7, segment } from "./segments.ts";

describe("SMS segments", () => {
  it("counts Finnish and Swedish letters as GSM-7", () => {
    expect(isGsm7("Hyvää päivää, Åsa! Öljyä ja ääkkösiä.")).toBe(true);
    expect(segment("äöå ÄÖÅ é ü")).toEqual({ encoding: "GSM-7", units: 11, segments: 1 });
  });

  it("fits 160 septets in one segment and splits at 153 beyond", () => {
    expect(segment("a".repeat(160))).toEqual({ encoding: "GSM-7", units: 160, segments: 1 });
    expect(segment("a".repeat(161))).toEqual({ encoding: "GSM-7", units: 161, segments: 2 });
    expect(segment("a".repeat(306)).segments).toBe(2);
    expect(segment("a".repeat(307)).segments).toBe(3);
  });

  it("counts the extension characters as two septets", () => {
    expect(segment("€")).toEqual({ encoding: "GSM-7", units: 2, segments: 1 });
    expect(segment(`${"a".repeat(159)}[`)).toMatchObject({ units: 161, segments: 2 });
    expect(segment("{}[]~|^\\")).toMatchObject({ units: 16 });
  });

  it("turns the whole text into UCS-2 for one character outside the alphabet", () => {
    expect(isGsm7("Привет")).toBe(false);
    expect(isGsm7("مرحبا")).toBe(false);
    expect(isGsm7("it’s")).toBe(false);
    expect(segment("Привет")).toEqual({ encoding: "UCS-2", units: 6, segments: 1 });
    expect(segment("я".repeat(70)).segments).toBe(1);
    expect(segment("я".repeat(71)).segments).toBe(2);
    expect(segment("я".repeat(134)).segments).toBe(2);
    expect(segment("я".repeat(135)).segments).toBe(3);
    expect(segment(`${"a".repeat(100)}😀`)).toMatchObject({ encoding: "UCS-2", units: 102 });
  });

  it("has nothing to send for an empty text, and budgets one segment or two", () => {
    expect(segment("")).toEqual({ encoding: "GSM-7", units: 0, segments: 0 });
    expect(budget("GSM-7")).toBe(1);
    expect(budget("UCS-2")).toBe(2);
  });
});
