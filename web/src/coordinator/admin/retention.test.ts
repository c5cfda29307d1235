import { RetentionPolicy } from "@rinnalla/core/retention";
import { describe, expect, it } from "vitest";
import { draftOf, kinds, policyErrors, policyOf, previewRows, ruleKeys } from "./retention.ts";

const policy = {
  request: 12,
  visitReport: 12,
  interview: 6,
  volunteer: 24,
  surveyText: 12,
  auditLog: 24,
  emailRecord: 3,
  accessibilityFeedback: 12,
};

describe("the retention form", () => {
  it("has a field for every kind the policy knows (a missing one would be refused on save)", () => {
    expect([...kinds].sort()).toEqual([...RetentionPolicy.kinds].sort());
  });

  it("sends what was typed as numbers, and anything else as nothing for the API to name", () => {
    const draft = { ...draftOf(policy), request: " 18 ", interview: "", volunteer: "2,5" };
    expect(draft.visitReport).toBe("12");
    expect(policyOf(draft)).toEqual({
      ...policy,
      request: 18,
      interview: null,
      volunteer: 2.5,
    });
    expect(policyOf({ ...draftOf(policy), auditLog: "ten" }).auditLog).toBeNull();
  });

  it("puts the API's messages at the fields", () => {
    expect(
      policyErrors({ "policy.request": "Too short.", exportInterview: "Invalid.", _: "x" }),
    ).toEqual({ request: "Too short.", exportInterview: "Invalid.", _: "x" });
  });

  it("words each rule from its action and its clock", () => {
    expect(ruleKeys({ action: "anonymise", from: "closed" })).toEqual({
      action: "retention.action.anonymise",
      from: "retention.from.closed",
    });
    expect(ruleKeys({ action: "delete", from: "month" }).from).toBe("retention.from.month");
  });
});

describe("the preview of tonight's run", () => {
  it("says there is nothing to do when nothing is due or held", () => {
    const rows = previewRows({ steps: [], held: [], counts: {} });
    expect(rows.empty).toBe(true);
    expect(rows.counts).toEqual([]);
  });

  it("lists the counts in the page's order and links each request and volunteer to its page", () => {
    const rows = previewRows({
      steps: [
        { kind: "emailRecord", action: "delete", target: "2026-01", label: "2026-01", count: 40 },
        { kind: "request", action: "anonymise", target: "request#req_1", label: "R-2026-0001" },
        { kind: "request", action: "anonymise", target: "request#req_2", label: "R-2026-0002" },
        { kind: "visitReport", action: "delete", target: "request#req_3", label: "R-2026-0003" },
        { kind: "volunteer", action: "anonymise", target: "volunteer#vol_9", label: "vol_9" },
        { kind: "interview", action: "delete", target: "volunteer#vol_8", label: "vol_8" },
        {
          kind: "surveyText",
          action: "delete",
          target: "feedback#client#2026|answer#1",
          label: "2026-01",
        },
      ],
      held: [
        { kind: "request", label: "R-2025-0100", target: "request#req_100" },
        { kind: "volunteer", label: "vol_7", target: "volunteer#vol_7" },
      ],
      counts: {
        request: 2,
        visitReport: 1,
        volunteer: 1,
        interview: 1,
        surveyText: 1,
        emailRecord: 40,
      },
    });
    expect(rows.empty).toBe(false);
    expect(rows.counts.map((c) => [c.kind, c.count])).toEqual([
      ["request", 2],
      ["visitReport", 1],
      ["interview", 1],
      ["volunteer", 1],
      ["surveyText", 1],
      ["emailRecord", 40],
    ]);
    expect(rows.requests).toEqual([
      { label: "R-2026-0001", href: "/coordinator/requests/req_1" },
      { label: "R-2026-0002", href: "/coordinator/requests/req_2" },
    ]);
    expect(rows.reports).toEqual([{ label: "R-2026-0003", href: "/coordinator/requests/req_3" }]);
    expect(rows.volunteers).toEqual([{ label: "vol_9", href: "/coordinator/volunteers/vol_9" }]);
    expect(rows.interviews).toEqual([{ label: "vol_8", href: "/coordinator/volunteers/vol_8" }]);
    // Held records link to their pages too, where the hold can be lifted.
    expect(rows.held).toEqual([
      { kind: "request", label: "R-2025-0100", href: "/coordinator/requests/req_100" },
      { kind: "volunteer", label: "vol_7", href: "/coordinator/volunteers/vol_7" },
    ]);
  });

  it("is not empty when all it would do is held back", () => {
    const rows = previewRows({
      steps: [],
      held: [{ kind: "request", label: "R-1", target: "request#req_1" }],
      counts: {},
    });
    expect(rows.empty).toBe(false);
    expect(rows.counts).toEqual([]);
  });
});
