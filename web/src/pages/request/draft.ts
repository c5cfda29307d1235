import {
  clientLanguages,
  type LocalLanguageLevel,
  localLanguageLevels,
  localLanguages,
  mainLanguageOf,
  type RequestDraft,
  type RequesterRole,
  requesterRoles,
  type Sector,
  sectors,
} from "@rinnalla/core/request";
import type { ClientLocale, MessageKey } from "../../lib/i18n.ts";
import type { Problem, Problems } from "../../lib/problems.ts";
import { blank, type DetailsDraft, requestDetails } from "../../lib/request-details.ts";

/**
 * The request form's draft and its rules: what is asked of whom, what is sent, where each
 * problem shows. Only the choices come from core here; the schema that checks a request is in
 * check.ts, loaded once the form is on screen, so the form's first paint does not wait for it.
 */

export type ClientLanguage = (typeof clientLanguages)[number];

/** The client as the form holds them: the shared details, and which language they need. */
export type ClientDraft = DetailsDraft["client"] & {
  mainLanguage: ClientLanguage | "";
  finnishOrSwedish: LocalLanguageLevel | "";
};

/** What the form's controls hold: plain strings, so nothing a person typed is ever reshaped. */
export type FormDraft = Omit<DetailsDraft, "client"> & {
  client: ClientDraft;
  requesterRole: RequesterRole | "";
  preferredContact: "phone" | "email" | "";
  sector: Sector | "";
  consent: boolean;
  /** Separate choices, unticked until the person ticks them: a survey after the visit, texts. */
  surveys: boolean;
  sms: boolean;
  website: string;
};

export type FieldError = Problem;
export type FieldErrors = Problems;

export function emptyDraft(): FormDraft {
  return {
    requesterRole: "",
    requester: { name: "", organisation: "", email: "", phone: "" },
    client: {
      name: "",
      email: "",
      phone: "",
      languages: [],
      otherLanguage: "",
      mainLanguage: "",
      finnishOrSwedish: "",
    },
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
    surveys: false,
    sms: false,
    website: "",
  };
}

export const isOnBehalf = (role: FormDraft["requesterRole"]) => role !== "" && role !== "client";
export const hasOrganisation = (role: FormDraft["requesterRole"]) =>
  role === "professional" || role === "partner";
/** The client fills the form themself: its words say "you", not "they". */
export const isSelf = (role: FormDraft["requesterRole"]) => role === "client";

/** "Which of these do they manage best in?" is asked when more than one language is chosen. */
export const asksMainLanguage = (client: ClientDraft) => client.languages.length > 1;

/** The main language as the form will send it: the one picked among several, or the only one. */
export function mainLanguage(client: ClientDraft): ClientLanguage | undefined {
  const picked =
    asksMainLanguage(client) && client.languages.includes(client.mainLanguage as ClientLanguage)
      ? (client.mainLanguage as ClientLanguage)
      : undefined;
  return mainLanguageOf({ languages: client.languages, mainLanguage: picked }) as
    | ClientLanguage
    | undefined;
}

/**
 * "How do they manage in Finnish or Swedish?" is asked once the main language is known and is
 * neither, or when the only language given is written in ("Oromo"). Not before a main language
 * is picked among several: choosing Finnish there makes the question moot.
 */
export function asksFinnishOrSwedish(client: ClientDraft): boolean {
  if (client.languages.length === 0) return client.otherLanguage.trim() !== "";
  const main = mainLanguage(client);
  return main !== undefined && !(localLanguages as readonly string[]).includes(main);
}

/** The body sent to the API: the schema's fields, not yet valid (the schema decides that). */
export type RequestBody = { [K in keyof RequestDraft]?: unknown };

/**
 * The request body: the draft without the questions not asked, blanks left out, and the privacy
 * notice's version the form showed (the API refuses a version that is no longer current).
 */
export function toPayload(
  draft: FormDraft,
  locale: ClientLocale,
  noticeVersion?: string,
): RequestBody {
  const role = draft.requesterRole;
  const details = requestDetails(draft, {
    requester: isOnBehalf(role),
    organisation: hasOrganisation(role),
  });
  const client = draft.client;
  return {
    locale,
    requesterRole: role || undefined,
    ...details,
    client: {
      ...details.client,
      mainLanguage: asksMainLanguage(client) ? mainLanguage(client) : undefined,
      finnishOrSwedish: (asksFinnishOrSwedish(client) && client.finnishOrSwedish) || undefined,
    },
    preferredContact: draft.preferredContact || undefined,
    sector: draft.sector || undefined,
    consent: draft.consent,
    noticeVersion,
    surveys: draft.surveys,
    sms: draft.sms,
    website: blank(draft.website),
  };
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
    "client.mainLanguage",
    "client.finnishOrSwedish",
    "sector",
    ...matterFields,
    "consent",
  ];
}

/** Labels used to name a field (and its problem in the error summary), as the other sees it. */
const fieldLabels: Partial<Record<string, MessageKey>> = {
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
  "client.mainLanguage": "form.client.mainLanguage",
  "client.finnishOrSwedish": "form.client.finnishOrSwedish",
  sector: "form.sector",
  description: "form.description",
  place: "form.place",
  municipality: "form.municipality",
  date: "form.date",
  startTime: "form.startTime",
  durationMinutes: "form.duration",
  supportNeeds: "form.supportNeeds",
};

/** The same labels for someone filling the form for themself ("Your name", "Languages you speak"). */
const selfLabels: Partial<Record<string, MessageKey>> = {
  "client.name": "form.requester.name",
  "client.email": "form.requester.email",
  "client.phone": "form.requester.phone",
  "client.languages": "form.client.languages.self",
  "client.mainLanguage": "form.client.mainLanguage.self",
  "client.finnishOrSwedish": "form.client.finnishOrSwedish.self",
  supportNeeds: "form.supportNeeds.self",
};

/** A field's label, worded for whoever fills the form in. */
export function fieldLabel(path: string, role: FormDraft["requesterRole"]): MessageKey | undefined {
  return (isSelf(role) ? selfLabels[path] : undefined) ?? fieldLabels[path];
}

/** DOM id of a field: the path with dots as dashes; groups point at their first option. */
export function fieldId(path: string): string {
  return path.replaceAll(".", "-");
}

/** Groups of radios: a link to one focuses its first option. */
function groupTarget(path: string, draft: FormDraft): string | undefined {
  switch (path) {
    case "requesterRole":
      return `requesterRole-${requesterRoles[0]}`;
    case "preferredContact":
      return "preferredContact-phone";
    case "client.mainLanguage":
      return `client-mainLanguage-${draft.client.languages[0] ?? ""}`;
    case "client.finnishOrSwedish":
      return `client-finnishOrSwedish-${localLanguageLevels[0]}`;
  }
  return undefined;
}

/** Where an error summary link takes focus; `undefined` for paths that have no control. */
export function focusTarget(path: string, draft: FormDraft): string | undefined {
  return groupTarget(path, draft) ?? (fieldOrder(false).includes(path) ? fieldId(path) : undefined);
}

/** Whether a field is on the page (errors of fields not asked are not shown). */
export function isShown(path: string, draft: FormDraft): boolean {
  const role = draft.requesterRole;
  if (path === "requester.organisation") return hasOrganisation(role);
  if (path === "requester" || path.startsWith("requester.")) return isOnBehalf(role);
  if (path === "client.mainLanguage") return asksMainLanguage(draft.client);
  if (path === "client.finnishOrSwedish") return asksFinnishOrSwedish(draft.client);
  return true;
}

/** Field paths on the page, in page order; unknown paths last. */
export function pageOrder(paths: string[], draft: FormDraft): string[] {
  const order = fieldOrder(isOnBehalf(draft.requesterRole));
  const rank = (path: string) => {
    const index = order.indexOf(path);
    return index === -1 ? order.length : index;
  };
  return paths.filter((path) => isShown(path, draft)).sort((a, b) => rank(a) - rank(b));
}

/** Errors for the fields on the page, in page order; unknown paths last. */
export const orderedErrors = (errors: FieldErrors, draft: FormDraft): [string, FieldError][] =>
  pageOrder(Object.keys(errors), draft).map((path) => [path, errors[path] as FieldError]);

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
  draft.surveys = saved.surveys === true;
  draft.sms = saved.sms === true;
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
    draft.client.mainLanguage = oneOf(saved.client.mainLanguage, clientLanguages);
    draft.client.finnishOrSwedish = oneOf(saved.client.finnishOrSwedish, localLanguageLevels);
  }
  return draft;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
