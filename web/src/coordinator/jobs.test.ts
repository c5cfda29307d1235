import { schedules } from "@rinnalla/core/schedule";
import { describe, expect, it } from "vitest";
import { jobTexts, resultParts, textsOf, timingPart } from "./jobs.ts";

describe("the jobs page", () => {
  it("has a name and a description for every scheduled job", () => {
    expect(Object.keys(jobTexts).sort()).toEqual(schedules.map((s) => s.id).sort());
    expect(textsOf("no-such-job")).toBeUndefined();
  });

  it("says when each job runs in words, from its timing", () => {
    expect(timingPart({ kind: "minutes", minutes: 5 })).toEqual({
      key: "jobs.timing.minutes",
      vars: { minutes: 5 },
    });
    expect(timingPart({ kind: "hourly", minute: 30 })).toEqual({
      key: "jobs.timing.hourly",
      vars: { minute: "30" },
    });
    expect(timingPart({ kind: "hourly", minute: 0, fromHelsinkiHour: 9 })).toEqual({
      key: "jobs.timing.hourly.onTheHour.from",
      vars: { minute: "00", time: "09:00" },
    });
    expect(timingPart({ kind: "daily", helsinkiHour: 7 })).toEqual({
      key: "jobs.timing.daily",
      vars: { time: "07:00" },
    });
    expect(timingPart({ kind: "firstWorkingDay", minute: 20, fromHelsinkiHour: 8 })).toEqual({
      key: "jobs.timing.firstWorkingDay",
      vars: { time: "08:20" },
    });
    // Every schedule has words.
    for (const s of schedules) expect(timingPart(s.timing)).toHaveProperty("key");
  });

  it("says a run's counters in words, and why a run was skipped", () => {
    expect(resultParts({ failed: 1, sent: 2, retry: 0, skipped: 0 }, (n) => `#${n}`)).toEqual([
      { key: "jobs.count.sent", vars: { count: "#2" } },
      { key: "jobs.count.retry", vars: { count: "#0" } },
      { key: "jobs.count.failed", vars: { count: "#1" } },
      { key: "jobs.count.skipped", vars: { count: "#0" } },
    ]);
    expect(resultParts({ sent: 0, due: 0, skipped: "before 09:00" })).toEqual([
      { key: "jobs.count.sent", vars: { count: "0" } },
      { key: "jobs.count.due", vars: { count: "0" } },
      { key: "jobs.skipped.before", vars: { time: "09:00" } },
    ]);
    expect(resultParts({ sent: 0, skipped: "already sent today" })[1]).toEqual({
      key: "jobs.skipped.alreadySent",
    });
    expect(resultParts({ sent: 0, skipped: "already sent this month" })[1]).toEqual({
      key: "jobs.skipped.alreadySentMonth",
    });
    expect(resultParts({ sent: 0, skipped: "not the first working day" })[1]).toEqual({
      key: "jobs.skipped.notFirstWorkingDay",
    });
    expect(resultParts({ newCounter: 3, totals: { a: 1 } })).toEqual([
      { text: "newCounter 3" },
      { text: 'totals {"a":1}' },
    ]);
    expect(resultParts(undefined)).toEqual([]);
    expect(resultParts([1, 2])).toEqual([{ text: "2" }]);
  });
});
