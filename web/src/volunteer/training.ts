import type { VolunteerStatus } from "../lib/profile/types.ts";
import type { MySession, MyTraining } from "./types.ts";

/** Pure: how the volunteer's own training reads on their page. */

/** Sessions newest first (a day's later session first too). */
export const newestFirst = (attended: readonly MySession[]): MySession[] =>
  [...attended].sort((a, b) => b.date.localeCompare(a.date) || b.n - a.n);

/** Hours to one decimal: 3.5 stays 3.5, 2/3 of an hour is 0.7. Zero is zero, shown. */
export const roundedHours = (hours: number) => Math.round(hours * 10) / 10;

/**
 * What the page says of the basic course: done, or (while in training) what is still missing.
 * Someone active since before the course was recorded here is not told they miss it all.
 */
export type CourseLine =
  | { kind: "complete" }
  | { kind: "missing"; sessions: number[]; profileMissing: boolean };
const learning: readonly VolunteerStatus[] = ["applicant", "interviewed", "in_training"];

export function courseLine(
  status: VolunteerStatus,
  course: MyTraining["course"],
): CourseLine | undefined {
  if (course.complete) return { kind: "complete" };
  if (!learning.includes(status)) return undefined;
  return { kind: "missing", sessions: course.missing, profileMissing: course.profileMissing };
}
