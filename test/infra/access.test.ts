/**
 * The permission declarations of infra/access.ts against core's schedule list, without a synth:
 * a job added to `schedules` must be declared before it can be deployed.
 */

import { schedules } from "@rinnalla/core/schedule";
import { describe, expect, it } from "vitest";
import { API_ACCESS, JOB_ACCESS, jobAccess } from "../../infra/access.ts";

describe("job permissions", () => {
  it("are declared for every schedule, and only for schedules that exist", () => {
    for (const entry of schedules) {
      expect(() => jobAccess(entry.id), entry.id).not.toThrow();
    }
    expect(Object.keys(JOB_ACCESS).sort()).toEqual(schedules.map((s) => s.id).sort());
  });

  it("refuse a schedule nobody declared instead of granting it a default", () => {
    expect(() => jobAccess("a-new-job")).toThrow(/a-new-job.*JOB_ACCESS/);
  });

  it("let only outbox delivery send mail, and no job but the retention policy's delete", () => {
    const senders = schedules.filter((s) => jobAccess(s.id).sendsMail).map((s) => s.id);
    expect(senders).toEqual(["outbox-retry"]);
    expect(API_ACCESS.sendsMail).toBe(false);
    // Deleting is the retention job's purpose (packages/core/src/retention); no other job may.
    for (const entry of schedules.filter((s) => s.id !== "retention")) {
      const actions = jobAccess(entry.id).tableActions;
      expect(actions, entry.id).not.toContain("dynamodb:DeleteItem");
      expect(actions, entry.id).not.toContain("dynamodb:BatchWriteItem");
    }
  });
});
