import type { Caller } from "../api.ts";
import type { CohortDetail } from "./types.ts";

/** What the sections of a cohort's page work with. */
export interface CohortPageData {
  call: Caller;
  detail: () => CohortDetail;
  param: () => { id: string };
  reload: () => Promise<void>;
}
