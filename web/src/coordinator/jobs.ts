import type { ScheduleId } from "@rinnalla/core/schedule";
import type { Answer, api } from "../lib/api.ts";
import type { MessageKey } from "../lib/i18n.ts";

/** The jobs page's answers, typed from the API client. */
export type JobList = Answer<typeof api.jobs.$get>;
export type Job = JobList["jobs"][number];

/** Each job's name, what it does and its schedule in words, by id (a record: none forgotten). */
export const jobTexts: Record<
  ScheduleId,
  { name: MessageKey; does: MessageKey; when: MessageKey }
> = {
  "outbox-retry": {
    name: "jobs.outbox-retry.name",
    does: "jobs.outbox-retry.description",
    when: "jobs.outbox-retry.schedule",
  },
  "offer-expiry": {
    name: "jobs.offer-expiry.name",
    does: "jobs.offer-expiry.description",
    when: "jobs.offer-expiry.schedule",
  },
  "visit-reminders": {
    name: "jobs.visit-reminders.name",
    does: "jobs.visit-reminders.description",
    when: "jobs.visit-reminders.schedule",
  },
  "visit-reports": {
    name: "jobs.visit-reports.name",
    does: "jobs.visit-reports.description",
    when: "jobs.visit-reports.schedule",
  },
  "coordinator-digest": {
    name: "jobs.coordinator-digest.name",
    does: "jobs.coordinator-digest.description",
    when: "jobs.coordinator-digest.schedule",
  },
};

/** The texts of a job this app knows; a new job shows by its id and the server's description. */
export const textsOf = (id: string) =>
  (jobTexts as Record<string, (typeof jobTexts)[ScheduleId] | undefined>)[id];

/**
 * A run's result as compact text: `sent 2 · due 3`. Results are the jobs' own counters, shown
 * as they are named; nested values as JSON.
 */
export function resultText(result: unknown, number: (n: number) => string = String): string {
  if (result === undefined || result === null) return "";
  if (typeof result === "number") return number(result);
  if (typeof result !== "object") return String(result);
  if (Array.isArray(result)) return number(result.length);
  return Object.entries(result)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => {
      const shown =
        typeof value === "number"
          ? number(value)
          : typeof value === "object" && value !== null
            ? JSON.stringify(value)
            : String(value);
      return `${key} ${shown}`;
    })
    .join(" · ");
}
