/**
 * The permission declarations of infra/access.ts against core's schedule list, without a synth:
 * a job added to `schedules` must be declared before it can be deployed.
 */

import { schedules } from "@rinnalla/core/schedule";
import { describe, expect, it } from "vitest";
import {
  API_ACCESS,
  JOB_ACCESS,
  jobAccess,
  OUTBOX_DELIVERY_ACCESS,
  SMS_INBOUND_ACCESS,
  SMS_STATUS_ACCESS,
} from "../../infra/access.ts";

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

  it("let only outbox delivery send texts; the text handlers record, delete only opt-outs", () => {
    const senders = schedules.filter((s) => jobAccess(s.id).sendsTexts).map((s) => s.id);
    expect(senders).toEqual(["outbox-retry"]);
    expect(OUTBOX_DELIVERY_ACCESS.sendsTexts).toBe(true);
    for (const access of [API_ACCESS, SMS_STATUS_ACCESS, SMS_INBOUND_ACCESS]) {
      expect(access.sendsTexts).toBe(false);
      expect(access.sendsMail).toBe(false);
    }
    expect(SMS_STATUS_ACCESS.tableActions).not.toContain("dynamodb:DeleteItem");
    expect([...SMS_INBOUND_ACCESS.tableActions].sort()).toEqual([
      "dynamodb:DeleteItem",
      "dynamodb:PutItem",
    ]);
  });
});
