import {
  clientLanguages,
  fieldErrors,
  type RequestDraft,
  type RequesterRole,
  RequestInput,
  requesterRoles,
  type Sector,
  sectors,
} from "@rinnalla/core/request";
import type { Locale, MessageKey } from "../../lib/i18n.ts";
import type { Problem, Problems } from "../../lib/problems.ts";
import { blank, type DetailsDraft, requestDetails } from "../../lib/request-details.ts";

/** What the form's controls hold: plain strings, so nothing a person typed is ever reshaped. */
export type FormDraft = DetailsDraft & {
  requesterRole: RequesterRole | "";
  preferredContact: "phone" | "email" | "";
  sector: Sector | "";
  consent: boolean;
  website: string;
};

export type FieldError = Problem;
export type FieldErrors = Problems;

export function emptyDraft(): FormDraft {
  return {
    requesterRole: "",
    requester: { name: "", organisation: "", email: "", phone: "" },
    client: { name: "", email: "", phone: "", languages: [], otherLanguage: "" },
    preferredContact: "",
    sector: "",
    description: "",
    place: "",
    municipality: "",
    date: "",
    startTime: "",
    durationMinutes: "",
    supportNeeds: "",
    consent: false,
    website: "",
  };
}

export const isOnBehalf = (role: FormDraft["requesterRole"]) => role !== "" && role !== "client";
export const hasOrganisation = (role: FormDraft["requesterRole"]) =>
  role === "professional" || role === "partner";

/** The body sent to the API: the schema's fields, not yet valid (the schema decides that). */
export type RequestBody = { [K in keyof RequestDraft]?: unknown };

/** The request body: the draft without fields hidden for the chosen role, blanks left out. */
export function toPayload(draft: FormDraft, locale: Locale): RequestBody {
  const role = draft.requesterRole;
  return {
    locale,
    requesterRole: role || undefined,
    ...requestDetails(draft, { requester: isOnBehalf(role), organisation: hasOrganisation(role) }),
    preferredContact: draft.preferredContact || undefined,
    sector: draft.sector || undefined,
    consent: draft.consent,
    website: blank(draft.website),
  };
}

/** Runs the same schema as the API: the request as it reads it, or the problems by field. */
export function check(
  payload: RequestBody,
): { ok: true; request: RequestInput } | { ok: false; errors: FieldErrors } {
  const result = RequestInput.safeParse(payload);
  if (result.success) return { ok: true, request: result.data };
  const errors: FieldErrors = {};
  for (const [path, key] of Object.entries(fieldErrors(result.error))) errors[path] = { key };
  return { ok: false, errors };
}

/** The problems with a request, `null` when it may be sent. */
export function validate(payload: RequestBody): FieldErrors | null {
  const checked = check(payload);
  return checked.ok ? null : checked.errors;
}

/** The matter's text fields, in page order. */
const matterFields = [
  "description",
  "place",
  "municipality",
  "date",
  "startTime",
  "durationMinutes",
  "supportNeeds",
] as const;

/** Field paths in the order they appear on the page (the contact choice moves with the role). */
export function fieldOrder(onBehalf: boolean): string[] {
  return [
    "requesterRole",
    "requester.name",
    "requester.organisation",
    "requester.email",
    "requester.phone",
    ...(onBehalf ? ["preferredContact"] : []),
    "client.name",
    "client.email",
    "client.phone",
    ...(onBehalf ? [] : ["preferredContact"]),
    "client.languages",
    "client.otherLanguage",
    "sector",
    ...matterFields,
    "consent",
  ];
}

/** Labels used to name a field in the error summary ("Email: enter an address like …"). */
export const fieldLabels: Partial<Record<string, MessageKey>> = {
  requesterRole: "form.requesterRole",
  "requester.name": "form.requester.name",
  "requester.organisation": "form.requester.organisation",
  "requester.email": "form.requester.email",
  "requester.phone": "form.requester.phone",
  preferredContact: "form.preferredContact",
  "client.name": "form.client.name",
  "client.email": "form.client.email",
  "client.phone": "form.client.phone",
  "client.languages": "form.client.languages",
  "client.otherLanguage": "form.client.otherLanguage",
  sector: "form.sector",
  description: "form.description",
  place: "form.place",
  municipality: "form.municipality",
  date: "form.date",
  startTime: "form.startTime",
  durationMinutes: "form.duration",
  supportNeeds: "form.supportNeeds",
};

/** DOM id of a field: the path with dots as dashes; groups point at their first option. */
export function fieldId(path: string): string {
  return path.replaceAll(".", "-");
}

const groupTargets: Record<string, string> = {
  requesterRole: `requesterRole-${requesterRoles[0]}`,
  preferredContact: "preferredContact-phone",
  "client.languages": `languages-${clientLanguages[0]}`,
};

/** Where an error summary link takes focus; `undefined` for paths that have no control. */
export function focusTarget(path: string): string | undefined {
  if (groupTargets[path]) return groupTargets[path];
  return fieldOrder(false).includes(path) ? fieldId(path) : undefined;
}

/** Whether a field is on the page for this role (errors of hidden fields are not shown). */
export function isShown(path: string, role: FormDraft["requesterRole"]): boolean {
  if (path === "requester.organisation") return hasOrganisation(role);
  if (path === "requester" || path.startsWith("requester.")) return isOnBehalf(role);
  return true;
}

/** Field paths on the page, in page order; unknown paths last. */
export function pageOrder(paths: string[], role: FormDraft["requesterRole"]): string[] {
  const order = fieldOrder(isOnBehalf(role));
  const rank = (path: string) => {
    const index = order.indexOf(path);
    return index === -1 ? order.length : index;
  };
  return paths.filter((path) => isShown(path, role)).sort((a, b) => rank(a) - rank(b));
}

/** Errors for the fields on the page, in page order; unknown paths last. */
export const orderedErrors = (
  errors: FieldErrors,
  role: FormDraft["requesterRole"],
): [string, FieldError][] =>
  pageOrder(Object.keys(errors), role).map((path) => [path, errors[path] as FieldError]);

/** Rebuilds a draft from storage, keeping only values of the right shape. */
export function restoreDraft(saved: unknown): FormDraft {
  const draft = emptyDraft();
  if (!isRecord(saved)) return draft;
  const str = (value: unknown, fallback: string) => (typeof value === "string" ? value : fallback);
  const oneOf = <T extends string>(value: unknown, options: readonly T[]): T | "" =>
    options.includes(value as T) ? (value as T) : "";
  draft.requesterRole = oneOf(saved.requesterRole, requesterRoles);
  draft.preferredContact = oneOf(saved.preferredContact, ["phone", "email"] as const);
  draft.sector = oneOf(saved.sector, sectors);
  for (const name of matterFields) {
    draft[name] = str(saved[name], "");
  }
  draft.consent = saved.consent === true;
  if (isRecord(saved.requester)) {
    for (const name of ["name", "organisation", "email", "phone"] as const) {
      draft.requester[name] = str(saved.requester[name], "");
    }
  }
  if (isRecord(saved.client)) {
    for (const name of ["name", "email", "phone", "otherLanguage"] as const) {
      draft.client[name] = str(saved.client[name], "");
    }
    const languages = Array.isArray(saved.client.languages) ? saved.client.languages : [];
    draft.client.languages = clientLanguages.filter((code) => languages.includes(code));
  }
  return draft;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
