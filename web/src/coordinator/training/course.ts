/** Pure helpers of the course template's form: its draft, and the body the API takes. */

export interface TemplateDraft {
  topic: string;
  title: string;
  minutes: string;
}

export interface CourseDraft {
  sessions: TemplateDraft[];
  partialCountsFrom: string;
  profileRequired: boolean;
}

export function courseDraft(course: {
  sessions: readonly { topic: string; title?: string | undefined; minutes: number }[];
  partialCountsFrom: number;
  profileRequired: boolean;
}): CourseDraft {
  return {
    sessions: course.sessions.map((s) => ({
      topic: s.topic,
      title: s.title ?? "",
      minutes: String(s.minutes),
    })),
    partialCountsFrom: String(course.partialCountsFrom),
    profileRequired: course.profileRequired,
  };
}

/** Whole minutes as typed, or NaN (the server then says the field is wrong). */
const minutesOf = (text: string) =>
  /^\d{1,3}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;

export function courseBody(draft: CourseDraft, version: number) {
  return {
    sessions: draft.sessions.map((s) => ({
      topic: s.topic,
      ...(s.topic === "custom" && s.title.trim() && { title: s.title.trim() }),
      minutes: minutesOf(s.minutes),
    })),
    partialCountsFrom: minutesOf(draft.partialCountsFrom),
    profileRequired: draft.profileRequired,
    version,
  };
}

/** Fields whose minutes are not whole numbers, by their paths (checked before sending). */
export function badCourseFields(draft: CourseDraft): string[] {
  const body = courseBody(draft, 0);
  return [
    ...body.sessions.flatMap((s, i) => (Number.isNaN(s.minutes) ? [`sessions.${i}.minutes`] : [])),
    ...(Number.isNaN(body.partialCountsFrom) ? ["partialCountsFrom"] : []),
  ];
}
