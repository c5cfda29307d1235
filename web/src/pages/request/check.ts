import { RequestInput, requestFormErrors } from "@rinnalla/core/request";
import type { Problems } from "../../lib/problems.ts";
import type { RequestBody } from "./draft.ts";

/**
 * The request form's check: the API's own schema, with its messages worded for whoever fills
 * the form in ("Write your name" or "Write the name of the person who needs support"), so the
 * browser says exactly what the API would. Loaded once the form is on screen (see send.ts):
 * the validator is a third of the form's JavaScript and nothing needs it before "send".
 */
export function check(
  payload: RequestBody,
): { ok: true; request: RequestInput } | { ok: false; errors: Problems } {
  const result = RequestInput.safeParse(payload);
  if (result.success) return { ok: true, request: result.data };
  const errors: Problems = {};
  for (const [path, key] of Object.entries(requestFormErrors(result.error, payload))) {
    errors[path] = { key };
  }
  return { ok: false, errors };
}

/** The problems with a request, `null` when it may be sent. */
export function validate(payload: RequestBody): Problems | null {
  const checked = check(payload);
  return checked.ok ? null : checked.errors;
}
