import { describe, expect, it } from "vitest";
import { actionText, actorOf } from "./audit.ts";

const entry = (actorId: string, actorEmail = "") => ({ actorId, actorEmail });

describe("who acted, in the audit log", () => {
  it("names a coordinator by their email, as before", () => {
    expect(actorOf(entry("coo_01ABC", "kaisa@example.org"))).toEqual({
      text: "kaisa@example.org",
    });
  });

  it("names a volunteer on their own pages by email, linked to their page", () => {
    expect(actorOf(entry("vol_01XYZ", "hodan@example.org"))).toEqual({
      key: "admin.audit.actor.volunteer",
      values: { email: "hodan@example.org" },
      href: "/coordinator/volunteers/vol_01XYZ",
    });
  });

  it("says who held an emailed link, never the raw id", () => {
    expect(actorOf(entry("link:volunteer:vol_01XYZ"))).toEqual({
      key: "admin.audit.actor.volunteerLink",
      href: "/coordinator/volunteers/vol_01XYZ",
    });
    expect(actorOf(entry("link:requester:req_01REQ"))).toEqual({
      key: "admin.audit.actor.requesterLink",
      href: "/coordinator/requests/req_01REQ",
    });
  });

  it("names a scheduled job by its name, and other system work by its id", () => {
    expect(actorOf(entry("system:offer-expiry"))).toEqual({
      key: "admin.audit.actor.job",
      nameKey: "jobs.offer-expiry.name",
    });
    expect(actorOf(entry("system:admin:add"))).toEqual({
      key: "admin.audit.actor.system",
      values: { name: "admin:add" },
    });
  });

  it("says when no one was signed in", () => {
    expect(actorOf(entry("public"))).toEqual({ key: "admin.audit.actor.public" });
    expect(actorOf(entry("something-new"))).toEqual({ key: "admin.audit.system" });
  });

  it("knows the new sign-in actions and leaves unknown ones alone", () => {
    expect(actionText("auth.totp_failed")).toBe("admin.audit.action.totpFailed");
    expect(actionText("coordinator.reset_totp")).toBe("admin.audit.action.coordinatorResetTotp");
    expect(actionText("something.new")).toBeUndefined();
  });
});
