import type { Answer, api, Body } from "../../lib/api.ts";

/** The volunteer bank's answers, typed from the API client. */

export type { VolunteerStatus } from "../../lib/profile/types.ts";
export type BankPage = Answer<typeof api.volunteers.$get>;
/** One volunteer with the interview, notes and history coordinators see. */
export type VolunteerDetail = Answer<(typeof api.volunteers)[":id"]["$get"]>;
export type Volunteer = VolunteerDetail["volunteer"];
export type Interview = NonNullable<VolunteerDetail["interview"]>;
/** What the interview form sends (the API's own schema has checked it). */
export type InterviewBody = Body<(typeof api.volunteers)[":id"]["interview"]["$put"]>["interview"];
/** What the profile form sends for a volunteer. */
export type ProfileBody = Body<(typeof api.volunteers)[":id"]["profile"]["$put"]>["profile"];
