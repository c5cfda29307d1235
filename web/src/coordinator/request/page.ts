import type { Caller } from "../api.ts";
import type { Detail, Request } from "../types.ts";

/** What each section of the request page works with: the request, and the page's data. */
export interface RequestPage {
  call: Caller;
  detail: () => Detail;
  request: () => Request;
  /** `{ id }` for the request's routes. */
  param: () => { id: string };
  /** A change's answer is the whole page again. */
  saved: (detail: Detail) => void;
  reload: () => Promise<void>;
}
