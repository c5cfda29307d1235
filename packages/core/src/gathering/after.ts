import * as z from "zod";
import * as Actor from "../actor/index.ts";
import { Audit } from "../audit/index.ts";
import { config } from "../config/index.ts";
import { when } from "../db/expr.ts";
import { ConditionsFailed, transact } from "../db/transact.ts";
import type { ServerKey } from "../i18n/index.ts";
import { addressed, Outbox } from "../mail/index.ts";
import { Monthly, Tally } from "../monthly/index.ts";
import { Survey } from "../survey/index.ts";
import { VisibleError } from "../util/errors.ts";
import { fn } from "../util/fn.ts";
import { addDays, helsinkiDate } from "../util/time.ts";
import { Volunteer } from "../volunteer/index.ts";
import * as Letters from "./letters.ts";
import { newLink } from "./rsvp.ts";
import { isSeated } from "./seats.ts";
import {
  type Gathering,
  Gatherings,
  type Guest,
  Guests,
  gatheredItem,
  gatheringPartition,
} from "./store.ts";

/**
 * The day before and after: a reminder to those coming (yes, and maybe), attendance marked on
 * the day, a thank-you with two questions to those who came, and the dietary and accessibility
 * needs deleted once the gathering is over (they were asked for this one gathering only).
 */

const Id = z.string().min(1).max(64);
const THANKS_SURVEY_DAYS = 21;

/** Whether the gathering is tomorrow (Helsinki): the day its guests are reminded. */
export const remindsOn = (g: Gathering, now: Date) =>
  g.status === "published" && g.date === addDays(helsinkiDate(now), 1);

/** Whether its day is over and its needs are still kept. */
export const clearsNeedsOn = (g: Gathering, now: Date) =>
  !!g.date && !g.needsClearedAt && helsinkiDate(now) > g.date;

/** Reminds the guests of a gathering held tomorrow (Helsinki), each once. */
export async function remind(g: Gathering, guests: Guest[], now: Date) {
  if (!remindsOn(g, now)) return 0;
  const due = guests.filter((x) => (isSeated(x) || x.answer === "maybe") && !x.remindedAt);
  const people = await Volunteer.Volunteers.getMany(due.map((x) => x.volunteerId));
  let sent = 0;
  for (const v of people.values()) {
    const link = newLink(g.id, v.id);
    const mail = Outbox.entry(
      `volunteer#${v.id}`,
      "gathering-reminder",
      addressed(v.email, Letters.reminder(v.locale, v.name, g, link.url)),
      now,
    );
    try {
      await Outbox.commit(
        [
          Guests.update(
            { gatheringId: g.id, volunteerId: v.id },
            { set: { remindedAt: now.toISOString() } },
            when.and(when.exists("pk"), when.notExists("remindedAt")),
          ),
          link.item,
        ],
        [mail],
      );
      sent++;
    } catch (error) {
      if (!(error instanceof ConditionsFailed)) throw error;
    }
  }
  return sent;
}

/** After the gathering's day the needs it asked for are deleted, once for all its guests. */
export async function clearNeeds(g: Gathering, guests: Guest[], now: Date) {
  if (!clearsNeedsOn(g, now)) return 0;
  const holding = guests.filter((x) => x.diet !== undefined || x.access !== undefined);
  for (const x of holding) {
    await transact([
      Guests.update(
        { gatheringId: g.id, volunteerId: x.volunteerId },
        { remove: ["diet", "access"] },
      ),
    ]);
  }
  await transact([
    Gatherings.update(g.id, { set: { needsClearedAt: now.toISOString() } }),
    Audit.entry("gathering.needs_cleared", `gathering#${g.id}`, { guests: holding.length }, now),
  ]);
  return holding.length;
}

export const AttendanceInput = z.object({
  id: Id,
  marks: z
    .array(z.object({ volunteerId: Id, attended: z.boolean() }))
    .min(1, { error: "error.required" })
    .max(1000),
});

/** Who came, marked on the day or after; each mark is mirrored onto the volunteer's profile. */
export const markAttendance = fn(AttendanceInput, async ({ id, marks }, now: Date = new Date()) => {
  Actor.coordinator();
  const { gathering, guests } = await gatheringPartition(id);
  if (!gathering?.date) throw new VisibleError(404, "not_found", "error.notFound");
  if (gathering.status !== "published" || helsinkiDate(now) < gathering.date) {
    throw new VisibleError(409, "not_yet", "error.gatheringNotYet");
  }
  const invited = new Set(guests.map((g) => g.volunteerId));
  const fields: Record<string, ServerKey> = {};
  marks.forEach((m, i) => {
    if (!invited.has(m.volunteerId)) fields[`marks.${i}.volunteerId`] = "error.notAvailable";
  });
  if (Object.keys(fields).length)
    throw new VisibleError(400, "validation", "error.validation", fields);
  const date = gathering.date;
  const before = new Map(guests.map((g) => [g.volunteerId, g.attended === true]));
  for (let i = 0; i < marks.length; i += 40) {
    const chunk = marks.slice(i, i + 40);
    const came = (list: boolean[]) => list.filter(Boolean).length;
    await transact([
      ...Monthly.count([
        Tally.gatheringMarked(
          { id, season: gathering.season, date },
          came(chunk.map((m) => before.get(m.volunteerId) ?? false)),
          came(chunk.map((m) => m.attended)),
        ),
      ]),
      ...chunk.flatMap((m) => [
        Guests.update(
          { gatheringId: id, volunteerId: m.volunteerId },
          { set: { attended: m.attended } },
          when.exists("pk"),
        ),
        gatheredItem({
          volunteerId: m.volunteerId,
          gatheringId: id,
          title: gathering.title,
          date,
          attended: m.attended,
        }),
      ]),
      ...(i === 0
        ? [Audit.entry("gathering.attendance", `gathering#${id}`, { marked: marks.length }, now)]
        : []),
    ]);
  }
  return (await gatheringPartition(id)).guests;
});

/**
 * The thank-you to those who came, with two questions (was it useful, what next time) in an
 * anonymous survey; each guest is thanked once however often it is pressed.
 */
export const sendThanks = fn(z.object({ id: Id }), async ({ id }, now: Date = new Date()) => {
  Actor.coordinator();
  const { gathering, guests } = await gatheringPartition(id);
  if (!gathering) throw new VisibleError(404, "not_found", "error.notFound");
  const came = guests.filter((g) => g.attended && !g.thankedAt);
  if (guests.every((g) => g.attended === undefined)) {
    throw new VisibleError(409, "no_attendance", "error.attendanceFirst");
  }
  const survey = await thanksSurvey(gathering, now);
  const people = await Volunteer.Volunteers.getMany(came.map((g) => g.volunteerId));
  let sent = 0;
  for (const v of people.values()) {
    const link = Survey.invite(survey, v.id);
    const url = `${config().SITE_URL}/feedback#${link.token}`;
    try {
      await Outbox.commit(
        [
          ...link.items,
          Guests.update(
            { gatheringId: id, volunteerId: v.id },
            { set: { thankedAt: now.toISOString() } },
            when.notExists("thankedAt"),
          ),
        ],
        [
          Outbox.entry(
            `volunteer#${v.id}`,
            "gathering-thanks",
            addressed(v.email, Letters.thanks(v.locale, v.name, gathering, url)),
            now,
          ),
        ],
      );
      sent++;
    } catch (error) {
      if (!(error instanceof ConditionsFailed)) throw error;
    }
  }
  return { sent };
});

/** The gathering's one thank-you survey, made on first use. */
async function thanksSurvey(g: Gathering, now: Date) {
  const subject = `gathering#${g.id}`;
  const [existing] = await Survey.ofSubject(subject);
  if (existing) return existing;
  const created = Survey.create(
    {
      kind: "gathering",
      subject,
      title: g.title,
      anonymous: true,
      closesAt: new Date(now.getTime() + THANKS_SURVEY_DAYS * 86_400_000),
    },
    now,
  );
  try {
    await transact([
      ...created.items,
      Gatherings.update(
        g.id,
        { set: { thanksSurveyId: created.survey.id } },
        when.notExists("thanksSurveyId"),
      ),
    ]);
    return created.survey;
  } catch (error) {
    if (!(error instanceof ConditionsFailed)) throw error;
    const [made] = await Survey.ofSubject(subject);
    if (!made) throw error;
    return made;
  }
}
