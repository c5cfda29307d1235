import { clientLanguages, fieldErrors } from "@rinnalla/core/request";
import { ApplicationInput, type heardFromOptions } from "@rinnalla/core/volunteer";
import type { Locale, MessageKey } from "../lib/i18n.ts";
import { fromKeys, type Problems } from "../lib/problems.ts";

/** The "become a volunteer" form: what its controls hold, and how it becomes the API's body. */

export type ApplyDraft = {
  name: string;
  email: string;
  phone: string;
  municipality: string;
  languages: (typeof clientLanguages)[number][];
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
    languages: [...draft.languages],
    otherLanguage: blank(draft.otherLanguage),
    motivation: blank(draft.motivation),
    heardFrom: draft.heardFrom || undefined,
    consent: draft.consent,
    website: blank(draft.website),
  };
}

/** Runs the API's own schema: the application as it reads it, or the problems by field. */
export function checkApplication(
  body: unknown,
): { ok: true; application: ApplicationInput } | { ok: false; errors: Problems } {
  const result = ApplicationInput.safeParse(body);
  if (result.success) return { ok: true, application: result.data };
  return { ok: false, errors: fromKeys(fieldErrors(result.error)) };
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

/** The control an error summary link focuses; groups point at their first option. */
export function applyTarget(path: string): string | undefined {
  const field = path.split(".")[0] ?? "";
  if (field === "languages") return `apply-languages-${clientLanguages[0]}`;
  return applyFields.some(([p]) => p === field) ? `apply-${field}` : undefined;
}
