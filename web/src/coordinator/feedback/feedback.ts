import type { Locale } from "../../lib/i18n.ts";
import type { Audience, EntryBody, Questionnaire } from "./types.ts";

/** Feedback's pure parts: the years to choose, numbers in words, and an entry's answers. */

/** The order the page shows the surveys in: the clients' own view first. */
export const audienceOrder = [
  "client-after",
  "volunteer-visit",
  "volunteer-round",
  "professional-after",
  "partner-round",
  "client-before",
] as const satisfies readonly Audience[];

/** The API counts answers from 2020 on. */
export const FIRST_YEAR = 2020;
const YEARS_BACK = 5;

/** This year and the few before it, newest first. */
export function yearsToChoose(current: number): number[] {
  const first = Math.max(FIRST_YEAR, current - YEARS_BACK);
  return Array.from({ length: Math.max(1, current - first + 1) }, (_, i) => current - i);
}

/** The year in the address when it is one of the choices, else this year. */
export function chosenYear(param: string | undefined, current: number): number {
  const year = Number(param);
  return yearsToChoose(current).includes(year) ? year : current;
}

const intlLocale: Record<Locale, string> = { fi: "fi-FI", sv: "sv-FI", en: "en-GB" };

/** "3,8" / "3.8": a mean with one decimal, in the locale's way. */
export function formatMean(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale[locale], {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value);
}

/** "+1,4", "−0,3", "0,0": a change, always with its sign. */
export function formatChange(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale[locale], {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: "exceptZero",
  }).format(value);
}

/** What was typed in, by question id: a chosen radio's value, or a text. */
export type EntryDraft = Record<string, string>;

/**
 * The values to send: each answered question in its own shape (a scale as its number), empty
 * texts left out, and nothing the questionnaire does not ask.
 */
export function entryValues(
  questions: Questionnaire["questions"],
  draft: EntryDraft,
): EntryBody["values"] {
  const values: EntryBody["values"] = {};
  for (const q of questions) {
    const given = (draft[q.id] ?? "").trim();
    if (!given) continue;
    values[q.id] = q.kind === "scale" ? Number(given) : given;
  }
  return values;
}

/** The control a question's error links to: its first radio, or its text area. */
export function questionTarget(question: Questionnaire["questions"][number]): string {
  if (question.kind === "scale") return `entry-${question.id}-1`;
  if (question.kind === "yesno") return `entry-${question.id}-yes`;
  return `entry-${question.id}`;
}

export const scaleValues = ["1", "2", "3", "4", "5"] as const;
export const yesnoValues = ["yes", "no", "unsure"] as const;
