import { describe, expect, it } from "vitest";
import {
  checkReport,
  emptyReport,
  orderedReportErrors,
  reportPayload,
  serverErrors,
} from "./report.ts";

const draft = (overrides: Partial<ReturnType<typeof emptyReport>> = {}) => ({
  ...emptyReport(),
  ...overrides,
});

describe("the visit report form", () => {
  it("asks whether the visit happened, and for the minutes only when it did", () => {
    const empty = checkReport(draft(), "links.report.minutes.invalid");
    expect(empty).toEqual({ ok: false, errors: { happened: { key: "error.required" } } });

    const noMinutes = checkReport(draft({ happened: "yes" }), "links.report.minutes.invalid");
    expect(noMinutes).toEqual({ ok: false, errors: { minutes: { key: "error.required" } } });

    const noShow = checkReport(
      draft({ happened: "no_show", minutes: "abc" }),
      "links.report.minutes.invalid",
    );
    expect(noShow).toEqual({
      ok: true,
      report: { happened: "no_show", followUp: false, wantsTalk: false },
    });
  });

  it("says the report's own range for minutes (5–720), not the request form's durations", () => {
    for (const minutes of ["2", "721", "1,5", "tunti"]) {
      const result = checkReport(
        draft({ happened: "yes", minutes }),
        "detail.outcome.minutes.invalid",
      );
      expect(result, minutes).toEqual({
        ok: false,
        errors: { minutes: { key: "detail.outcome.minutes.invalid" } },
      });
    }
  });

  it("names every problem at once, in page order", () => {
    const result = checkReport(
      draft({ happened: "yes", howItWent: "x".repeat(2001), safety: "y".repeat(2001) }),
      "links.report.minutes.invalid",
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(orderedReportErrors(result.errors).map(([field]) => field)).toEqual([
      "minutes",
      "howItWent",
      "safety",
    ]);
  });

  it("sends trimmed text, numbers as numbers, and nothing from hidden fields", () => {
    const filled = draft({
      happened: "cancelled",
      minutes: "90",
      howItWent: "  Asiakas perui aamulla.  ",
      safety: "   ",
      followUp: false,
      followUpNote: "typed before unticking",
      wellbeing: "ok",
      wantsTalk: true,
    });
    expect(reportPayload(filled)).toMatchObject({ minutes: undefined, followUpNote: undefined });
    expect(checkReport(filled, "links.report.minutes.invalid")).toEqual({
      ok: true,
      report: {
        happened: "cancelled",
        howItWent: "Asiakas perui aamulla.",
        followUp: false,
        wellbeing: "ok",
        wantsTalk: true,
      },
    });
    const happened = checkReport(
      draft({ happened: "yes", minutes: " 75 ", followUp: true, followUpNote: "Uusi aika" }),
      "links.report.minutes.invalid",
    );
    expect(happened).toMatchObject({
      ok: true,
      report: { minutes: 75, followUp: true, followUpNote: "Uusi aika" },
    });
  });

  it("puts the API's field messages on the report's fields only", () => {
    expect(serverErrors({ minutes: "Tämä tieto puuttuu.", other: "x" })).toEqual({
      minutes: { text: "Tämä tieto puuttuu." },
    });
  });
});
