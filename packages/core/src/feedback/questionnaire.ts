import * as z from "zod";
import { type Locale, locales } from "../i18n/locale.ts";
import { maskContacts } from "./mask.ts";

/**
 * What a feedback survey asks, as data: each audience has numbered versions, an answer keeps the
 * version it was given to, and a question keeps its id across versions. An association may
 * reword a question or add one in a new version; answers to the same id stay comparable, and
 * an old answer is never re-read against a newer wording.
 */

export const audiences = [
  "client-before",
  "client-after",
  "volunteer-visit",
  "volunteer-round",
  "professional-after",
  "partner-round",
] as const;
export type Audience = (typeof audiences)[number];

/** 1–5 with a pictogram and a word; yes / no / can't say; free text. */
export const questionKinds = ["scale", "yesno", "text"] as const;
export type QuestionKind = (typeof questionKinds)[number];

export const SCALE = [1, 2, 3, 4, 5] as const;
export const YESNO = ["yes", "no", "unsure"] as const;
export type YesNo = (typeof YESNO)[number];

const words = (max: number) =>
  z.object(
    Object.fromEntries(locales.map((l) => [l, z.string().trim().min(1).max(max)])) as Record<
      Locale,
      z.ZodString
    >,
  );

export const Question = z.object({
  id: z.string().regex(/^[a-z][A-Za-z0-9]{0,39}$/, "error.invalid"),
  kind: z.enum(questionKinds),
  text: words(300),
});
export type Question = z.output<typeof Question>;

/** The words under the five steps of a scale, per language (1 = least). */
const ScaleWords = z.object(
  Object.fromEntries(
    locales.map((l) => [l, z.array(z.string().trim().min(1).max(40)).length(5)]),
  ) as Record<Locale, z.ZodArray<z.ZodString>>,
);

export const Content = z
  .object({
    questions: z.array(Question).min(1).max(12),
    scale: ScaleWords,
  })
  .superRefine((value, ctx) => {
    const seen = new Set<string>();
    value.questions.forEach((q, i) => {
      if (seen.has(q.id)) {
        ctx.addIssue({ code: "custom", path: ["questions", i, "id"], message: "error.duplicate" });
      }
      seen.add(q.id);
    });
  });
export type Content = z.output<typeof Content>;

export interface Questionnaire extends Content {
  audience: Audience;
  version: number;
}

export type Values = Record<string, number | string>;

/** A question's kind must not change under its id: old answers would be read wrongly. */
export function kindChanges(previous: Content, next: Content): string[] {
  return next.questions
    .filter((q) => {
      const before = previous.questions.find((p) => p.id === q.id);
      return before !== undefined && before.kind !== q.kind;
    })
    .map((q) => q.id);
}

/**
 * Free text as kept: trimmed, without control or direction-override characters, and with any
 * email address or phone number masked before it is stored, so an answer stays anonymous even
 * when its writer forgot.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
export const plainText = (text: string) => maskContacts(text.replace(CONTROL, "").trim());

export type FieldErrors = Record<string, "error.invalid">;

/**
 * Keeps only what the questionnaire asks, each in its own shape. Returns the kept values and
 * a field error for anything that does not fit; an empty text is simply not kept.
 */
export function check(
  questionnaire: Pick<Content, "questions">,
  values: Record<string, unknown>,
): { kept: Values; errors: FieldErrors } {
  const kept: Values = {};
  const errors: FieldErrors = {};
  for (const [id, value] of Object.entries(values)) {
    const question = questionnaire.questions.find((q) => q.id === id);
    if (question?.kind === "scale" && SCALE.includes(value as 1)) kept[id] = value as number;
    else if (question?.kind === "yesno" && YESNO.includes(value as YesNo)) {
      kept[id] = value as string;
    } else if (question?.kind === "text" && typeof value === "string" && value.length <= 2000) {
      const text = plainText(value);
      if (text) kept[id] = text;
    } else errors[`values.${id}`] = "error.invalid";
  }
  return { kept, errors };
}

/** A questionnaire in one language, as a survey page shows it. */
export function inLocale(questionnaire: Questionnaire, locale: Locale) {
  return {
    audience: questionnaire.audience,
    version: questionnaire.version,
    questions: questionnaire.questions.map((q) => ({
      id: q.id,
      kind: q.kind,
      text: q.text[locale],
    })),
    scale: questionnaire.scale[locale],
  };
}
