import { describe, expect, it } from "vitest";
import {
  alertText,
  exclusionPhrases,
  factorPhrase,
  fieldIdOf,
  offerBody,
  signedPoints,
} from "./matching.ts";

describe("suggestion factors in words", () => {
  it("names the interest word", () => {
    expect(factorPhrase({ kind: "interests", points: 1, word: "lääkäri" })).toEqual({
      key: "detail.match.factor.interests",
      vars: { word: "lääkäri" },
    });
    expect(factorPhrase({ kind: "challenge", points: -3 }).key).toBe(
      "detail.match.factor.challenge",
    );
  });

  it("says none, one or how many recent visits", () => {
    const fairness = (count: number) =>
      factorPhrase({ kind: "fairness", points: Math.max(0, 2 - count / 2), count });
    expect(fairness(0).key).toBe("detail.match.factor.fairness.none");
    expect(fairness(1).key).toBe("detail.match.factor.fairness.one");
    expect(fairness(3)).toEqual({ key: "detail.match.factor.fairness.many", vars: { count: 3 } });
  });

  it("signs points with a real minus, in the UI's number format", () => {
    expect([signedPoints(3), signedPoints(-2), signedPoints(0)]).toEqual(["+3", "−2", "0"]);
    const finnish = (n: number) => n.toLocaleString("fi-FI");
    expect(signedPoints(1.5, finnish)).toBe("+1,5");
  });
});

describe("the exclusion summary", () => {
  it("lists only reasons that left someone out, most first", () => {
    expect(
      exclusionPhrases({
        notActive: 0,
        paused: 1,
        away: 5,
        booked: 0,
        monthlyMax: 0,
        language: 4,
        area: 0,
      }),
    ).toEqual([
      { key: "detail.match.excluded.away", vars: { count: 5 } },
      { key: "detail.match.excluded.language", vars: { count: 4 } },
      { key: "detail.match.excluded.paused", vars: { count: 1 } },
    ]);
    expect(exclusionPhrases({})).toEqual([]);
  });
});

describe("the offer form", () => {
  const empty = { date: "", time: "", place: "" };

  it("sends the chosen volunteers with the version, the usual 48 hours when no time is given", () => {
    expect(
      offerBody({ picked: ["vol_1", "vol_2"], expiresInHours: "", meeting: empty }, 4),
    ).toEqual({
      ok: true,
      body: { version: 4, volunteerIds: ["vol_1", "vol_2"], expiresInHours: 48 },
    });
    expect(
      offerBody(
        {
          picked: ["vol_1"],
          expiresInHours: " 24 ",
          meeting: { date: "2026-06-01", time: "10:00", place: " Kahvila Aalto " },
        },
        1,
      ),
    ).toEqual({
      ok: true,
      body: {
        version: 1,
        volunteerIds: ["vol_1"],
        expiresInHours: 24,
        firstMeeting: { date: "2026-06-01", time: "10:00", place: "Kahvila Aalto" },
      },
    });
  });

  it("asks for one to five volunteers, whole hours 1–168 and a whole first meeting", () => {
    const result = offerBody(
      {
        picked: [],
        expiresInHours: "0.5",
        meeting: { date: "2026-06-01", time: "", place: "" },
      },
      1,
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        "offer-pick": { key: "detail.offer.pickOne" },
        "offer-expires": { key: "detail.offer.expires.invalid" },
        "offer-meeting": { key: "detail.offer.firstMeeting.incomplete" },
      },
    });
    const six = ["a", "b", "c", "d", "e", "f"];
    const tooMany = offerBody({ picked: six, expiresInHours: "169", meeting: empty }, 1);
    expect(tooMany).toEqual({
      ok: false,
      errors: {
        "offer-pick": { key: "detail.offer.tooMany", vars: { max: 5 } },
        "offer-expires": { key: "detail.offer.expires.invalid" },
      },
    });
  });

  it("puts the API's field errors next to the right control", () => {
    expect(fieldIdOf("volunteerIds", "offer")).toBe("offer-pick");
    expect(fieldIdOf("volunteerIds.1", "offer")).toBe("offer-pick");
    expect(fieldIdOf("firstMeeting.date", "offer")).toBe("offer-meeting");
    expect(fieldIdOf("firstMeeting.place", "assign")).toBe("assign-meeting");
    expect(fieldIdOf("volunteerId", "assign")).toBe("assign-volunteer");
    expect(fieldIdOf("version", "offer")).toBeUndefined();
  });
});

describe("alerts in words", () => {
  it("names the known kinds and still shows one it does not know", () => {
    expect(alertText("offers_declined")).toBe("alerts.offers_declined");
    expect(alertText("something_new")).toBe("alerts.other");
  });
});
