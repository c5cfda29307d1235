import type { Answer, ApiResult, api, Body } from "../../lib/api.ts";

/**
 * Sending the form. The API client is loaded after the page has rendered (the form needs it only
 * to send), so its code does not hold up the form's first paint on a slow phone.
 */
const client = () => import("../../lib/api.ts");

/** Starts fetching the client once the form is on screen. */
export function preloadClient() {
  // A failed preload is not a problem yet: sending loads the client again and says if it cannot.
  client().catch(() => undefined);
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
