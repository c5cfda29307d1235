import { useNavigate } from "@solidjs/router";
import { type ApiResult, call, type Json, type Sent } from "../lib/api.ts";

export type VolunteerNotice = "expired" | "signedOut";

/** The volunteer's `call`: a lapsed session goes to the volunteer sign-in page. */
export function useVolunteerApi() {
  const navigate = useNavigate();
  return async <R extends Awaited<Sent>>(sent: Promise<R>): Promise<ApiResult<Json<R>>> => {
    const result = await call(sent);
    if (!result.ok && result.kind === "rejected" && result.status === 401) {
      navigate("/volunteer/sign-in", {
        replace: true,
        state: { notice: "expired" satisfies VolunteerNotice },
      });
    }
    return result;
  };
}

export const signedOut = (result: ApiResult<unknown>) =>
  !result.ok && result.kind === "rejected" && result.status === 401;
