import { describe, expect, it } from "vitest";
import { daysLeft, undoable } from "./erasure.ts";

const at = (iso: string) => new Date(iso);
const erasure = { id: "era_1", undoUntil: "2027-03-06T10:00:00.000Z" };

describe("an erasure's undo", () => {
  it("can be undone until its deadline, and not from the deadline on", () => {
    expect(undoable(erasure, at("2027-02-27T10:00:00.000Z"))).toBe(erasure);
    expect(undoable(erasure, at("2027-03-06T09:59:59.999Z"))).toBe(erasure);
    expect(undoable(erasure, at("2027-03-06T10:00:00.000Z"))).toBeUndefined();
    expect(undoable(undefined, at("2027-02-27T10:00:00.000Z"))).toBeUndefined();
    expect(undoable({ id: "x", undoUntil: "nonsense" })).toBeUndefined();
  });

  it("counts the days left to the nearest day, at least one while it can be undone", () => {
    expect(daysLeft(erasure.undoUntil, at("2027-02-27T10:00:00.000Z"))).toBe(7);
    // The browser's clock a few seconds behind the server's still says 7.
    expect(daysLeft(erasure.undoUntil, at("2027-02-27T09:59:55.000Z"))).toBe(7);
    expect(daysLeft(erasure.undoUntil, at("2027-02-27T11:00:00.000Z"))).toBe(7);
    expect(daysLeft(erasure.undoUntil, at("2027-02-28T09:00:00.000Z"))).toBe(6);
    expect(daysLeft(erasure.undoUntil, at("2027-03-05T10:00:00.000Z"))).toBe(1);
    expect(daysLeft(erasure.undoUntil, at("2027-03-06T09:00:00.000Z"))).toBe(1);
    expect(daysLeft(erasure.undoUntil, at("2027-03-06T10:00:00.000Z"))).toBe(0);
    expect(daysLeft(erasure.undoUntil, at("2027-04-01T10:00:00.000Z"))).toBe(0);
  });
});
