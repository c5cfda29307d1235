import { describe, expect, it } from "vitest";
import { uk } from "../i18n/client-survey/uk.ts";
import { inClientLocale } from "./client-words.ts";
import { defaults } from "./defaults.ts";
import { inLocale, type Questionnaire } from "./questionnaire.ts";

const builtIn = (audience: "client-before" | "client-after" | "professional-after") =>
  ({ audience, version: 1, ...defaults[audience] }) as Questionnaire;

describe("a client's questionnaire in a client language", () => {
  it("shows the built-in version in that language's words", () => {
    const shown = inClientLocale(builtIn("client-after"), "uk");
    expect(shown.scale).toEqual([...uk.scale]);
    expect(shown.questions.map((q) => q.text)).toEqual(
      defaults["client-after"].questions.map((q) => uk.after[q.id as keyof typeof uk.after]),
    );
    const before = inClientLocale(builtIn("client-before"), "uk");
    expect(before.questions[0]?.text).toBe(uk.before.safe);
    // The kinds and ids stay as they are: answers are read by them.
    expect(shown.questions.map((q) => [q.id, q.kind])).toEqual(
      defaults["client-after"].questions.map((q) => [q.id, q.kind]),
    );
  });

  it("shows an association's own version in the base language", () => {
    const own = { ...builtIn("client-after"), version: 2 };
    expect(inClientLocale(own, "uk")).toEqual(inLocale(own, "en"));
    expect(inClientLocale(own, "fi-selko")).toEqual(inLocale(own, "fi"));
  });

  it("leaves fi, sv and en and the other audiences as they are", () => {
    expect(inClientLocale(builtIn("client-after"), "sv")).toEqual(
      inLocale(builtIn("client-after"), "sv"),
    );
    expect(inClientLocale(builtIn("professional-after"), "ar")).toEqual(
      inLocale(builtIn("professional-after"), "en"),
    );
  });
});
