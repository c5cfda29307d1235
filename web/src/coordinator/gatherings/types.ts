import type { Answer, api } from "../../lib/api.ts";

/** Gatherings' and thanks' answers, typed from the API client. */

export type GatheringList = Answer<typeof api.gatherings.$get>;
export type GatheringSummary = GatheringList["gatherings"][number];
export type SeasonRecord = GatheringList["seasons"][number];
export type SeasonSettings = Answer<typeof api.gatherings.seasons.$get>;
export type GatheringDetail = Answer<(typeof api.gatherings)[":id"]["$get"]>;
export type Gathering = GatheringDetail["gathering"];
export type Guest = GatheringDetail["guests"][number];
export type VolunteerGatherings = Answer<(typeof api.gatherings.volunteers)[":id"]["$get"]>;
export type Due = Answer<typeof api.thanks.due.$get>["due"][number];
export type Milestone = Due["milestones"][number];
