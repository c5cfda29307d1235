import type { languageLevels } from "@rinnalla/core/volunteer";
import type { Answer, api, Body } from "../api.ts";

/** What a volunteer sees of themself: never the interview or coordinators' notes. */
export type SelfView = Answer<typeof api.me.volunteer.$get>;
/** The profile a volunteer keeps (when they can come, languages, areas …), once they have one. */
export type Profile = NonNullable<SelfView["profile"]>;
export type VolunteerStatus = SelfView["status"];
export type LanguageLevel = (typeof languageLevels)[number];
/** A profile as the API takes it (checked with the API's own schema before sending). */
export type SentProfile = Body<typeof api.me.volunteer.profile.$put>["profile"];
