import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defaults } from "../feedback/defaults.ts";
import * as arMail from "./client-mail/ar.ts";
import * as fiSelkoMail from "./client-mail/fi-selko.ts";
import * as ruMail from "./client-mail/ru.ts";
import * as soMail from "./client-mail/so.ts";
import * as ukMail from "./client-mail/uk.ts";
import * as arSurvey from "./client-survey/ar.ts";
import * as fiSelkoSurvey from "./client-survey/fi-selko.ts";
import type { ClientSurveyWords } from "./client-survey/keys.ts";
import * as ruSurvey from "./client-survey/ru.ts";
import * as soSurvey from "./client-survey/so.ts";
import * as ukSurvey from "./client-survey/uk.ts";
import { type ExtraLocale, extraLocales, extraPublicTexts, t } from "./index.ts";
import { fi as mail } from "./mail/fi.ts";
import * as arPublic from "./public/ar.ts";
import { fi as pub } from "./public/fi.ts";
import * as fiSelkoPublic from "./public/fi-selko.ts";
import * as ruPublic from "./public/ru.ts";
import * as soPublic from "./public/so.ts";
import * as ukPublic from "./public/uk.ts";
import * as arTexts from "./texts/ar.ts";
import { fi as texts } from "./texts/fi.ts";
import * as fiSelkoTexts from "./texts/fi-selko.ts";
import * as ruTexts from "./texts/ru.ts";
import * as soTexts from "./texts/so.ts";
import * as ukTexts from "./texts/uk.ts";

/**
 * The client languages beyond fi, sv and en (machine-translated first, then reviewed): each
 * catalog complete, nothing empty, the same placeholders as the Finnish source, marked for
 * review, and actually used rather than the fallback.
 */

type Strings = Record<string, string>;
const exportName = (l: ExtraLocale) => (l === "fi-selko" ? "fiSelko" : l);
const pick = <T>(l: ExtraLocale, modules: Record<ExtraLocale, Record<string, unknown>>) =>
  modules[l][exportName(l)] as T;

const publicOf: Record<ExtraLocale, Record<string, unknown>> = {
  "fi-selko": fiSelkoPublic,
  uk: ukPublic,
  ru: ruPublic,
  ar: arPublic,
  so: soPublic,
};
const mailOf: Record<ExtraLocale, Record<string, unknown>> = {
  "fi-selko": fiSelkoMail,
  uk: ukMail,
  ru: ruMail,
  ar: arMail,
  so: soMail,
};
const textsOf: Record<ExtraLocale, Record<string, unknown>> = {
  "fi-selko": fiSelkoTexts,
  uk: ukTexts,
  ru: ruTexts,
  ar: arTexts,
  so: soTexts,
};
const surveyOf: Record<ExtraLocale, Record<string, unknown>> = {
  "fi-selko": fiSelkoSurvey,
  uk: ukSurvey,
  ru: ruSurvey,
  ar: arSurvey,
  so: soSurvey,
};

/** The mail keys a client can get, as `ClientMailKey` (client-mail/keys.ts) names them. */
const CLIENT_MAIL =
  /^mail\.(action|cancelled|clientReminder|footer|found|noVolunteer|requestReceived|survey)\.|^mail\.(greeting|greetingPlain|linkFallback|signature)$/;
const clientMail = Object.fromEntries(Object.entries(mail).filter(([k]) => CLIENT_MAIL.test(k)));

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** The file's first comment, line or block. */
function firstComment(path: string): string {
  const source = readFileSync(new URL(path, import.meta.url), "utf8");
  return source.match(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/)?.[0] ?? "";
}

function expectComplete(catalog: Strings, source: Strings) {
  expect(Object.keys(catalog).sort()).toEqual(Object.keys(source).sort());
  for (const [key, text] of Object.entries(source)) {
    const translated = catalog[key] ?? "";
    expect(translated.trim(), key).not.toBe("");
    expect(placeholders(translated), key).toEqual(placeholders(text));
  }
}

const surveySource = {
  before: defaults["client-before"].questions.map((q) => q.id).sort(),
  after: defaults["client-after"].questions.map((q) => q.id).sort(),
};

describe.each(extraLocales)("the %s catalogs", (l) => {
  it("public: every key, none empty, the Finnish placeholders", () => {
    expectComplete(pick<Strings>(l, publicOf), pub);
  });

  it("client-mail: every key, none empty, the Finnish placeholders", () => {
    expectComplete(pick<Strings>(l, mailOf), clientMail);
  });

  it("texts: every key, none empty, the Finnish placeholders", () => {
    expectComplete(pick<Strings>(l, textsOf), texts);
  });

  it("client-survey: five scale words and every question, none empty", () => {
    const words = pick<ClientSurveyWords>(l, surveyOf);
    expect(words.scale).toHaveLength(5);
    for (const word of words.scale) expect(word.trim()).not.toBe("");
    for (const part of ["before", "after"] as const) {
      expect(Object.keys(words[part]).sort()).toEqual(surveySource[part]);
      for (const text of Object.values(words[part])) {
        expect(text.trim()).not.toBe("");
        expect(placeholders(text)).toEqual([]);
      }
    }
  });

  it.each(["public", "client-mail", "texts", "client-survey"])(
    "%s says in its first comment that it needs review",
    (kind) => {
      expect(firstComment(`./${kind}/${l}.ts`)).toMatch(/review/i);
    },
  );

  it("is what t() says for a client's email, not the fallback", () => {
    const catalog = pick<Strings>(l, mailOf);
    for (const key of Object.keys(clientMail)) {
      expect(t(l, key as keyof typeof mail), key).toBe(catalog[key]);
    }
    const errors = pick<Strings>(l, publicOf);
    expect(t(l, "error.required")).toBe(errors["error.required"]);
  });

  it("is what the site loads", async () => {
    expect(await extraPublicTexts(l)).toEqual(pick<Strings>(l, publicOf));
  });
});

describe("a client language without a text of its own", () => {
  it("falls back to its base: plain Finnish to Finnish, the others to English", () => {
    // A staff text no client language translates.
    expect(t("fi-selko", "mail.digest.subject")).toBe(t("fi", "mail.digest.subject"));
    expect(t("ar", "mail.digest.subject")).toBe(t("en", "mail.digest.subject"));
  });
});
