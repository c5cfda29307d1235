import { describe, expect, it } from "vitest";
import { choiceWords, milestoneWords, newestMilestonesFirst } from "./recognition.ts";

const milestone = (
  id: string,
  kind: "visits" | "years" | "training",
  count: number,
  on: string,
) => ({
  id,
  kind,
  count,
  reachedOn: on,
});

describe("the volunteer's own milestones and choices", () => {
  it("says each milestone in words: the first visit and year by name, others by count", () => {
    expect(milestoneWords({ kind: "visits", count: 1 })).toEqual({
      key: "volunteer.recognition.milestone.visits.first",
    });
    expect(milestoneWords({ kind: "visits", count: 150 })).toEqual({
      key: "volunteer.recognition.milestone.visits",
      vars: { count: 150 },
    });
    expect(milestoneWords({ kind: "years", count: 1 }).key).toBe(
      "volunteer.recognition.milestone.years.first",
    );
    expect(milestoneWords({ kind: "years", count: 10 }).vars).toEqual({ count: 10 });
    expect(milestoneWords({ kind: "training", count: 0 })).toEqual({
      key: "volunteer.recognition.milestone.training",
    });
  });

  it("lists the newest first, the bigger of a day's two first", () => {
    const list = [
      milestone("visits-1", "visits", 1, "2026-03-01"),
      milestone("training", "training", 0, "2026-02-01"),
      milestone("visits-10", "visits", 10, "2027-05-04"),
      milestone("years-1", "years", 1, "2027-05-04"),
    ];
    expect(newestMilestonesFirst(list).map((m) => m.id)).toEqual([
      "visits-10",
      "years-1",
      "visits-1",
      "training",
    ]);
    expect(list[0]?.id).toBe("visits-1");
  });

  it("says the choices as they are, public naming only when agreed", () => {
    expect(choiceWords({ noThanks: false, namedPublicly: false })).toEqual([
      "volunteer.recognition.noThanks.off",
      "volunteer.recognition.named.off",
    ]);
    expect(choiceWords({ noThanks: true, namedPublicly: true })).toEqual([
      "volunteer.recognition.noThanks.on",
      "volunteer.recognition.named.on",
    ]);
  });
});
