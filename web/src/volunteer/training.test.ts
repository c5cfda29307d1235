import { describe, expect, it } from "vitest";
import { courseLine, newestFirst, roundedHours } from "./training.ts";
import type { MySession } from "./types.ts";

const attended = (date: string, n: number): MySession => ({
  cohortId: "coh_1",
  kind: "course",
  n,
  topic: "role",
  date,
  mark: "present",
  minutes: 210,
});

describe("the volunteer's own training", () => {
  it("lists sessions newest first", () => {
    const list = [
      attended("2027-03-01", 1),
      attended("2027-03-15", 3),
      attended("2027-03-08", 2),
      attended("2027-03-15", 4),
    ];
    expect(newestFirst(list).map((a) => a.n)).toEqual([4, 3, 2, 1]);
    // The list it was given is left as it was.
    expect(list.map((a) => a.n)).toEqual([1, 3, 2, 4]);
  });

  it("rounds hours to one decimal and keeps zero", () => {
    expect(roundedHours(0)).toBe(0);
    expect(roundedHours(14)).toBe(14);
    expect(roundedHours(2 / 3)).toBe(0.7);
  });

  it("says the course is done, or what is missing while still learning", () => {
    const done = { complete: true, missing: [], profileMissing: false };
    const halfway = { complete: false, missing: [3, 4], profileMissing: true };
    expect(courseLine("active", done)).toEqual({ kind: "complete" });
    expect(courseLine("in_training", halfway)).toEqual({
      kind: "missing",
      sessions: [3, 4],
      profileMissing: true,
    });
    // An active volunteer from before the course was recorded is not told they miss it.
    expect(courseLine("active", halfway)).toBeUndefined();
    expect(courseLine("ended", halfway)).toBeUndefined();
  });
});
