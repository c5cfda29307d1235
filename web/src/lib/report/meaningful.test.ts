import { describe, expect, it } from "vitest";
import { checkReport, emptyReport, serverErrors } from "./report.ts";

const minutesInvalid = "links.report.minutes.invalid";

describe("the visit report's meaningfulness question", () => {
  it("is optional: a report without it is sent without it", () => {
    const result = checkReport({ ...emptyReport(), happened: "no_show" }, minutesInvalid);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.report.meaningful).toBeUndefined();
  });

  it("sends the step chosen on the pictogram scale as a number", () => {
    const result = checkReport(
      { ...emptyReport(), happened: "no_show", meaningful: 4 },
      minutesInvalid,
    );
    expect(result).toMatchObject({ ok: true, report: { meaningful: 4 } });
  });

  it("refuses a step off the scale, at the question", () => {
    const result = checkReport(
      { ...emptyReport(), happened: "no_show", meaningful: 6 },
      minutesInvalid,
    );
    expect(result).toEqual({ ok: false, errors: { meaningful: { key: "error.invalid" } } });
    expect(serverErrors({ meaningful: "Tarkista tämä tieto." })).toEqual({
      meaningful: { text: "Tarkista tämä tieto." },
    });
  });
});
