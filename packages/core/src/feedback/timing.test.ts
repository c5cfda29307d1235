import { describe, expect, it } from "vitest";
import { afterDue, afterWindow, roundDue } from "./timing.ts";

describe("afterWindow", () => {
  it("opens at 10:00 Helsinki time the day after the visit ended, for seven days", () => {
    // Ends 14:00 Helsinki (winter, UTC+2) on 2 Dec.
    const { from, until } = afterWindow("2026-12-02T12:00:00.000Z");
    expect(from.toISOString()).toBe("2026-12-03T08:00:00.000Z");
    expect(until.toISOString()).toBe("2026-12-10T08:00:00.000Z");
  });

  it("takes the Helsinki day, not the UTC one: a visit ending 00:30 Helsinki is that day's", () => {
    // 22:30 UTC on 31 Jan is 00:30 on 1 Feb in Helsinki.
    expect(afterWindow("2027-01-31T22:30:00.000Z").from.toISOString()).toBe(
      "2027-02-02T08:00:00.000Z",
    );
  });

  it("crosses month and year ends and the spring clock change", () => {
    expect(afterWindow("2026-12-31T15:00:00.000Z").from.toISOString()).toBe(
      "2027-01-01T08:00:00.000Z",
    );
    // 27 Mar 2027 (UTC+2) → 28 Mar, the day clocks go forward: 10:00 is UTC+3.
    expect(afterWindow("2027-03-27T10:00:00.000Z").from.toISOString()).toBe(
      "2027-03-28T07:00:00.000Z",
    );
  });

  it("is due from its first instant and not at its end", () => {
    const ends = "2026-12-02T12:00:00.000Z";
    expect(afterDue(ends, new Date("2026-12-03T07:59:59.999Z"))).toBe(false);
    expect(afterDue(ends, new Date("2026-12-03T08:00:00.000Z"))).toBe(true);
    expect(afterDue(ends, new Date("2026-12-10T07:59:59.999Z"))).toBe(true);
    expect(afterDue(ends, new Date("2026-12-10T08:00:00.000Z"))).toBe(false);
  });
});

describe("roundDue", () => {
  const at = (iso: string) => roundDue(new Date(iso))?.key;

  it("spring from 15 March (Helsinki) for 30 days", () => {
    expect(at("2027-03-14T21:59:00.000Z")).toBeUndefined(); // 23:59 on 14 Mar
    expect(at("2027-03-14T22:00:00.000Z")).toBe("2027-spring"); // 00:00 on 15 Mar
    expect(at("2027-04-13T20:59:00.000Z")).toBe("2027-spring"); // 13 Apr 23:59 (UTC+3)
    expect(at("2027-04-13T21:00:00.000Z")).toBeUndefined(); // 14 Apr
  });

  it("autumn from 15 September for 30 days, none in between or at the year's end", () => {
    expect(at("2027-09-14T20:59:00.000Z")).toBeUndefined();
    expect(at("2027-09-14T21:00:00.000Z")).toBe("2027-autumn");
    expect(at("2027-10-14T20:00:00.000Z")).toBe("2027-autumn");
    expect(at("2027-10-15T10:00:00.000Z")).toBeUndefined();
    expect(at("2027-07-01T10:00:00.000Z")).toBeUndefined();
    expect(at("2026-12-31T21:30:00.000Z")).toBeUndefined();
    expect(roundDue(new Date("2027-03-20T10:00:00.000Z"))).toEqual({
      key: "2027-spring",
      season: "spring",
      startsOn: "2027-03-15",
    });
  });
});
