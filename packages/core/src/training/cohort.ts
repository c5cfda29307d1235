import * as z from "zod";
import * as Actor from "../actor/index.ts";
import { Audit } from "../audit/index.ts";
import { config } from "../config/index.ts";
import { when } from "../db/expr.ts";
import { defineItem } from "../db/store.ts";
import { ConditionsFailed } from "../db/transact.ts";
import { addressed, Outbox } from "../mail/index.ts";
import { Monthly, Tally } from "../monthly/index.ts";
import { Survey } from "../survey/index.ts";
import type { TransactItem } from "../util/db-types.ts";
import { VisibleError } from "../util/errors.ts";
import { fn } from "../util/fn.ts";
import { createId } from "../util/id.ts";
import { line, optionalLine } from "../util/text.ts";
import { helsinkiToUtc, isIsoDate } from "../util/time.ts";
import { hashToken, newToken } from "../util/token.ts";
import { Volunteer } from "../volunteer/index.ts";
import * as Course from "./course.ts";
import * as Letters from "./letters.ts";
import {
  attendanceItems,
  type Cohort,
  Cohorts,
  cohortKinds,
  cohortPartition,
  listCohorts,
  marks,
  type Participant,
  Participants,
  type Session,
  Sessions,
  remindedItem as storeRemindedItem,
} from "./store.ts";

/**
 * A cohort: one run of the course (its sessions copied from the template, with dates, place and
 * trainer), or a continuing-education event. Volunteers are enrolled by a coordinator or accept
 * an emailed invitation; attendance is marked per session; a missed session can be made up in a
 * later cohort, taking part in that session only.
 */

const Id = z.string().min(1).max(64);
const isoDate = z.string().refine(isIsoDate, { error: "error.date" });
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "error.time" });

const SessionInput = z.object({
  date: isoDate,
  startTime: time,
  minutes: z.number({ error: "error.minutes" }).int().min(15).max(600).optional(),
  place: line(200, "error.place"),
  trainer: optionalLine(120),
  /** Continuing education: what it is about. */
  title: optionalLine(160),
});

export const PlanInput = z.object({
  kind: z.enum(cohortKinds),
  name: line(120),
  sessions: z.array(SessionInput).min(1, { error: "error.required" }).max(12),
});

/** The sessions as planned: a course follows the template's topics and lengths, in order. */
function sessionsOf(
  input: z.output<typeof PlanInput>,
  course: Course.Course,
): Session[] | Record<string, "error.sessions" | "error.required"> {
  if (input.kind === "course" && input.sessions.length !== course.sessions.length) {
    return { sessions: "error.sessions" };
  }
  const missingTitle = input.sessions.findIndex((s) => input.kind === "continuing" && !s.title);
  if (missingTitle >= 0) return { [`sessions.${missingTitle}.title`]: "error.required" };
  return input.sessions.map((s, i) => {
    const template = input.kind === "course" ? course.sessions[i] : undefined;
    return {
      n: i + 1,
      topic: template?.topic ?? "custom",
      ...((s.title ?? template?.title) && { title: s.title ?? template?.title }),
      date: s.date,
      startTime: s.startTime,
      startsAt: helsinkiToUtc(s.date, s.startTime).toISOString(),
      minutes: s.minutes ?? template?.minutes ?? 120,
      place: s.place,
      trainer: s.trainer ?? "",
    };
  });
}

/** A coordinator plans a cohort; its sessions go into the calendar. */
export const plan = fn(PlanInput, async (input, now: Date = new Date()) => {
  Actor.coordinator();
  const sessions = sessionsOf(input, await Course.current());
  if (!Array.isArray(sessions)) {
    throw new VisibleError(400, "validation", "error.validation", sessions);
  }
  const cohort: Cohort = {
    id: createId("coh"),
    kind: input.kind,
    name: input.name,
    sessions,
    createdAt: now.toISOString(),
    version: 1,
  };
  await Outbox.commit([
    Cohorts.put(cohort, when.notExists("pk")),
    ...sessions.map((s) =>
      Sessions.put({ ...s, cohortId: cohort.id, kind: cohort.kind, name: cohort.name }),
    ),
    Audit.entry("training.cohort", `cohort#${cohort.id}`, { sessions: sessions.length }, now),
  ]);
  return cohort;
});

async function loadCohort(id: string) {
  const found = await cohortPartition(id);
  if (!found.cohort) throw new VisibleError(404, "not_found", "error.notFound");
  return { ...found, cohort: found.cohort };
}

/** The cohort with its participants and the attendance marked so far. */
export const detail = fn(z.object({ id: Id }), async ({ id }) => {
  Actor.coordinator();
  const { cohort, participants, attendance } = await loadCohort(id);
  return { cohort, participants, attendance };
});

/** Who may take part: in training for the course; active or in training for the rest. */
const mayJoin = (kind: Cohort["kind"], only: number[] | undefined, status: string) =>
  status === "in_training" ||
  ((kind === "continuing" || only !== undefined) && status === "active");

export const EnrolInput = z.object({
  id: Id,
  volunteerIds: z.array(Id).min(1, { error: "error.required" }).max(40),
  /** Invite by email (they accept or decline) rather than enrol them directly. */
  invite: z.boolean().default(false),
  /** Making up missed sessions: take part in these only. */
  only: z.array(z.number().int().min(1).max(12)).max(12).optional(),
});

/** An invitation's link: its token's hash, and whom and what it is for. */
const Invitations = defineItem({
  type: "training-invitation",
  schema: z.object({ hash: z.string(), cohortId: z.string(), volunteerId: z.string() }),
  key: (hash: string) => ({ pk: `training-invitation#${hash}`, sk: "invitation" }),
  id: (i) => i.hash,
  // With the volunteer's other links, so they all stop working when the volunteer leaves.
  index: (i) => ({ gsi1pk: `links#${i.volunteerId}`, gsi1sk: `training#${i.cohortId}` }),
});

function participantItems(
  cohort: Cohort,
  v: Volunteer.Volunteer,
  invite: boolean,
  only: number[] | undefined,
  now: Date,
) {
  const participant: Participant = {
    cohortId: cohort.id,
    volunteerId: v.id,
    name: v.name,
    status: invite ? "invited" : "enrolled",
    ...(only && { only }),
    at: now.toISOString(),
  };
  const items: TransactItem[] = [Participants.put(participant, when.notExists("pk"))];
  if (!invite) return { items, mails: [] };
  const token = newToken();
  items.push(Invitations.put({ hash: hashToken(token), cohortId: cohort.id, volunteerId: v.id }));
  const sessions = only ? cohort.sessions.filter((s) => only.includes(s.n)) : cohort.sessions;
  const url = `${config().SITE_URL}/training#${token}`;
  const mail = Outbox.entry(
    `volunteer#${v.id}`,
    "training-invitation",
    addressed(v.email, Letters.invitation(v.locale, v.name, { ...cohort, sessions }, url), [
      Letters.sessionsCalendar(v.locale, { ...cohort, sessions }, now),
    ]),
    now,
  );
  return { items, mails: [mail] };
}

/** Enrols volunteers, or invites them by email; someone already in the cohort is refused. */
export const enrol = fn(
  EnrolInput,
  async ({ id, volunteerIds, invite, only }, now: Date = new Date()) => {
    Actor.coordinator();
    const { cohort } = await loadCohort(id);
    const found = await Volunteer.Volunteers.getMany(volunteerIds);
    const fields: Record<string, "error.notAvailable"> = {};
    for (const vid of volunteerIds) {
      const v = found.get(vid);
      if (!v || !mayJoin(cohort.kind, only, v.status)) fields.volunteerIds = "error.notAvailable";
    }
    if (Object.keys(fields).length)
      throw new VisibleError(400, "validation", "error.validation", fields);
    const made = [...found.values()].map((v) => participantItems(cohort, v, invite, only, now));
    try {
      await Outbox.commit(
        [
          ...made.flatMap((m) => m.items),
          Audit.entry("training.enrol", `cohort#${id}`, { volunteerIds, invite }, now),
        ],
        made.flatMap((m) => m.mails),
      );
    } catch (error) {
      if (error instanceof ConditionsFailed) {
        throw new VisibleError(409, "already_enrolled", "error.alreadyEnrolled");
      }
      throw error;
    }
    return (await loadCohort(id)).participants;
  },
);

async function invitationOf(token: string) {
  const found = /^[A-Za-z0-9_-]{20,100}$/.test(token)
    ? await Invitations.get(hashToken(token))
    : undefined;
  if (!found) throw new VisibleError(404, "link_invalid", "error.linkUnknown");
  const { cohort, participants } = await loadCohort(found.cohortId);
  const participant = participants.find((p) => p.volunteerId === found.volunteerId);
  if (!participant) throw new VisibleError(404, "link_invalid", "error.linkUnknown");
  return { cohort, participant };
}

/** What an invitation's link shows: the cohort's sessions and the answer given, if any. */
export async function viewInvitation(token: string) {
  const { cohort, participant } = await invitationOf(token);
  const sessions = participant.only
    ? cohort.sessions.filter((s) => participant.only?.includes(s.n))
    : cohort.sessions;
  return {
    name: cohort.name,
    kind: cohort.kind,
    sessions,
    status: participant.status,
    firstName: participant.name.split(" ")[0],
  };
}

/** The volunteer accepts or declines through their link; a second answer changes it. */
export async function answerInvitation(token: string, accept: boolean, now: Date = new Date()) {
  const { cohort, participant } = await invitationOf(token);
  const status = accept ? "enrolled" : "declined";
  if (participant.status === status) return { status };
  // Once their last session has ended, the answer is history (attendance may rest on it).
  const taken = cohort.sessions.filter((s) => !participant.only || participant.only.includes(s.n));
  const ends = Math.max(...taken.map((s) => Date.parse(s.startsAt) + s.minutes * 60_000));
  if (now.getTime() >= ends) throw new VisibleError(409, "training_over", "error.trainingOver");
  await Actor.provide({ type: "link", holder: "volunteer", id: participant.volunteerId }, () =>
    Outbox.commit([
      Participants.update(
        { cohortId: cohort.id, volunteerId: participant.volunteerId },
        { set: { status, at: now.toISOString() } },
        when.exists("pk"),
      ),
      Audit.entry("training.enrol", `cohort#${cohort.id}`, { status }, now),
    ]),
  );
  return { status };
}

export const AttendanceInput = z.object({
  id: Id,
  n: z.number().int().min(1).max(12),
  marks: z
    .array(
      z.object({
        volunteerId: Id,
        mark: z.enum(marks),
        minutes: z.number().int().min(0).max(600).optional(),
      }),
    )
    .min(1)
    .max(60),
});

/** Who counts as there (present or partly) and their minutes, for the figures. */
const sessionTotals = (marks: { mark: string; minutes: number }[]) => {
  const there = marks.filter((m) => m.mark !== "absent");
  return { there: there.length, minutes: there.reduce((sum, m) => sum + m.minutes, 0) };
};

/** Marks one session: present, partly present (with minutes) or absent, per participant. */
export const markAttendance = fn(
  AttendanceInput,
  async ({ id, n, marks: given }, now: Date = new Date()) => {
    Actor.coordinator();
    const { cohort, participants, attendance } = await loadCohort(id);
    const session = cohort.sessions.find((s) => s.n === n);
    if (!session) throw new VisibleError(404, "not_found", "error.notFound");
    const taking = new Set(
      participants
        .filter((p) => p.status === "enrolled" && (!p.only || p.only.includes(n)))
        .map((p) => p.volunteerId),
    );
    const fields: Record<string, "error.notAvailable" | "error.minutes"> = {};
    given.forEach((g, i) => {
      if (!taking.has(g.volunteerId)) fields[`marks.${i}.volunteerId`] = "error.notAvailable";
      if (g.mark === "partial" && (g.minutes === undefined || g.minutes >= session.minutes)) {
        fields[`marks.${i}.minutes`] = "error.minutes";
      }
    });
    if (Object.keys(fields).length)
      throw new VisibleError(400, "validation", "error.validation", fields);
    const minutesOf = (g: (typeof given)[number]) =>
      g.mark === "present" ? session.minutes : g.mark === "absent" ? 0 : (g.minutes ?? 0);
    const marked = new Set(given.map((g) => g.volunteerId));
    const earlier = attendance.filter((a) => a.n === n && marked.has(a.volunteerId));
    await Outbox.commit([
      ...Monthly.count([
        Tally.sessionMarked(
          { cohortId: id, kind: cohort.kind, n, date: session.date },
          sessionTotals(earlier.map((a) => ({ mark: a.mark, minutes: a.minutes }))),
          sessionTotals(given.map((g) => ({ mark: g.mark, minutes: minutesOf(g) }))),
        ),
      ]),
      ...given.flatMap((g) =>
        attendanceItems({
          cohortId: id,
          kind: cohort.kind,
          n,
          volunteerId: g.volunteerId,
          mark: g.mark,
          minutes: minutesOf(g),
          topic: session.topic,
          ...(session.title && { title: session.title }),
          date: session.date,
          startsAt: session.startsAt,
        }),
      ),
      Audit.entry("training.attendance", `cohort#${id}`, { n, marked: given.length }, now),
    ]);
    return (await loadCohort(id)).attendance;
  },
);

/**
 * Whom a coordinator may add to a cohort: everyone in training, and the active (for a make-up
 * or continuing education). The bank's status index, whole: no page limit cuts anyone off.
 */
export async function candidates() {
  Actor.coordinator();
  const cards = [...(await Volunteer.cards("in_training")), ...(await Volunteer.cards("active"))];
  return cards.map(({ id, name, status }) => ({ id, name, status }));
}

export const list = async () => {
  Actor.coordinator();
  return listCohorts();
};

/** Who takes part in one session (enrolled, or making it up), and who was reminded of it. */
export async function taking(cohortId: string, n: number) {
  const { participants, reminded } = await cohortPartition(cohortId);
  return {
    participants: participants.filter(
      (p) => p.status === "enrolled" && (!p.only || p.only.includes(n)),
    ),
    reminded: new Set(
      [...reminded].filter((r) => r.startsWith(`${n}#`)).map((r) => r.slice(r.indexOf("#") + 1)),
    ),
  };
}

export const remindedItem = (cohortId: string, n: number, volunteerId: string) =>
  storeRemindedItem({ cohortId, n, volunteerId });

/** Feedback closes this long after the links go out. */
export const FEEDBACK_DAYS = 14;

/**
 * On the last day, every participant of the course gets a single-use link to the course's
 * feedback survey, anonymous by construction (survey/). Once per person: a second press sends
 * only to those who got none.
 */
export const requestFeedback = fn(z.object({ id: Id }), async ({ id }, now: Date = new Date()) => {
  Actor.coordinator();
  const { cohort, participants } = await loadCohort(id);
  const subject = `cohort#${id}`;
  const existing = (await Survey.ofSubject(subject))[0];
  const created = existing
    ? undefined
    : Survey.create(
        {
          kind: "course",
          subject,
          title: cohort.name,
          anonymous: true,
          closesAt: new Date(now.getTime() + FEEDBACK_DAYS * 86_400_000),
        },
        now,
      );
  const survey = existing ?? created?.survey;
  if (!survey) throw new Error("no survey");
  if (created) await Outbox.commit(created.items);
  const invited = await Survey.invitedPeople(survey.id);
  const people = await Volunteer.Volunteers.getMany(
    participants
      .filter((p) => p.status === "enrolled" && !p.only && !invited.has(p.volunteerId))
      .map((p) => p.volunteerId),
  );
  let sent = 0;
  for (const v of people.values()) {
    const link = Survey.invite(survey, v.id);
    const mail = Outbox.entry(
      `volunteer#${v.id}`,
      "course-feedback",
      addressed(
        v.email,
        Letters.feedbackAsk(
          v.locale,
          v.name,
          cohort.name,
          `${config().SITE_URL}/feedback#${link.token}`,
        ),
      ),
      now,
    );
    await Outbox.commit(link.items, [mail]);
    sent++;
  }
  return { surveyId: survey.id, sent };
});

/** The cohort's feedback surveys and where each stands (never the answers themselves). */
export const feedbackStatus = fn(z.object({ id: Id }), async ({ id }, now: Date = new Date()) => {
  Actor.coordinator();
  const surveys = await Survey.ofSubject(`cohort#${id}`);
  return Promise.all(surveys.map((s) => Survey.status(s, now)));
});
