import { describe, expect, it } from "vitest";
import {
  answerBody,
  canAnswer,
  choiceFromQuery,
  gatheringCalendar,
  initialChoice,
  panelFor,
  panels,
  standing,
} from "./gathering.ts";

describe("a gathering invitation's page", () => {
  it("starts with the answer the email's link chose, else the one given, else none", () => {
    expect(choiceFromQuery("?answer=maybe")).toBe("maybe");
    expect(choiceFromQuery("?answer=perhaps")).toBeUndefined();
    expect(choiceFromQuery("")).toBeUndefined();
    expect(initialChoice("yes", "no")).toBe("yes");
    expect(initialChoice(undefined, "no")).toBe("no");
    expect(initialChoice(undefined, "invited")).toBeUndefined();
  });

  it("says where the volunteer stands: a place, the waiting list, maybe, no or not answered", () => {
    expect(standing({ answer: "yes", seat: "seat" })).toBe("seat");
    expect(standing({ answer: "yes", seat: "waiting" })).toBe("waiting");
    expect(standing({ answer: "maybe" })).toBe("maybe");
    expect(standing({ answer: "no" })).toBe("no");
    expect(standing({ answer: "invited" })).toBe("unanswered");
  });

  it("sends needs only with a yes or a maybe, and leaves empty ones out", () => {
    expect(answerBody("yes", " Gluteeniton ", "  ")).toEqual({
      answer: "yes",
      diet: "Gluteeniton",
      access: undefined,
    });
    expect(answerBody("no", "Gluteeniton", "Pyörätuoli")).toEqual({ answer: "no" });
  });

  it("shows what an answer came to, and on opening only a closed or cancelled gathering", () => {
    const open = { status: "published", open: true } as const;
    expect(panelFor(open, undefined)).toBeUndefined();
    expect(panelFor({ status: "published", open: false }, undefined)).toBe(panels.closed);
    expect(panelFor({ status: "cancelled", open: false }, undefined)).toBe(panels.cancelled);
    const answered = (answer: "yes" | "maybe" | "no", place?: "seat" | "waiting") =>
      panelFor(open, { outcome: "answered", answer, ...(place && { place }) });
    expect(answered("yes", "seat")).toBe(panels.seat);
    expect(answered("yes", "waiting")).toBe(panels.waiting);
    expect(answered("maybe")).toBe(panels.maybe);
    expect(answered("no")).toBe(panels.no);
    expect(panelFor(open, { outcome: "closed" })).toBe(panels.closed);
    expect(panelFor(open, { outcome: "cancelled" })).toBe(panels.cancelled);
    expect(canAnswer(open)).toBe(true);
    expect(canAnswer({ status: "published", open: false })).toBe(false);
    expect(canAnswer({ status: "cancelled", open: true })).toBe(false);
  });

  it("gives the gathering as a calendar entry in UTC, two hours without an end", () => {
    const view = {
      title: "Syystapaaminen; kahvit, pullat",
      date: "2027-10-20",
      startTime: "17:00",
      place: "Järjestötalo",
    };
    const ics = gatheringCalendar(view, Date.parse("2027-10-01T08:00:00Z")) ?? "";
    expect(ics).toContain("DTSTART:20271020T140000Z");
    expect(ics).toContain("DTEND:20271020T160000Z");
    expect(ics).toContain("SUMMARY:Syystapaaminen\\; kahvit\\, pullat");
    expect(ics).toContain("LOCATION:Järjestötalo");
    // In winter time Helsinki is UTC+2; the end given is used.
    const winter = gatheringCalendar(
      { ...view, date: "2027-11-03", endTime: "19:30" },
      Date.parse("2027-10-01T08:00:00Z"),
    );
    expect(winter).toContain("DTSTART:20271103T150000Z");
    expect(winter).toContain("DTEND:20271103T173000Z");
    expect(gatheringCalendar({ title: "Luonnos" }, 0)).toBeUndefined();
  });
});
