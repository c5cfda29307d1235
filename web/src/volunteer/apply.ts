import { type clientLanguages, fieldErrors } from "@rinnalla/core/request";
import {
  ApplicationInput,
  type heardFromOptions,
  type languageLevels,
} from "@rinnalla/core/volunteer";
import { type Locale, languageName, type MessageKey, tr } from "../lib/i18n.ts";
import type { Problems } from "../lib/problems.ts";

/** The "become a volunteer" form: what its controls hold, and how it becomes the API's body. */

export type LanguageCode = (typeof clientLanguages)[number];
export type LanguageLevel = (typeof languageLevels)[number];

export type ApplyDraft = {
  name: string;
  email: string;
  phone: string;
  municipality: string;
  /** The languages chosen in the picker, in its order. */
  languages: LanguageCode[];
  /** How well they speak each: asked for every chosen language, kept if one is removed and chosen again. */
  levels: Partial<Record<LanguageCode, LanguageLevel>>;
  otherLanguage: string;
  motivation: string;
  heardFrom: (typeof heardFromOptions)[number] | "";
  consent: boolean;
  website: string;
};

export const emptyApplication = (): ApplyDraft => ({
  name: "",
  email: "",
  phone: "",
  municipality: "",
  languages: [],
  levels: {},
  otherLanguage: "",
  motivation: "",
  heardFrom: "",
  consent: false,
  website: "",
});

const blank = (value: string) => (value.trim() === "" ? undefined : value);

export function toApplication(draft: ApplyDraft, locale: Locale) {
  return {
    locale,
    name: blank(draft.name),
    email: blank(draft.email),
    phone: blank(draft.phone),
    municipality: blank(draft.municipality),
    languages: draft.languages.map((code) => ({ code, level: draft.levels[code] })),
    otherLanguage: blank(draft.otherLanguage),
    motivation: blank(draft.motivation),
    heardFrom: draft.heardFrom || undefined,
    consent: draft.consent,
    website: blank(draft.website),
  };
}

/** `languages.1.level` → the language whose level it is, in the draft's order. */
export function levelPath(path: string, draft: ApplyDraft): LanguageCode | undefined {
  const match = /^languages\.(\d+)\.level$/.exec(path);
  return match ? draft.languages[Number(match[1])] : undefined;
}

/**
 * Runs the API's own schema: the application as it reads it, or the problems by field. A
 * missing level says which language it is about ("Choose how well you speak Somali").
 */
export function checkApplication(
  draft: ApplyDraft,
  locale: Locale,
): { ok: true; application: ApplicationInput } | { ok: false; errors: Problems } {
  const result = ApplicationInput.safeParse(toApplication(draft, locale));
  if (result.success) return { ok: true, application: result.data };
  const errors: Problems = {};
  for (const [path, key] of Object.entries(fieldErrors(result.error))) {
    const code = levelPath(path, draft);
    errors[path] = code
      ? { text: tr("volunteer.apply.level.missing", { language: languageName(code) }) }
      : { key };
  }
  return { ok: false, errors };
}

/** Field paths in page order, with the label that names each in the error summary. */
export const applyFields: [path: string, label: MessageKey][] = [
  ["name", "volunteer.apply.name"],
  ["email", "volunteer.apply.email"],
  ["phone", "volunteer.apply.phone"],
  ["municipality", "volunteer.apply.municipality"],
  ["languages", "volunteer.apply.languages"],
  ["otherLanguage", "volunteer.apply.otherLanguage"],
  ["motivation", "volunteer.apply.motivation"],
  ["heardFrom", "volunteer.apply.heardFrom"],
  ["consent", "volunteer.apply.consent.label"],
];

/** The control an error summary link focuses: a level's first option, the picker, a field. */
export function applyTarget(path: string, draft: ApplyDraft): string | undefined {
  const code = levelPath(path, draft);
  if (code) return `apply-level-${code}-native`;
  const field = path.split(".")[0] ?? "";
  return applyFields.some(([p]) => p === field) ? `apply-${field}` : undefined;
}

/** The label naming a problem in the summary; none for a level (its message names the language). */
export function applyLabel(path: string): MessageKey | undefined {
  return /^languages\.\d+\.level$/.test(path)
    ? undefined
    : applyFields.find(([p]) => p === path)?.[1];
}
