import { useNavigate } from "@solidjs/router";
import { type ApiResult, type Method, send } from "../lib/api.ts";
import { rememberReturn } from "./return-to.ts";

export { takeReturn } from "./return-to.ts";

/**
 * The coordinator app's way to `/api`: every outcome a value, and `useApi()` also sends the user
 * where they need to be: a 401 to the sign-in page, a missing second factor to the code step.
 */

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
