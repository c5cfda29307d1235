import { describe, expect, it } from "vitest";
import { isSeated, isWaiting, seatChange, waitingList } from "./seats.ts";
import type { Guest } from "./store.ts";

const guest = (id: string, extra: Partial<Guest> = {}): Guest => ({
  gatheringId: "gat_1",
  volunteerId: id,
  name: id,
  answer: "invited",
  invitedAt: "2027-03-01T10:00:00.000Z",
  ...extra,
});
const seated = (id: string) => guest(id, { answer: "yes" });
const waiting = (id: string, since: string) => guest(id, { answer: "yes", waitingSince: since });

describe("seatChange", () => {
  it("gives a yes a seat while there is room, and without a capacity always", () => {
    expect(seatChange({ capacity: 2, seated: 1 }, guest("a"), "yes", [])).toEqual({
      kind: "take",
    });
    expect(seatChange({ seated: 500 }, guest("a"), "yes", [])).toEqual({ kind: "take" });
  });

  it("puts a yes on the waiting list when the seats are taken", () => {
    expect(seatChange({ capacity: 2, seated: 2 }, guest("a"), "yes", [])).toEqual({
      kind: "wait",
    });
    expect(seatChange({ capacity: 0, seated: 0 }, guest("a"), "maybe", [])).toEqual({
      kind: "none",
    });
  });

  it("changes nothing when a yes says yes again, seated or waiting", () => {
    expect(seatChange({ capacity: 1, seated: 1 }, seated("a"), "yes", [])).toEqual({
      kind: "none",
    });
    expect(seatChange({ capacity: 1, seated: 1 }, waiting("a", "2027-03-02"), "yes", [])).toEqual({
      kind: "none",
    });
  });

  it("hands a freed seat to the longest waiting, or frees it when nobody waits", () => {
    const later = waiting("c", "2027-03-03T10:00:00.000Z");
    const earlier = waiting("b", "2027-03-02T10:00:00.000Z");
    const change = seatChange({ capacity: 1, seated: 1 }, seated("a"), "no", [
      seated("a"),
      later,
      earlier,
    ]);
    expect(change).toEqual({ kind: "handOver", to: earlier });
    expect(seatChange({ capacity: 1, seated: 1 }, seated("a"), "maybe", [seated("a")])).toEqual({
      kind: "free",
    });
  });

  it("takes a waiting guest who changes their mind off the list", () => {
    expect(seatChange({ capacity: 1, seated: 1 }, waiting("b", "2027-03-02"), "no", [])).toEqual({
      kind: "leaveQueue",
    });
  });

  it("changes no seat between maybe, no and not answered", () => {
    for (const from of ["invited", "maybe", "no"] as const) {
      for (const to of ["maybe", "no"] as const) {
        expect(
          seatChange({ capacity: 1, seated: 1 }, guest("a", { answer: from }), to, []),
        ).toEqual({ kind: "none" });
      }
    }
  });
});

describe("the waiting list", () => {
  it("is in the order of the answers, ties by id", () => {
    const list = waitingList([
      waiting("c", "2027-03-02T10:00:00.000Z"),
      seated("a"),
      waiting("b", "2027-03-02T10:00:00.000Z"),
      waiting("d", "2027-03-01T10:00:00.000Z"),
    ]);
    expect(list.map((g) => g.volunteerId)).toEqual(["d", "b", "c"]);
  });

  it("tells seated from waiting", () => {
    expect(isSeated(seated("a"))).toBe(true);
    expect(isWaiting(seated("a"))).toBe(false);
    expect(isSeated(waiting("a", "x"))).toBe(false);
    expect(isWaiting(waiting("a", "x"))).toBe(true);
    expect(isSeated(guest("a", { answer: "maybe" }))).toBe(false);
  });
});
