import * as z from "zod";
import * as Actor from "../actor/index.ts";
import { Audit } from "../audit/index.ts";
import { when } from "../db/expr.ts";
import { defineItem } from "../db/store.ts";
import { transactGuarded } from "../db/transact.ts";
import { fn } from "../util/fn.ts";
import { optionalLine } from "../util/text.ts";

/**
 * The course every volunteer completes (DOMAIN.md part 2): four sessions of 3.5 hours, each with
 * its topic. The template is the association's to edit; a cohort copies it when it is planned.
 * The completion rule is a setting too: all sessions attended (a partly attended one counts from
 * so many minutes), and, if the association wants, the profile written.
 */

export const courseTopics = ["role", "serviceSystem", "communication", "practice"] as const;

const TemplateSession = z.object({
  /** One of `courseTopics`, or "custom" with a title of the association's own. */
  topic: z.string().min(1).max(40),
  title: z.string().max(160).optional(),
  minutes: z.number().int().min(15).max(600),
});
export type TemplateSession = z.output<typeof TemplateSession>;

const Stored = z.object({
  sessions: z.array(TemplateSession).min(1).max(12),
  /** A partly attended session counts when the volunteer was there at least this long. */
  partialCountsFrom: z.number().int().min(0).max(600),
  /** Completion also needs the volunteer's profile written (their times, strengths, areas). */
  profileRequired: z.boolean(),
  version: z.number(),
});
export type Course = z.output<typeof Stored>;

export const standardCourse: Course = {
  sessions: courseTopics.map((topic) => ({ topic, minutes: 210 })),
  partialCountsFrom: 150,
  profileRequired: true,
  version: 0,
};

const Courses = defineItem({
  type: "course",
  schema: Stored,
  key: () => ({ pk: "settings#course", sk: "settings" }),
  id: () => undefined,
});

export async function current(): Promise<Course> {
  return (await Courses.get(undefined)) ?? standardCourse;
}

export const CourseInput = z.object({
  sessions: z
    .array(
      z.object({
        topic: z.string().min(1).max(40),
        title: optionalLine(160),
        minutes: z.number({ error: "error.minutes" }).int().min(15).max(600),
      }),
    )
    .min(1, { error: "error.required" })
    .max(12),
  partialCountsFrom: z.number({ error: "error.minutes" }).int().min(0).max(600),
  profileRequired: z.boolean(),
  version: z.number().int().min(0),
});

/** An admin edits the course and its completion rule, on the version they saw. */
export const update = fn(CourseInput, async ({ version, ...course }, now: Date = new Date()) => {
  Actor.admin();
  const next: Course = { ...course, version: version + 1 };
  await transactGuarded([
    Courses.put(next, version === 0 ? when.notExists("pk") : when.eq("version", version)),
    Audit.entry("settings.course", "settings#course", undefined, now),
  ]);
  return next;
});

/** How one session was attended. */
export interface Attended {
  kind: "course" | "continuing";
  /** The place of the session in its course (1…n). */
  n: number;
  mark: "present" | "partial" | "absent";
  minutes: number;
}

/**
 * Pure: whether a volunteer has completed the course, and which sessions are still missing.
 * A session counts when attended in any cohort (a missed one made up in a later cohort counts
 * the same); partly, from `partialCountsFrom` minutes on.
 */
export function completion(
  course: Pick<Course, "sessions" | "partialCountsFrom" | "profileRequired">,
  attended: readonly Attended[],
  profileWritten: boolean,
) {
  const counts = (a: Attended) =>
    a.kind === "course" &&
    (a.mark === "present" || (a.mark === "partial" && a.minutes >= course.partialCountsFrom));
  const done = new Set(attended.filter(counts).map((a) => a.n));
  const missing = course.sessions.map((_, i) => i + 1).filter((n) => !done.has(n));
  const profileMissing = course.profileRequired && !profileWritten;
  return { complete: missing.length === 0 && !profileMissing, missing, profileMissing };
}

/** Hours of training in total and in each year, from what was attended (zero stays zero). */
export function hours(attended: readonly (Attended & { date: string })[]) {
  const minutesOf = (a: Attended) => (a.mark === "absent" ? 0 : a.minutes);
  const total = attended.reduce((sum, a) => sum + minutesOf(a), 0);
  const byYear = new Map<string, number>();
  for (const a of attended) {
    const year = a.date.slice(0, 4);
    byYear.set(year, (byYear.get(year) ?? 0) + minutesOf(a));
  }
  return {
    hours: total / 60,
    byYear: [...byYear].sort().map(([year, minutes]) => ({ year, hours: minutes / 60 })),
  };
}
