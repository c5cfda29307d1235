import { describe, expect, it } from "vitest";
import { answerBy, forwardToDaytime } from "./deadline.ts";

const far = new Date("2030-01-01T10:00:00.000Z");
const iso = (d: Date) => d.toISOString();

describe("an offer's deadline", () => {
  it("moves a night-time deadline to 08:00 Helsinki time (an offer made at 02:22 for 48 hours)", () => {
    // 02:22 in Helsinki in winter is 00:22 UTC; 48 h later is 02:22 again, in the night.
    expect(iso(answerBy(new Date("2027-02-02T00:22:00.000Z"), 48, far))).toBe(
      "2027-02-04T06:00:00.000Z",
    );
  });

  it("keeps a daytime deadline as it is, up to 19:59", () => {
    const now = new Date("2027-02-02T17:59:00.000Z"); // 19:59 Helsinki
    expect(iso(answerBy(now, 24, far))).toBe("2027-02-03T17:59:00.000Z");
    const morning = new Date("2027-02-02T06:00:00.000Z"); // 08:00 sharp
    expect(iso(answerBy(morning, 0, far))).toBe(iso(morning));
  });

  it("sends 20:00 to the next morning and 07:59 to the same morning", () => {
    expect(iso(forwardToDaytime(new Date("2027-02-02T18:00:00.000Z")))).toBe(
      "2027-02-03T06:00:00.000Z",
    );
    expect(iso(forwardToDaytime(new Date("2027-02-02T05:59:00.000Z")))).toBe(
      "2027-02-02T06:00:00.000Z",
    );
  });

  it("rounds across a month's end and the year's end in Helsinki time", () => {
    // 23:30 on 31 December Helsinki is 21:30 UTC; the morning after is 1 January 08:00.
    expect(iso(forwardToDaytime(new Date("2026-12-31T21:30:00.000Z")))).toBe(
      "2027-01-01T06:00:00.000Z",
    );
    // 31 March 22:00 (summer time) → 1 April 08:00, UTC+3.
    expect(iso(forwardToDaytime(new Date("2027-03-31T19:00:00.000Z")))).toBe(
      "2027-04-01T05:00:00.000Z",
    );
  });

  it("lands on 08:00 on the mornings the clocks change", () => {
    // 28 March 2027: 03:00 becomes 04:00; 08:00 is then 05:00 UTC.
    expect(iso(forwardToDaytime(new Date("2027-03-28T00:58:00.000Z")))).toBe(
      "2027-03-28T05:00:00.000Z",
    );
    // 31 October 2027: 04:00 becomes 03:00; 08:00 is then 06:00 UTC.
    expect(iso(forwardToDaytime(new Date("2027-10-31T00:30:00.000Z")))).toBe(
      "2027-10-31T06:00:00.000Z",
    );
  });

  it("never passes the visit's start", () => {
    const now = new Date("2027-02-02T08:00:00.000Z"); // 10:00
    const start = new Date("2027-02-03T09:00:00.000Z"); // 11:00 the next day
    expect(iso(answerBy(now, 48, start))).toBe(iso(start));
  });

  it("asks by 20:00 the evening before a visit that starts in the night", () => {
    const now = new Date("2027-02-02T08:00:00.000Z"); // 10:00
    const start = new Date("2027-02-03T05:00:00.000Z"); // 07:00 the next morning
    expect(iso(answerBy(now, 48, start))).toBe("2027-02-02T18:00:00.000Z");
  });

  it("takes the start itself when no daytime is left before it", () => {
    const now = new Date("2027-02-02T19:00:00.000Z"); // 21:00
    const start = new Date("2027-02-03T05:00:00.000Z"); // 07:00
    expect(iso(answerBy(now, 48, start))).toBe(iso(start));
  });
});
