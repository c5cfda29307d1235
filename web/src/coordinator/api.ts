import { useNavigate } from "@solidjs/router";
import { type ApiResult, call, type Json, type Sent } from "../lib/api.ts";
import { rememberReturn } from "./return-to.ts";

export { takeReturn } from "./return-to.ts";

export type SignInNotice = "expired" | "signedOut" | "signedOutEverywhere";

/**
 * The coordinator app's `call`: every outcome a value, and the user sent where they need to be:
 * a 401 to the sign-in page, a missing second factor to the code step (the page they were on is
 * remembered, to return to).
 */
export function useApi() {
  const navigate = useNavigate();
  return async <R extends Awaited<Sent>>(sent: Promise<R>): Promise<ApiResult<Json<R>>> => {
    const result = await call(sent);
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

/** What `useApi()` gives, for parts of a page that call through the page's hook. */
export type Caller = ReturnType<typeof useApi>;
