import { describe, expect, it } from "vitest";
import { messageBody, milestoneWords, thankWays } from "./milestones.ts";

describe("the thanks page", () => {
  it("says each milestone in words, the first visit and first year apart", () => {
    expect(milestoneWords({ kind: "visits", count: 1 }).key).toBe(
      "coord.thanks.milestone.firstVisit",
    );
    expect(milestoneWords({ kind: "visits", count: 10 })).toEqual({
      key: "coord.thanks.milestone.visits",
      count: 10,
    });
    expect(milestoneWords({ kind: "years", count: 1 }).key).toBe(
      "coord.thanks.milestone.firstYear",
    );
    expect(milestoneWords({ kind: "years", count: 5 })).toEqual({
      key: "coord.thanks.milestone.years",
      count: 5,
    });
    expect(milestoneWords({ kind: "training", count: 0 }).key).toBe(
      "coord.thanks.milestone.training",
    );
  });

  it("offers email only to those who want thank-you messages, and nothing within a month", () => {
    const today = "2027-03-10";
    expect(thankWays({ noThanks: false, mayThankFrom: today }, today)).toEqual({
      now: true,
      email: true,
      inPerson: true,
    });
    expect(thankWays({ noThanks: true, mayThankFrom: today }, today)).toEqual({
      now: true,
      email: false,
      inPerson: true,
    });
    expect(thankWays({ noThanks: false, mayThankFrom: "2027-03-28" }, today)).toEqual({
      now: false,
      email: false,
      inPerson: false,
    });
  });

  it("sends the message trimmed with its paragraphs", () => {
    expect(messageBody("  Hei!\r\n\r\nKiitos.  ")).toBe("Hei!\n\nKiitos.");
  });
});
