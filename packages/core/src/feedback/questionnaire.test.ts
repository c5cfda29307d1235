import { describe, expect, it } from "vitest";
import { locales } from "../i18n/locale.ts";
import { defaults } from "./defaults.ts";
import { audiences, Content, check, inLocale, kindChanges } from "./questionnaire.ts";

const after = defaults["client-after"];

describe("check", () => {
  it("keeps each answer in its question's shape and nothing else", () => {
    expect(check(after, { safe: 1, confident: 5, smoother: "unsure", open: "  Hyvä  " })).toEqual({
      kept: { safe: 1, confident: 5, smoother: "unsure", open: "Hyvä" },
      errors: {},
    });
  });

  it.each([
    ["safe", 0],
    ["safe", 6],
    ["safe", 2.5],
    ["safe", "3"],
    ["smoother", "maybe"],
    ["smoother", 1],
    ["open", 3],
    ["open", "x".repeat(2001)],
    ["unknown", 3],
  ])("refuses %s = %j at its field", (id, value) => {
    expect(check(after, { [id]: value })).toEqual({
      kept: {},
      errors: { [`values.${id}`]: "error.invalid" },
    });
  });

  it("drops an empty text and masks contacts before anything is kept", () => {
    expect(check(after, { open: " \u0007 " }).kept).toEqual({});
    expect(check(after, { open: "Soita 040 123 4567\u202E" }).kept).toEqual({
      open: "Soita [puhelin]",
    });
  });
});

describe("questionnaires as data", () => {
  it("every default is valid content, in every language, with the pairs' ids before and after", () => {
    for (const audience of audiences) {
      expect(Content.safeParse(defaults[audience]).success, audience).toBe(true);
      for (const locale of locales) {
        const shown = inLocale({ audience, version: 1, ...defaults[audience] }, locale);
        expect(shown.scale).toHaveLength(5);
        expect(shown.questions.every((q) => q.text.length > 0)).toBe(true);
      }
    }
    const beforeIds = defaults["client-before"].questions.map((q) => q.id);
    expect(after.questions.slice(0, 3).map((q) => q.id)).toEqual(beforeIds);
  });

  it("refuses duplicate ids and finds a changed kind", () => {
    const doubled = { ...after, questions: [...after.questions, after.questions[0]] };
    expect(Content.safeParse(doubled).success).toBe(false);
    const changed = {
      ...after,
      questions: after.questions.map((q) =>
        q.id === "again" ? { ...q, kind: "scale" as const } : q,
      ),
    };
    expect(kindChanges(after, changed)).toEqual(["again"]);
    expect(kindChanges(after, after)).toEqual([]);
  });
});
