import { readFileSync } from "node:fs";
import { Cron } from "croner";
import { describe, expect, it } from "vitest";
import { schedules, toEventBridgeCron } from "./index.ts";

describe("toEventBridgeCron", () => {
  it("turns standard cron into EventBridge's six fields", () => {
    expect(toEventBridgeCron("*/5 * * * *")).toBe("cron(0/5 * * * ? *)");
    expect(toEventBridgeCron("0 6 * * *")).toBe("cron(0 6 * * ? *)");
    expect(toEventBridgeCron("30 7 1 3,9 *")).toBe("cron(30 7 1 3,9 ? *)");
  });

  it("moves weekdays to EventBridge's numbering, Sunday = 1", () => {
    expect(toEventBridgeCron("0 8 * * 1-5")).toBe("cron(0 8 ? * 2-6 *)");
    expect(toEventBridgeCron("0 8 * * 0")).toBe("cron(0 8 ? * 1 *)");
  });

  it("refuses an expression it cannot read", () => {
    expect(() => toEventBridgeCron("* * *")).toThrow(/five cron fields/);
  });

  it("gives every job a unique id and a handler path", () => {
    const ids = schedules.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of schedules)
      expect(s.handler).toMatch(/^packages\/functions\/src\/jobs\/.+\.handler$/);
  });
});

describe("one schedule list for AWS and the local scheduler", () => {
  it("points every job at a handler that runs that very job", () => {
    for (const s of schedules) {
      const file = new URL(
        `../../../../${s.handler.replace(/\.handler$/, ".ts")}`,
        import.meta.url,
      );
      const source = readFileSync(file, "utf8");
      expect(source, s.handler).toContain(`export const handler = () => Jobs.run("${s.id}")`);
    }
  });

  it("runs the morning jobs at the right Helsinki hour in summer and in winter", () => {
    const digest = schedules.find((s) => s.id === "coordinator-digest");
    // 07:00 in Helsinki is 04:00 UTC in summer (UTC+3) and 05:00 UTC in winter (UTC+2).
    expect(digest?.cron).toBe("0 4,5 * * *");
  });
});

describe("the words the jobs page shows agree with the cron", () => {
  const runsFrom = (cron: string, from: string, count: number) =>
    new Cron(cron, { timezone: "UTC", paused: true }).nextRuns(count, new Date(from));
  const wall = (at: Date) =>
    new Intl.DateTimeFormat("sv-SE", {
      timeZone: "Europe/Helsinki",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    }).format(at);

  // A winter day and a summer day from their Helsinki midnight: Helsinki is UTC+2 and UTC+3
  // (a job at 00 UTC runs at 03 Helsinki time in summer, inside that day).
  for (const day of ["2027-01-13T22:00:00Z", "2027-07-13T21:00:00Z"]) {
    it.each(schedules.map((s) => [s.id, s] as const))(`%s, from ${day}`, (_, s) => {
      const { timing } = s;
      const runs = runsFrom(s.cron, day, 48);
      if (timing.kind === "minutes") {
        const gaps = runs.slice(1).map((at, i) => at.getTime() - (runs[i]?.getTime() ?? 0));
        expect(new Set(gaps)).toEqual(new Set([timing.minutes * 60_000]));
      } else if (timing.kind === "hourly") {
        expect(new Set(runs.map((at) => at.getUTCMinutes()))).toEqual(new Set([timing.minute]));
        expect(
          runs
            .slice(0, 24)
            .map((at) => at.getUTCHours())
            .sort((a, b) => a - b),
        ).toEqual(Array.from({ length: 24 }, (_, h) => h));
        expect("fromHelsinkiHour" in timing ? timing.fromHelsinkiHour : undefined).toBe(
          "fromHelsinkiHour" in s ? s.fromHelsinkiHour : undefined,
        );
      } else if (timing.kind === "firstWorkingDay") {
        // Every hour at its minute (a failed run is tried again), acting from the stated hour.
        expect(new Set(runs.map((at) => at.getUTCMinutes()))).toEqual(new Set([timing.minute]));
        expect("fromHelsinkiHour" in s ? s.fromHelsinkiHour : undefined).toBe(
          timing.fromHelsinkiHour,
        );
        const acting = runs.filter((at) => Number(wall(at).slice(0, 2)) >= timing.fromHelsinkiHour);
        expect(wall(acting[0] as Date)).toBe(
          `${String(timing.fromHelsinkiHour).padStart(2, "0")}:${String(timing.minute).padStart(2, "0")}`,
        );
      } else {
        // The first run that acts on a day is at the stated Helsinki hour, summer and winter.
        const from = "fromHelsinkiHour" in s ? s.fromHelsinkiHour : 0;
        const acting = runs.filter((at) => Number(wall(at).slice(0, 2)) >= (from ?? 0));
        expect(wall(acting[0] as Date)).toBe(`${String(timing.helsinkiHour).padStart(2, "0")}:00`);
      }
    });
  }
});
