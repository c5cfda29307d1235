import * as z from "zod";
import * as Actor from "../actor/index.ts";
import { VisibleError } from "../util/errors.ts";
import { fn } from "../util/fn.ts";
import { Volunteer } from "../volunteer/index.ts";
import * as Course from "./course.ts";
import { type Attendance, attendedBy } from "./store.ts";

/** A volunteer's training: every session attended, the hours by year, the course's completion. */
export async function of(volunteer: Volunteer.Volunteer) {
  const [course, attended] = await Promise.all([Course.current(), attendedBy(volunteer.id)]);
  return summary(course, attended, Boolean(volunteer.profile));
}

export function summary(course: Course.Course, attended: Attendance[], profileWritten: boolean) {
  return {
    attended: attended.map((a) => ({
      cohortId: a.cohortId,
      kind: a.kind,
      n: a.n,
      topic: a.topic,
      ...(a.title && { title: a.title }),
      date: a.date,
      mark: a.mark,
      minutes: a.minutes,
    })),
    ...Course.hours(attended),
    course: Course.completion(course, attended, profileWritten),
  };
}

/** The volunteer's own training, on their self-service page. */
export async function mine() {
  const volunteer = await Volunteer.get(Actor.volunteer().volunteerId);
  if (!volunteer) throw new VisibleError(404, "not_found", "error.notFound");
  return of(volunteer);
}

/** For the coordinator's view of one volunteer. */
export const forVolunteer = fn(z.object({ id: z.string().min(1).max(64) }), async ({ id }) => {
  Actor.coordinator();
  const volunteer = await Volunteer.get(id);
  if (!volunteer) throw new VisibleError(404, "not_found", "error.notFound");
  return of(volunteer);
});
