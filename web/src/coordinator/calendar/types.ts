import type { Answer, api } from "../../lib/api.ts";

export type CalendarAnswer = Answer<typeof api.calendar.$get>;
export type CalendarEntry = CalendarAnswer["entries"][number];
