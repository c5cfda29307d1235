import type { api, Body } from "../../lib/api.ts";
import type { CohortKind } from "./types.ts";

/** Pure helpers of the "new cohort" form: its draft, and the body the API takes. */

export type PlanBody = Body<typeof api.training.cohorts.$post>;

export interface SessionDraft {
  date: string;
  startTime: string;
  place: string;
  trainer: string;
}

export interface PlanDraft {
  kind: CohortKind;
  name: string;
  /** Continuing education: what it is about, and how long it lasts (hours as typed). */
  title: string;
  hours: string;
  sessions: SessionDraft[];
}

export const blankSession = (): SessionDraft => ({
  date: "",
  startTime: "17:00",
  place: "",
  trainer: "",
});

/** A course has the template's sessions; continuing education is one session. */
export function draftFor(kind: CohortKind, courseSessions: number): PlanDraft {
  const count = kind === "course" ? courseSessions : 1;
  return {
    kind,
    name: "",
    title: "",
    hours: kind === "continuing" ? "2" : "",
    sessions: Array.from({ length: count }, blankSession),
  };
}

/** "2", "1,5" or "1.5" hours as whole minutes; undefined when it is not a number of hours. */
export function hoursToMinutes(hours: string): number | undefined {
  const text = hours.trim().replace(",", ".");
  if (!/^\d{1,2}(\.\d{1,2})?$/.test(text)) return undefined;
  const minutes = Math.round(Number(text) * 60);
  return minutes > 0 ? minutes : undefined;
}

const given = (text: string) => (text.trim() === "" ? undefined : text.trim());

/**
 * What the API takes. A course's topics and lengths come from the template on the server;
 * continuing education sends its title and length. Hours that are not a number are sent as
 * none, and the server says the field is wrong.
 */
export function planBody(draft: PlanDraft): PlanBody {
  const minutes = hoursToMinutes(draft.hours);
  return {
    kind: draft.kind,
    name: draft.name.trim(),
    sessions: draft.sessions.map((s) => ({
      date: s.date,
      startTime: s.startTime,
      place: s.place.trim(),
      ...(given(s.trainer) && { trainer: given(s.trainer) }),
      ...(draft.kind === "continuing" && {
        title: draft.title.trim(),
        ...(minutes !== undefined && { minutes }),
      }),
    })),
  };
}

/** A server field path ("sessions.0.date") as the id of its control. */
export const fieldId = (path: string) => `cohort-${path.replaceAll(".", "-")}`;

/** Place and trainer typed for a session are offered for the later ones still empty. */
export function carryForward(sessions: SessionDraft[], from: number): SessionDraft[] {
  const source = sessions[from];
  if (!source) return sessions;
  return sessions.map((s, i) =>
    i <= from
      ? s
      : {
          ...s,
          place: s.place || source.place,
          trainer: s.trainer || source.trainer,
          startTime: s.startTime || source.startTime,
        },
  );
}
