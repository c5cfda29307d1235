import { describe, expect, it } from "vitest";
import { badCourseFields, courseBody, courseDraft } from "./course.ts";

describe("the course template's form", () => {
  const course = {
    sessions: [
      { topic: "role", minutes: 210 },
      { topic: "custom", title: "Digitaidot", minutes: 120 },
    ],
    partialCountsFrom: 150,
    profileRequired: true,
  };

  it("edits the template and sends it back on the version seen", () => {
    const draft = courseDraft(course);
    expect(courseBody(draft, 3)).toEqual({ ...course, version: 3 });
  });

  it("sends a custom title only with a custom topic, and finds minutes that are not numbers", () => {
    const draft = courseDraft(course);
    draft.sessions[0] = { topic: "role", title: "Ignored", minutes: "3,5 h" };
    draft.partialCountsFrom = "";
    expect(courseBody(draft, 1).sessions[0]).not.toHaveProperty("title");
    expect(badCourseFields(draft)).toEqual(["sessions.0.minutes", "partialCountsFrom"]);
  });
});
