import { useNavigate } from "@solidjs/router";
import type { ApiResult, Method } from "../lib/api.ts";
import { send } from "../lib/api.ts";

export type VolunteerNotice = "expired" | "signedOut";

/** The volunteer's way to `/api`: a lapsed session goes to the volunteer sign-in page. */
export function useVolunteerApi() {
  const navigate = useNavigate();
  return async <T>(method: Method, path: string, body?: unknown): Promise<ApiResult<T>> => {
    const result = await send<T>(method, path, body);
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
