import { describe, expect, it } from "vitest";
import { feedbackEnd, questionErrors, toSend } from "./feedback.ts";

describe("course feedback answers", () => {
  it("sends numbers as chosen and trimmed texts, leaving out empty ones", () => {
    expect(
      toSend({ role: 4, safety: 5, missing: "  Enemmän harjoituksia ", other: "   " }),
    ).toEqual({ role: 4, safety: 5, missing: "Enemmän harjoituksia" });
    expect(toSend({})).toEqual({});
  });

  it("puts the API's field errors at their questions", () => {
    expect(questionErrors({ "values.role": "Tarkista vastaus.", other: "x" })).toEqual({
      role: "Tarkista vastaus.",
    });
  });

  it("ends the form on a used link or a closed survey, not on other failures", () => {
    const rejected = (status: number) =>
      ({ ok: false, kind: "rejected", status, code: "x", message: "" }) as const;
    expect(feedbackEnd(rejected(404))).toBe("used");
    expect(feedbackEnd(rejected(409))).toBe("used");
    expect(feedbackEnd(rejected(410))).toBe("closed");
    expect(feedbackEnd(rejected(403))).toBeUndefined();
    expect(feedbackEnd({ ok: false, kind: "network" })).toBeUndefined();
  });
});
