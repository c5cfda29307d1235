import type { Mark, Participant } from "./types.ts";

type Dated = { sessions: readonly { date: string }[] };

/** Pure helpers of the training pages: which cohorts are coming, who takes which session. */

/** The cohort's first and last day (YYYY-MM-DD). */
export function spanOf(cohort: Dated) {
  const days = cohort.sessions.map((s) => s.date).sort();
  return { first: days[0] ?? "", last: days.at(-1) ?? "" };
}

/**
 * Coming (a session today or later: soonest first) and past (newest first). A cohort with a
 * session today is still coming: its attendance is marked today.
 */
export function splitCohorts<T extends Dated>(cohorts: T[], today: string) {
  const coming = cohorts
    .filter((c) => spanOf(c).last >= today)
    .sort((a, b) => spanOf(a).first.localeCompare(spanOf(b).first));
  const past = cohorts
    .filter((c) => spanOf(c).last < today)
    .sort((a, b) => spanOf(b).last.localeCompare(spanOf(a).last));
  return { coming, past };
}

/** Who is marked in session `n`: the enrolled, and those making up that session. */
export const takingPart = (participants: readonly Participant[], n: number) =>
  participants.filter((p) => p.status === "enrolled" && (!p.only || p.only.includes(n)));

/**
 * The session to open first on the attendance list: today's, else the next one to come, else
 * the last one (a cohort that has ended).
 */
export function sessionToMark(sessions: readonly { n: number; date: string }[], today: string) {
  const sorted = [...sessions].sort((a, b) => a.date.localeCompare(b.date) || a.n - b.n);
  return (sorted.find((s) => s.date >= today) ?? sorted.at(-1))?.n ?? 1;
}

/** A mark as the list's draft keeps it: the choice and, when partly there, minutes as typed. */
export interface DraftMark {
  mark: Mark | "";
  minutes: string;
}

/** Partly there: whole minutes, more than none and fewer than the session lasts. */
export const minutesValid = (minutes: string, sessionMinutes: number) =>
  /^\d{1,3}$/.test(minutes.trim()) && Number(minutes) > 0 && Number(minutes) < sessionMinutes;

/** The marks to send: every participant with a choice; minutes only for "partly". */
export function marksToSend(draft: Record<string, DraftMark>) {
  return Object.entries(draft).flatMap(([volunteerId, d]) =>
    d.mark === ""
      ? []
      : [
          d.mark === "partial"
            ? { volunteerId, mark: d.mark, minutes: Number(d.minutes.trim()) }
            : { volunteerId, mark: d.mark },
        ],
  );
}

/** The list's draft for session `n`: the marks already saved, blank for the rest. */
export function draftOf(
  attendance: readonly { n: number; volunteerId: string; mark: Mark; minutes: number }[],
  n: number,
  people: readonly { volunteerId: string }[],
): Record<string, DraftMark> {
  const saved = new Map(attendance.filter((a) => a.n === n).map((a) => [a.volunteerId, a]));
  return Object.fromEntries(
    people.map((p) => {
      const a = saved.get(p.volunteerId);
      return [
        p.volunteerId,
        { mark: a?.mark ?? "", minutes: a?.mark === "partial" ? String(a.minutes) : "" },
      ];
    }),
  );
}

/** The partly-present marks whose minutes are not right: their volunteer ids. */
export const badMinutes = (draft: Record<string, DraftMark>, sessionMinutes: number) =>
  Object.entries(draft)
    .filter(([, d]) => d.mark === "partial" && !minutesValid(d.minutes, sessionMinutes))
    .map(([id]) => id);

/**
 * Who may be added: for the whole course, those in training (they passed the interview); for
 * continuing education or making up a session, the active too. Anyone already in the cohort
 * (invited, enrolled or declined) is not offered again.
 */
export function candidates<T extends { id: string; status: string; name: string }>(
  cards: readonly T[],
  kind: "course" | "continuing",
  makeUp: boolean,
  participants: readonly { volunteerId: string }[],
): T[] {
  const inCohort = new Set(participants.map((p) => p.volunteerId));
  const allowed = kind === "continuing" || makeUp ? ["in_training", "active"] : ["in_training"];
  return cards
    .filter((c) => allowed.includes(c.status) && !inCohort.has(c.id))
    .sort((a, b) => a.name.localeCompare(b.name, "fi"));
}

/** Why a survey's results are not shown yet, or undefined when they can be. */
export function resultsHidden(
  survey: { closed: boolean; answered: number; resultsVisible: boolean },
  minAnswers = 5,
): "open" | "few" | undefined {
  if (survey.resultsVisible) return undefined;
  if (!survey.closed) return "open";
  return survey.answered < minAnswers ? "few" : undefined;
}
