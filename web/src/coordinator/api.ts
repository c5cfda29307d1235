import { useNavigate } from "@solidjs/router";
import { type ApiFailure, type ApiResult, toFailure } from "../api.ts";
import { locale, tr } from "../i18n.ts";
import { rememberReturn } from "./return-to.ts";

export { takeReturn } from "./return-to.ts";

/**
 * The coordinator app's way to `/api`: like the form's `postJson`, any method, every outcome a
 * value. `useApi()` also sends the user where they need to be: a 401 to the sign-in page, a
 * missing second factor to the code step.
 */

export type Method = "GET" | "POST" | "PUT" | "PATCH";

const TIMEOUT_MS = 30_000;

export async function send<T>(method: Method, path: string, body?: unknown): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: {
        Accept: "application/json",
        "Accept-Language": locale(),
        ...(body === undefined ? {} : { "Content-Type": "application/json" }),
      },
      body: body === undefined ? null : JSON.stringify(body),
      credentials: "same-origin",
      cache: "no-store",
      signal: typeof AbortSignal.timeout === "function" ? AbortSignal.timeout(TIMEOUT_MS) : null,
    });
  } catch {
    return { ok: false, kind: "network" };
  }
  if (response.status >= 500) return { ok: false, kind: "server", status: response.status };
  const json = await response.json().catch(() => undefined);
  if (response.ok) {
    return json === undefined
      ? { ok: false, kind: "server", status: response.status }
      : { ok: true, status: response.status, data: json as T };
  }
  return toFailure(response.status, json);
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
