import { describe, expect, it } from "vitest";
import {
  attendanceList,
  attendanceOpen,
  guestCounts,
  marksToSend,
  presenceOf,
  seasonRows,
  splitGatherings,
  thanksState,
  waitingList,
} from "./gatherings.ts";
import type { Guest } from "./types.ts";

const today = "2027-03-10";
const days = {
  spring: { draftOn: "02-01", inviteBy: "04-30" },
  autumn: { draftOn: "08-01", inviteBy: "10-31" },
};

const guest = (volunteerId: string, over: Partial<Guest> = {}): Guest => ({
  gatheringId: "gat_1",
  volunteerId,
  name: volunteerId,
  answer: "invited",
  invitedAt: "2027-03-01T10:00:00.000Z",
  ...over,
});

describe("the gatherings list", () => {
  it("puts drafts first, then those coming soonest first (today is coming), then past newest first", () => {
    const g = (id: string, status: "draft" | "published" | "cancelled", date?: string) => ({
      id,
      status,
      ...(date && { date }),
      createdAt: "2027-02-01T06:00:00.000Z",
    });
    const split = splitGatherings(
      [
        g("later", "published", "2027-05-01"),
        g("draft", "draft"),
        g("today", "published", today),
        g("old", "published", "2026-09-01"),
        g("recent", "published", "2027-03-09"),
        g("called-off", "cancelled", "2027-04-01"),
      ],
      today,
    );
    expect(split.drafts.map((x) => x.id)).toEqual(["draft"]);
    expect(split.coming.map((x) => x.id)).toEqual(["today", "later"]);
    expect(split.past.map((x) => x.id)).toEqual(["called-off", "recent", "old"]);
  });

  it("shows last year's recorded seasons and both of this year's, missed plainly", () => {
    const rows = seasonRows(
      [
        { season: "2026-spring", draftedAt: "x", invitedAt: "y", gatheringId: "gat_a" },
        { season: "2026-autumn", draftedAt: "x", missedAt: "z" },
        { season: "2027-spring", draftedAt: "x", gatheringId: "gat_b" },
      ],
      days,
      today,
    );
    expect(rows.map((r) => `${r.season} ${r.state}`)).toEqual([
      "2026-spring invited",
      "2026-autumn missed",
      "2027-spring drafted",
      "2027-autumn upcoming",
    ]);
    expect(rows[2]).toMatchObject({ gatheringId: "gat_b", inviteBy: "2027-04-30" });
  });

  it("calls a season invited after its deadline late, and one past its deadline unrecorded missed", () => {
    const rows = seasonRows(
      [{ season: "2027-spring", draftedAt: "x", missedAt: "y", invitedAt: "z" }],
      days,
      "2027-11-02",
    );
    expect(rows.map((r) => r.state)).toEqual(["late", "missed"]);
  });
});

describe("a gathering's guests", () => {
  const guests = [
    guest("a", { answer: "yes" }),
    guest("b", { answer: "no" }),
    guest("c", { answer: "yes", waitingSince: "2027-03-03T10:00:00.000Z" }),
    guest("d", { answer: "yes", waitingSince: "2027-03-02T10:00:00.000Z" }),
    guest("e", { answer: "maybe" }),
    guest("f"),
  ];

  it("counts coming, maybe, no, waiting and not answered", () => {
    expect(guestCounts(guests)).toEqual({
      coming: 1,
      maybe: 1,
      no: 1,
      waiting: 2,
      notAnswered: 1,
    });
  });

  it("orders the waiting list by who said yes first", () => {
    expect(waitingList(guests).map((g) => g.volunteerId)).toEqual(["d", "c"]);
  });

  it("lists for attendance those coming, then maybe, then anyone already marked", () => {
    const marked = [...guests, guest("g", { answer: "no", attended: true })];
    expect(attendanceList(marked).map((g) => g.volunteerId)).toEqual(["a", "e", "g"]);
  });

  it("opens attendance on the day and after, for a published gathering", () => {
    expect(attendanceOpen({ status: "published", date: today }, today)).toBe(true);
    expect(attendanceOpen({ status: "published", date: "2027-03-11" }, today)).toBe(false);
    expect(attendanceOpen({ status: "draft", date: today }, today)).toBe(false);
  });

  it("sends only the marks chosen; saved marks come back as chosen", () => {
    expect(marksToSend({ a: "came", b: "absent", c: "" })).toEqual([
      { volunteerId: "a", attended: true },
      { volunteerId: "b", attended: false },
    ]);
    expect([true, false, undefined].map((attended) => presenceOf({ attended }))).toEqual([
      "came",
      "absent",
      "",
    ]);
  });

  it("tells how many came and how many of them were thanked", () => {
    expect(thanksState([guest("a")])).toEqual({ marked: false, came: 0, thanked: 0 });
    expect(
      thanksState([
        guest("a", { attended: true, thankedAt: "t" }),
        guest("b", { attended: true }),
        guest("c", { attended: false }),
      ]),
    ).toEqual({ marked: true, came: 2, thanked: 1 });
  });
});
