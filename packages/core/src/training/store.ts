import * as z from "zod";
import { when } from "../db/expr.ts";
import { defineItem, queryEvery } from "../db/store.ts";
import type { TransactItem } from "../util/db-types.ts";
import { helsinkiMonth, monthsBetween } from "../util/time.ts";

/**
 * Training as stored. A cohort (one run of the course, or a continuing-education event) keeps
 * its sessions, participants and attendance in its own partition; each session is also in the
 * month index (the calendar, the reminders), and each attendance is mirrored into the
 * volunteer's partition, so their training history and hours are one Query.
 */

export const cohortKinds = ["course", "continuing"] as const;
export type CohortKind = (typeof cohortKinds)[number];

const Session = z.object({
  n: z.number(),
  topic: z.string(),
  title: z.string().optional(),
  date: z.string(),
  startTime: z.string(),
  startsAt: z.string(),
  minutes: z.number(),
  place: z.string(),
  trainer: z.string(),
});
export type Session = z.output<typeof Session>;

const StoredCohort = z.object({
  id: z.string(),
  kind: z.enum(cohortKinds),
  name: z.string(),
  sessions: z.array(Session),
  createdAt: z.string(),
  version: z.number(),
});
export type Cohort = z.output<typeof StoredCohort>;

export const Cohorts = defineItem({
  type: "cohort",
  schema: StoredCohort,
  key: (id: string) => ({ pk: `cohort#${id}`, sk: "cohort" }),
  id: (c) => c.id,
  index: (c) => ({
    gsi1pk: "cohorts",
    gsi1sk: `${c.sessions[0]?.startsAt ?? c.createdAt}#${c.id}`,
  }),
});

/** A session in the month index: `training#<yyyy-mm>`, in time order. */
const SessionEntry = Session.extend({
  cohortId: z.string(),
  kind: z.enum(cohortKinds),
  name: z.string(),
});
export type SessionEntry = z.output<typeof SessionEntry>;

export const Sessions = defineItem({
  type: "training-session",
  schema: SessionEntry,
  key: ({ cohortId, n }: { cohortId: string; n: number }) => ({
    pk: `cohort#${cohortId}`,
    sk: `session#${String(n).padStart(2, "0")}`,
  }),
  id: (s) => ({ cohortId: s.cohortId, n: s.n }),
  index: (s) => ({
    gsi1pk: `training#${helsinkiMonth(s.startsAt)}`,
    gsi1sk: `${s.startsAt}#${s.cohortId}#${s.n}`,
  }),
});

export const participantStatuses = ["invited", "enrolled", "declined"] as const;

const Participant = z.object({
  cohortId: z.string(),
  volunteerId: z.string(),
  name: z.string(),
  status: z.enum(participantStatuses),
  /** Someone making up missed sessions takes part in these only. */
  only: z.array(z.number()).optional(),
  at: z.string(),
});
export type Participant = z.output<typeof Participant>;

export const Participants = defineItem({
  type: "training-participant",
  schema: Participant,
  key: ({ cohortId, volunteerId }: { cohortId: string; volunteerId: string }) => ({
    pk: `cohort#${cohortId}`,
    sk: `participant#${volunteerId}`,
  }),
  id: (p) => ({ cohortId: p.cohortId, volunteerId: p.volunteerId }),
});

export const marks = ["present", "partial", "absent"] as const;
export type Mark = (typeof marks)[number];

const Attendance = z.object({
  cohortId: z.string(),
  kind: z.enum(cohortKinds),
  n: z.number(),
  volunteerId: z.string(),
  mark: z.enum(marks),
  minutes: z.number(),
  topic: z.string(),
  title: z.string().optional(),
  date: z.string(),
  startsAt: z.string(),
});
export type Attendance = z.output<typeof Attendance>;

const CohortAttendance = defineItem({
  type: "training-attendance",
  schema: Attendance,
  key: (a: Pick<Attendance, "cohortId" | "n" | "volunteerId">) => ({
    pk: `cohort#${a.cohortId}`,
    sk: `attendance#${String(a.n).padStart(2, "0")}#${a.volunteerId}`,
  }),
  id: (a) => a,
});

/** The volunteer's own copy, keyed by the session's start: their history in time order. */
const Attended = defineItem({
  type: "training-attended",
  schema: Attendance,
  key: (a: Pick<Attendance, "cohortId" | "n" | "volunteerId" | "startsAt">) => ({
    pk: `volunteer#${a.volunteerId}`,
    sk: `attended#${a.startsAt}#${a.cohortId}#${a.n}`,
  }),
  id: (a) => a,
});

/** Both copies of one attendance mark, written together (marking again overwrites). */
export const attendanceItems = (a: Attendance): TransactItem[] => [
  CohortAttendance.put(a),
  Attended.put(a),
];

/** Reminded of one session, once (the job's marker, written with the email). */
const Reminded = defineItem({
  type: "training-reminded",
  schema: z.object({ cohortId: z.string(), n: z.number(), volunteerId: z.string() }),
  key: (r: { cohortId: string; n: number; volunteerId: string }) => ({
    pk: `cohort#${r.cohortId}`,
    sk: `reminded#${String(r.n).padStart(2, "0")}#${r.volunteerId}`,
  }),
  id: (r) => r,
});

export const remindedItem = (r: { cohortId: string; n: number; volunteerId: string }) =>
  Reminded.put(r, when.notExists("pk"));

/** Everything of one cohort, read at once. */
export async function cohortPartition(id: string) {
  const items = await queryEvery({ partition: `cohort#${id}`, consistent: true });
  const of = (type: string) => items.filter((i) => i.type === type);
  const [cohort] = of("cohort").map(Cohorts.read);
  return {
    cohort,
    participants: of("training-participant").map(Participants.read),
    attendance: of("training-attendance").map(CohortAttendance.read),
    reminded: new Set(
      of("training-reminded")
        .map(Reminded.read)
        .map((r) => `${r.n}#${r.volunteerId}`),
    ),
  };
}

/** A volunteer's attendance over the years, oldest first. */
export async function attendedBy(volunteerId: string): Promise<Attendance[]> {
  const items = await queryEvery({
    partition: `volunteer#${volunteerId}`,
    range: { beginsWith: "attended#" },
  });
  return items.map(Attended.read);
}

/** Sessions starting in [from, to): one Query per Helsinki month. */
export async function sessionsBetween(from: string, to: string): Promise<SessionEntry[]> {
  const pages = await Promise.all(
    monthsBetween(from, to).map((m) =>
      queryEvery({ index: "gsi1", partition: `training#${m}`, range: { between: [from, to] } }),
    ),
  );
  return pages
    .flat()
    .map(Sessions.read)
    .filter((s) => s.startsAt < to);
}

/** Cohorts, newest first by their first session. */
export async function listCohorts(): Promise<Cohort[]> {
  const items = await queryEvery({ index: "gsi1", partition: "cohorts", newestFirst: true });
  return items.map(Cohorts.read);
}
