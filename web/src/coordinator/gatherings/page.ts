import type { Caller } from "../api.ts";
import type { GatheringDetail } from "./types.ts";

/** What the sections of a gathering's page work with. */
export interface GatheringPageData {
  call: Caller;
  detail: () => GatheringDetail;
  param: () => { id: string };
  reload: () => Promise<void>;
  set: (detail: GatheringDetail) => void;
}
