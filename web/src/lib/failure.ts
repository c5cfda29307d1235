import type { ApiFailure } from "./api.ts";
import { tr } from "./i18n.ts";

/** What to tell the user about a failed call, in the UI language. */
export function failureText(failure: ApiFailure): string {
  switch (failure.kind) {
    case "validation":
      return failure.message || tr("error.validation");
    case "too_large":
      return failure.message || tr("error.tooLarge");
    case "rate_limited":
      return failure.message || tr("error.rateLimited");
    case "rejected":
      return failure.message || tr("error.server");
    case "server":
      return tr("error.server");
    case "network":
      return tr("error.network");
  }
}

/**
 * True for an answer that only moved the user elsewhere (signing in is needed, or its second
 * step): the page shows nothing of it.
 */
export function redirected(failure: ApiFailure): boolean {
  return (
    failure.kind === "rejected" &&
    (failure.status === 401 || (failure.status === 403 && failure.code === "second_factor"))
  );
}
