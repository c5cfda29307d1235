import type { Answer, api } from "../lib/api.ts";

/** The volunteer's own visits and totals, typed from the API client. */
export type MyVisits = Answer<typeof api.me.volunteer.visits.$get>;
export type MyVisit = MyVisits["visits"][number];
/** The volunteer's own training (sessions attended, hours, the course's completion). */
export type MyTraining = Answer<typeof api.me.volunteer.training.$get>;
export type MySession = MyTraining["attended"][number];
/** The volunteer's own certificates. */
export type MyCertificate = Answer<
  typeof api.me.volunteer.certificates.$get
>["certificates"][number];
/** The volunteer's own milestones and their choices about thanks. */
export type MyRecognition = Answer<typeof api.me.volunteer.recognition.$get>;
export type MyMilestone = MyRecognition["milestones"][number];
export type MyChoices = Pick<MyRecognition["preferences"], "noThanks" | "namedPublicly">;
