import { type FormDraft, restoreDraft } from "./draft.ts";

/**
 * The draft lives in sessionStorage so a reload (or a failed send) never loses what was typed;
 * it is cleared once the request is accepted. The honeypot is never stored.
 * Where storage is disabled, an in-memory copy keeps the same behaviour for this page view.
 */

const DRAFT_KEY = "rinnalla.request.draft";
const RESULT_KEY = "rinnalla.request.result";
const memory = new Map<string, string>();

function read(key: string): string | null {
  try {
    return sessionStorage.getItem(key);
  } catch {
    return memory.get(key) ?? null; // storage disabled (privacy mode)
  }
}

function write(key: string, value: string | null) {
  try {
    if (value === null) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, value);
  } catch {
    // storage disabled or full: keep the copy in memory instead
    if (value === null) memory.delete(key);
    else memory.set(key, value);
  }
}

function parse(json: string | null): unknown {
  if (json === null) return undefined;
  try {
    return JSON.parse(json);
  } catch {
    return undefined; // a damaged entry is treated as no entry
  }
}

export function loadDraft(): FormDraft {
  return restoreDraft(parse(read(DRAFT_KEY)));
}

export function saveDraft(draft: FormDraft) {
  write(DRAFT_KEY, JSON.stringify({ ...draft, website: undefined }));
}

export function clearDraft() {
  write(DRAFT_KEY, null);
}

/** What the API answered on success, kept so the confirmation survives a reload. */
export type RequestCreated = { reference: string; confirmationEmail: boolean };

export function isRequestCreated(value: unknown): value is RequestCreated {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as RequestCreated).reference === "string" &&
    typeof (value as RequestCreated).confirmationEmail === "boolean"
  );
}

export function saveResult(result: RequestCreated) {
  write(RESULT_KEY, JSON.stringify(result));
}

export function loadResult(): RequestCreated | undefined {
  const saved = parse(read(RESULT_KEY));
  return isRequestCreated(saved) ? saved : undefined;
}
