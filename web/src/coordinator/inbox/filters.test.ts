import { describe, expect, it } from "vitest";
import { filtersOf, inboxHref, narrowed } from "./filters.ts";

describe("the inbox's filters in the address", () => {
  it("reads every open request, anyone's, urgent or not, from a bare address", () => {
    expect(filtersOf({})).toEqual({ view: "open", owner: "any", urgent: false });
    expect(inboxHref(filtersOf({}))).toBe("/coordinator");
  });

  it("keeps a view, an owner and urgency, and writes back only what differs", () => {
    const f = filtersOf({ view: "matching", owner: "me", urgent: "true" });
    expect(f).toEqual({ view: "matching", owner: "me", urgent: true });
    expect(inboxHref(f)).toBe("/coordinator?view=matching&owner=me&urgent=true");
    expect(inboxHref({ owner: "none" })).toBe("/coordinator?owner=none");
    expect(narrowed(f)).toBe(true);
    expect(narrowed(filtersOf({ view: "cancelled" }))).toBe(false);
  });

  it("falls back to the default for anything it does not know (the old ?status= too)", () => {
    expect(filtersOf({ view: "everything", owner: ["me", "none"], urgent: "yes" })).toEqual({
      view: "open",
      owner: "me",
      urgent: false,
    });
    expect(filtersOf({ status: "received" }).view).toBe("open");
  });
});
