// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from "vitest";
import { en } from "../i18n/volunteer/en.ts";
import { fi } from "../i18n/volunteer/fi.ts";
import { sv } from "../i18n/volunteer/sv.ts";
import { addMessages, setLocale } from "../lib/i18n.ts";
import {
  type ApplyDraft,
  applyLabel,
  applyTarget,
  checkApplication,
  emptyApplication,
  toApplication,
} from "./apply.ts";

beforeAll(async () => {
  await setLocale("en");
  addMessages({ fi, sv, en });
});

const application = (overrides: Partial<ApplyDraft> = {}): ApplyDraft => ({
  ...emptyApplication(),
  name: "Faadumo Cali",
  email: "faadumo@example.org",
  municipality: "Vantaa",
  languages: ["fi", "so"],
  levels: { so: "native", fi: "fluent" },
  motivation: "Haluan auttaa.",
  heardFrom: "friend",
  consent: true,
  ...overrides,
});

describe("the volunteer application's languages", () => {
  it("sends each chosen language with its level", () => {
    expect(toApplication(application(), "fi").languages).toEqual([
      { code: "fi", level: "fluent" },
      { code: "so", level: "native" },
    ]);
    expect(checkApplication(application(), "fi")).toMatchObject({
      ok: true,
      application: { languages: [{ code: "fi" }, { code: "so", level: "native" }] },
    });
  });

  it("forgets the level of a language no longer chosen", () => {
    const sent = toApplication(application({ languages: ["so"] }), "fi");
    expect(sent.languages).toEqual([{ code: "so", level: "native" }]);
  });

  it("asks the level of each language by its name, and points at its first choice", () => {
    const draft = application({ levels: { so: "native" } });
    const checked = checkApplication(draft, "en");
    expect(checked).toEqual({
      ok: false,
      errors: { "languages.0.level": { text: "Choose how well you speak Finnish." } },
    });
    expect(applyTarget("languages.0.level", draft)).toBe("apply-level-fi-native");
    expect(applyLabel("languages.0.level")).toBeUndefined();
  });

  it("asks for at least one language, at the picker", () => {
    const draft = application({ languages: [], levels: {} });
    expect(checkApplication(draft, "en")).toMatchObject({
      ok: false,
      errors: { languages: { key: "error.languages" } },
    });
    expect(applyTarget("languages", draft)).toBe("apply-languages");
    expect(applyLabel("languages")).toBe("volunteer.apply.languages");
  });
});
