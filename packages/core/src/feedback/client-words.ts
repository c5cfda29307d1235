import { ar } from "../i18n/client-survey/ar.ts";
import { fiSelko } from "../i18n/client-survey/fi-selko.ts";
import type { ClientSurveyWords } from "../i18n/client-survey/keys.ts";
import { ru } from "../i18n/client-survey/ru.ts";
import { so } from "../i18n/client-survey/so.ts";
import { uk } from "../i18n/client-survey/uk.ts";
import { baseLocale, type ClientLocale, type ExtraLocale, isLocale } from "../i18n/locale.ts";
import { type Audience, inLocale, type Questionnaire } from "./questionnaire.ts";

/**
 * The client's questionnaires in the client languages beyond fi, sv and en. Only the built-in
 * version (1) is translated: an association's own version exists in fi, sv and en only, and is
 * shown in the language's base (plain Finnish as Finnish, the others as English).
 */
const clientWords: Record<ExtraLocale, ClientSurveyWords> = {
  "fi-selko": fiSelko,
  uk,
  ru,
  ar,
  so,
};

const translated: Partial<Record<Audience, "before" | "after">> = {
  "client-before": "before",
  "client-after": "after",
};

/** A questionnaire in one client language, as a survey page shows it. */
export function inClientLocale(questionnaire: Questionnaire, locale: ClientLocale) {
  const base = inLocale(questionnaire, baseLocale(locale));
  const part = translated[questionnaire.audience];
  if (isLocale(locale) || !part || questionnaire.version !== 1) return base;
  const words = clientWords[locale];
  const texts: Record<string, string> = words[part];
  return {
    ...base,
    questions: base.questions.map((q) => ({ ...q, text: texts[q.id] || q.text })),
    scale: [...words.scale],
  };
}
