import { describe, expect, it } from "vitest";
import {
  clientOf,
  gatheringMarked,
  groupName,
  hoursToMatch,
  MAX_MATCH_HOURS,
  merge,
  monthsFrom,
  partnerOf,
  type RequestFacts,
  requestConfirmed,
  requestReceived,
  sessionMarked,
  visitDone,
  volunteerMoved,
} from "./tally.ts";

const request: RequestFacts = {
  id: "req_1",
  createdAt: "2026-01-31T22:30:00Z", // 1 February in Helsinki
  startsAt: "2026-03-31T21:30:00Z", // 1 April in Helsinki (summer time)
  requesterRole: "professional",
  sector: "healthcare",
  municipality: "  helsinki ",
  mainLanguage: "ar",
  organisation: "HUS  sosiaalityö",
};
const requestFacts = (r: RequestFacts) => r;

describe("what a happening adds to its month", () => {
  it("counts a request in its Helsinki month, by role, matter, language, place and partner", () => {
    expect(requestReceived(requestFacts(request))).toEqual({
      month: "2026-02",
      add: {
        req: 1,
        "req:role:professional": 1,
        "req:sector:healthcare": 1,
        "req:lang:ar": 1,
        "req:muni:Helsinki": 1,
        "req:org:Hus sosiaalityö": 1,
      },
    });
  });

  it("names no partner for a client or a relative, and 'other' for an unknown language", () => {
    const own = { ...request, requesterRole: "client", mainLanguage: undefined };
    expect(partnerOf(own)).toBeUndefined();
    expect(requestReceived(own).add).toMatchObject({ "req:lang:other": 1 });
    expect(Object.keys(requestReceived(own).add).some((k) => k.startsWith("req:org"))).toBe(false);
    expect(groupName("   ")).toBeUndefined();
    expect(groupName("ÅBO  akademi")).toBe("Åbo akademi");
  });

  it("measures the time to match in whole hours, never negative, capped at 60 days", () => {
    const created = "2026-05-01T10:00:00Z";
    expect(hoursToMatch(created, "2026-05-01T10:59:59Z")).toBe(0);
    expect(hoursToMatch(created, "2026-05-01T11:00:00Z")).toBe(1);
    expect(hoursToMatch(created, "2026-05-01T09:00:00Z")).toBe(0);
    expect(hoursToMatch(created, "2026-09-01T10:00:00Z")).toBe(MAX_MATCH_HOURS);
    expect(requestConfirmed({ createdAt: created }, "2026-05-31T21:00:00Z")).toEqual({
      month: "2026-06",
      add: { "req:matched": 1, "match:h:731": 1 },
    });
  });

  it("counts a visit in the appointment's month, with its minutes and the client once", () => {
    const facts = requestFacts({ ...request, clientKey: "cli_9" });
    expect(visitDone(facts, 90)).toEqual({
      month: "2026-04",
      add: { visit: 1, "visit:min": 90, "visit:org:Hus sosiaalityö": 1 },
      sets: { clients: [clientOf({ id: "req_1", clientKey: "cli_9" })] },
    });
    expect(visitDone(requestFacts(request), 30).sets).toEqual({ clients: [clientOf(request)] });
    expect(clientOf(request)).toMatch(/^[\w-]{8}$/);
    expect(clientOf(request)).not.toBe(clientOf({ id: "req_2" }));
    expect(clientOf({ id: "x", clientKey: "k" })).toBe(clientOf({ id: "y", clientKey: "k" }));
  });

  it("counts tenure in whole months, a day short of a month being none", () => {
    expect(monthsFrom("2026-01-31", "2026-02-28")).toBe(0);
    expect(monthsFrom("2026-01-31", "2026-03-01")).toBe(1);
    expect(monthsFrom("2026-01-15", "2027-01-15")).toBe(12);
    expect(monthsFrom("2026-01-15", "2027-01-14")).toBe(11);
    expect(monthsFrom("2026-02-01", "2026-01-01")).toBe(0);
  });

  it("moves stocks, starts a cohort on the first active day, and ends with reason and tenure", () => {
    expect(volunteerMoved({ status: "in_training" }, "active", "2026-03-10T08:00:00Z")).toEqual([
      {
        month: "2026-03",
        add: {
          "vol:stock:active": 1,
          "vol:stock:in_training": -1,
          "vol:new": 1,
          "train:completed": 1,
        },
      },
    ]);
    // Back from a break: no new volunteer, no completed training.
    const back = volunteerMoved(
      { status: "paused", activeSince: "2025-01-01" },
      "active",
      "2026-03-10T08:00:00Z",
    );
    expect(back[0]?.add).toEqual({ "vol:stock:active": 1, "vol:stock:paused": -1 });
    const ended = volunteerMoved(
      { status: "active", activeSince: "2025-03-20" },
      "ended",
      "2026-03-19T22:30:00Z", // 20 March in Helsinki: exactly 12 months
      "moved",
    );
    expect(ended).toEqual([
      {
        month: "2026-03",
        add: {
          "vol:stock:ended": 1,
          "vol:stock:active": -1,
          "vol:ended": 1,
          "vol:end:moved": 1,
          "vol:tenure:12": 1,
        },
      },
      { month: "2025-03", add: { "cohort:left:12": 1 } },
    ]);
    // Never active: no tenure, no cohort; no reason given reads as "other".
    const early = volunteerMoved({ status: "applicant" }, "ended", "2026-03-01T10:00:00Z");
    expect(early).toHaveLength(1);
    expect(early[0]?.add).toMatchObject({ "vol:end:other": 1 });
    expect(volunteerMoved({ status: "active" }, "paused", "2026-03-01T10:00:00Z")[0]?.add).toEqual({
      "vol:stock:paused": 1,
      "vol:stock:active": -1,
      "vol:paused": 1,
    });
  });

  it("counts marks as the difference, so marking a session twice counts it once", () => {
    const session = { cohortId: "c1", kind: "course" as const, n: 2, date: "2026-09-30" };
    const first = sessionMarked(session, { there: 0, minutes: 0 }, { there: 3, minutes: 360 });
    expect(first).toEqual({
      month: "2026-09",
      add: { "train:att": 3, "train:min:course": 360 },
      sets: { "train:sessions": ["c1#2"], "train:courses": ["c1"] },
    });
    const again = sessionMarked(session, { there: 3, minutes: 360 }, { there: 2, minutes: 240 });
    expect(again.add).toEqual({ "train:att": -1, "train:min:course": -120 });
    const continuing = sessionMarked(
      { ...session, kind: "continuing" },
      { there: 0, minutes: 0 },
      { there: 0, minutes: 0 },
    );
    expect(continuing.sets).toBeUndefined();
    expect(gatheringMarked({ id: "g1", season: "2026-autumn", date: "2026-10-01" }, 0, 4)).toEqual({
      month: "2026-10",
      add: { "gath:att:2026-autumn": 4 },
      sets: { "gath:held:2026-autumn": ["g1"] },
    });
  });

  it("merges one transaction's tallies by month, dropping zeros and joining sets", () => {
    expect(
      merge([
        { month: "2026-01", add: { a: 1, b: 2 }, sets: { s: ["x"] } },
        { month: "2026-01", add: { a: -1, c: 1 }, sets: { s: ["y", "x"] } },
        { month: "2026-02", add: { z: 0 } },
      ]),
    ).toEqual([{ month: "2026-01", add: { b: 2, c: 1 }, sets: { s: ["x", "y"] } }]);
    expect(merge([])).toEqual([]);
  });
});
