import { describe, expect, it } from "vitest";
import { type Attended, completion, hours, standardCourse } from "./course.ts";

const at = (n: number, mark: Attended["mark"] = "present", minutes = 210): Attended => ({
  kind: "course",
  n,
  mark,
  minutes,
});

describe("completing the course", () => {
  it("needs every session and the profile", () => {
    const all = [1, 2, 3, 4].map((n) => at(n));
    expect(completion(standardCourse, all, true)).toEqual({
      complete: true,
      missing: [],
      profileMissing: false,
    });
    expect(completion(standardCourse, all, false)).toMatchObject({
      complete: false,
      profileMissing: true,
    });
    expect(completion({ ...standardCourse, profileRequired: false }, all, false).complete).toBe(
      true,
    );
  });

  it("names the sessions still missing; an absence counts for nothing", () => {
    const result = completion(standardCourse, [at(1), at(2, "absent"), at(4)], true);
    expect(result).toEqual({ complete: false, missing: [2, 3], profileMissing: false });
  });

  it("counts a made-up session from another cohort the same", () => {
    const first = [at(1), at(2), at(3, "absent"), at(4)];
    expect(completion(standardCourse, [...first, at(3)], true).complete).toBe(true);
  });

  it("counts a partly attended session from the set minutes on, not a minute before", () => {
    const rest = [at(1), at(2), at(3)];
    expect(completion(standardCourse, [...rest, at(4, "partial", 150)], true).complete).toBe(true);
    expect(completion(standardCourse, [...rest, at(4, "partial", 149)], true).missing).toEqual([4]);
  });

  it("does not count continuing education towards the course", () => {
    const extra: Attended = { kind: "continuing", n: 4, mark: "present", minutes: 120 };
    expect(completion(standardCourse, [at(1), at(2), at(3), extra], true).missing).toEqual([4]);
  });

  it("follows an edited course: two sessions are two", () => {
    const short = { ...standardCourse, sessions: standardCourse.sessions.slice(0, 2) };
    expect(completion(short, [at(1), at(2)], true).complete).toBe(true);
  });
});

describe("hours of training", () => {
  it("adds what was attended, by year, and keeps zero as zero", () => {
    expect(hours([])).toEqual({ hours: 0, byYear: [] });
    const result = hours([
      { ...at(1), date: "2026-12-31" },
      { ...at(2, "partial", 90), date: "2027-01-01" },
      { ...at(3, "absent"), date: "2027-01-08" },
    ]);
    expect(result).toEqual({
      hours: 5,
      byYear: [
        { year: "2026", hours: 3.5 },
        { year: "2027", hours: 1.5 },
      ],
    });
  });
});
