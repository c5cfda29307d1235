import { describe, expect, it } from "vitest";
import {
  detailsBody,
  detailsDraft,
  missingToPublish,
  parseCapacity,
  readMonthDay,
  showMonthDay,
} from "./details.ts";

describe("the gathering's details form", () => {
  it("starts from the draft the job made: only a title", () => {
    const draft = detailsDraft({ title: "Kevään tapaaminen 2027" });
    expect(draft).toMatchObject({ title: "Kevään tapaaminen 2027", date: "", capacity: "" });
    expect(missingToPublish({ title: "x" })).toEqual(["date", "startTime", "place", "answerBy"]);
  });

  it("sends what was typed, empty fields left out and seats as a number", () => {
    const draft = {
      ...detailsDraft({ title: " Kevät " }),
      date: "2027-04-20",
      startTime: "17:00",
      place: "Järjestötalo",
      capacity: "40",
      alsoInTraining: true,
    };
    expect(detailsBody(draft)).toEqual({
      title: "Kevät",
      date: "2027-04-20",
      startTime: "17:00",
      endTime: undefined,
      place: "Järjestötalo",
      accessibility: undefined,
      programme: undefined,
      capacity: 40,
      answerBy: undefined,
      alsoInvite: ["in_training"],
    });
  });

  it("takes seats as none or a whole number of at least one", () => {
    expect(parseCapacity("")).toBeUndefined();
    expect(parseCapacity(" 12 ")).toBe(12);
    expect(["0", "1,5", "kymmenen", "-3"].map(parseCapacity)).toEqual(["bad", "bad", "bad", "bad"]);
  });

  it("shows season days as people write them and reads them back", () => {
    expect(showMonthDay("02-01")).toBe("1.2.");
    expect(showMonthDay("10-31")).toBe("31.10.");
    expect(["1.2.", "1.2", "01.02.", "02-01"].map(readMonthDay)).toEqual([
      "02-01",
      "02-01",
      "02-01",
      "02-01",
    ]);
    expect(readMonthDay("helmikuu")).toBe("helmikuu");
  });
});
