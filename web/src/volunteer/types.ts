import type { Answer, api } from "../lib/api.ts";

/** The volunteer's own visits and totals, typed from the API client. */
export type MyVisits = Answer<typeof api.me.volunteer.visits.$get>;
export type MyVisit = MyVisits["visits"][number];
