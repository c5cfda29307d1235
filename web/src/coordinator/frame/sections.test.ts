import { describe, expect, it } from "vitest";
import { currentIn, groups, visibleGroups } from "./sections.ts";

const section = (id: string) => {
  const found = groups.flatMap((g) => g.sections).find((s) => s.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe("the workspace's navigation", () => {
  it("marks the section of the page: its own page, or a page within it", () => {
    expect(currentIn(section("nav-inbox"), "/coordinator")).toBe("page");
    expect(currentIn(section("nav-inbox"), "/coordinator/requests/req_1")).toBe("true");
    expect(currentIn(section("nav-inbox"), "/coordinator/volunteers")).toBeUndefined();
    expect(currentIn(section("nav-volunteers"), "/coordinator/volunteers/vol_1")).toBe("true");
    expect(currentIn(section("nav-calendar"), "/coordinator/calendar/")).toBe("page");
    expect(currentIn(section("nav-training"), "/coordinator/training/coh_1")).toBe("true");
    expect(currentIn(section("nav-gatherings"), "/coordinator/gatherings/gat_1")).toBe("true");
    expect(currentIn(section("nav-thanks"), "/coordinator/thanks")).toBe("page");
    expect(currentIn(section("nav-feedback"), "/coordinator/feedback")).toBe("page");
    expect(currentIn(section("nav-feedback"), "/coordinator/feedback/entry")).toBe("true");
    expect(currentIn(section("nav-reports"), "/coordinator/reports")).toBe("page");
    expect(currentIn(section("nav-feedback"), "/coordinator/reports")).toBeUndefined();
  });

  it("shows the admin pages to admins only, and every link once", () => {
    const ids = (role: "admin" | "coordinator") =>
      visibleGroups(role).flatMap((g) => g.sections.map((s) => s.id));
    expect(ids("coordinator")).not.toContain("nav-organisation");
    expect(ids("admin")).toContain("nav-organisation");
    expect(new Set(ids("admin")).size).toBe(ids("admin").length);
    expect(visibleGroups("coordinator").map((g) => g.id)).toEqual(["work", "system"]);
  });
});
