import { useNavigate } from "@solidjs/router";
import { type ApiFailure, type ApiResult, type Method, request } from "../api.ts";
import { locale, tr } from "../i18n.ts";
import { rememberReturn } from "./return-to.ts";

export { takeReturn } from "./return-to.ts";

/**
 * The coordinator app's way to `/api`: like the form's `postJson`, any method, every outcome a
 * value. `useApi()` also sends the user where they need to be: a 401 to the sign-in page, a
 * missing second factor to the code step.
 */

export type { Method };

export function send<T>(method: Method, path: string, body?: unknown): Promise<ApiResult<T>> {
  return request<T>(method, path, body, locale());
}

export type SignInNotice = "expired" | "signedOut" | "signedOutEverywhere";

/** An API call that handles "not signed in" and "second factor missing" by navigating. */
export function useApi() {
  const navigate = useNavigate();
  return async <T>(method: Method, path: string, body?: unknown): Promise<ApiResult<T>> => {
    const result = await send<T>(method, path, body);
    if (!result.ok && result.kind === "rejected") {
      if (result.status === 401) {
        rememberReturn(location.pathname + location.search);
        navigate("/sign-in", { state: { notice: "expired" satisfies SignInNotice } });
      } else if (result.status === 403 && result.code === "second_factor") {
        rememberReturn(location.pathname + location.search);
        navigate("/sign-in/code");
      }
    }
    return result;
  };
}

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

/** True for an answer that only moved the user elsewhere (sign-in needed); show nothing. */
export function redirected(failure: ApiFailure): boolean {
  return (
    failure.kind === "rejected" &&
    (failure.status === 401 || (failure.status === 403 && failure.code === "second_factor"))
  );
}
