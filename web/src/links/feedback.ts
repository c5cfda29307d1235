import type { ApiFailure } from "../lib/api.ts";

/**
 * Pure: the course feedback form's answers as the API takes them, and what its refusals mean.
 * Every question is optional; an empty text is no answer.
 */

export type FeedbackValues = Record<string, number | string>;

/** What is sent: numbers as chosen, texts trimmed, empty texts left out. */
export function toSend(values: FeedbackValues): FeedbackValues {
  const sent: FeedbackValues = {};
  for (const [id, value] of Object.entries(values)) {
    if (typeof value === "number") sent[id] = value;
    else if (value.trim() !== "") sent[id] = value.trim();
  }
  return sent;
}

/** The API's field errors (`values.<question>`) by question. */
export function questionErrors(fields: Record<string, string>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [path, text] of Object.entries(fields)) {
    const id = path.startsWith("values.") ? path.slice("values.".length) : undefined;
    if (id) errors[id] = text;
  }
  return errors;
}

/**
 * A refusal that ends the form: the link was used (here or elsewhere: 404, or 409 when two
 * presses crossed) or the survey has closed (410).
 */
export type FeedbackEnd = "used" | "closed";
export function feedbackEnd(failure: ApiFailure): FeedbackEnd | undefined {
  if (failure.kind !== "rejected") return undefined;
  if (failure.status === 404 || failure.status === 409) return "used";
  if (failure.status === 410) return "closed";
  return undefined;
}
