import type { Answer, ApiResult, api, Body } from "../../lib/api.ts";
import type { RequestBody } from "./draft.ts";

/**
 * Checking and sending the form. The API client and the schema that checks a request are loaded
 * after the page has rendered (the form needs them only to send), so their code does not hold up
 * the form's first paint on a slow phone.
 */
const client = () => import("../../lib/api.ts");
const checker = () => import("./check.ts");

/** Starts fetching the client and the check once the form is on screen. */
export function preloadClient() {
  // A failed preload is not a problem yet: sending loads them again and says if it cannot.
  client().catch(() => undefined);
  checker().catch(() => undefined);
}

type Checked = ReturnType<Awaited<ReturnType<typeof checker>>["check"]>;

/** Checks a request as the API will; `undefined` when the check cannot be loaded (offline). */
export async function checkRequest(payload: RequestBody): Promise<Checked | undefined> {
  try {
    return (await checker()).check(payload);
  } catch {
    return undefined;
  }
}

type Created = Answer<typeof api.requests.$post>;

/** Sends a checked request; a client that cannot be loaded counts as no connection. */
export async function sendRequest(
  body: Body<typeof api.requests.$post>,
): Promise<ApiResult<Created>> {
  let loaded: Awaited<ReturnType<typeof client>>;
  try {
    loaded = await client();
  } catch {
    return { ok: false, kind: "network" };
  }
  return loaded.call(loaded.api.requests.$post({ json: body }));
}
