import { readFileSync } from "node:fs";
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
