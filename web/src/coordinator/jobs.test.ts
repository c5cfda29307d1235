import { schedules } from "@rinnalla/core/schedule";
import { describe, expect, it } from "vitest";
import { jobTexts, resultText, textsOf } from "./jobs.ts";

describe("the jobs page", () => {
  it("has a name, a description and a schedule in words for every scheduled job", () => {
    expect(Object.keys(jobTexts).sort()).toEqual(schedules.map((s) => s.id).sort());
    expect(textsOf("no-such-job")).toBeUndefined();
  });

  it("shows a run's result as compact counts", () => {
    expect(resultText({ sent: 2, due: 3 })).toBe("sent 2 · due 3");
    expect(resultText({ sent: 0, skipped: "before 09:00", extra: undefined })).toBe(
      "sent 0 · skipped before 09:00",
    );
    expect(resultText({ totals: { a: 1 } })).toBe('totals {"a":1}');
    expect(resultText(12_345, (n) => `#${n}`)).toBe("#12345");
    expect(resultText(undefined)).toBe("");
    expect(resultText([1, 2])).toBe("2");
  });
});
