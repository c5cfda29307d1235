import * as z from "zod";
import * as Actor from "../actor/index.ts";
import { Audit } from "../audit/index.ts";
import { when } from "../db/expr.ts";
import { ConditionsFailed, transact } from "../db/transact.ts";
import { type Locale, t } from "../i18n/index.ts";
import { addressed, type Letter, Outbox } from "../mail/index.ts";
import type { TransactItem } from "../util/db-types.ts";
import { VisibleError } from "../util/errors.ts";
import { fn } from "../util/fn.ts";
import { paragraphs } from "../util/text.ts";
import { addDays, helsinkiDate } from "../util/time.ts";
import { Volunteer } from "../volunteer/index.ts";
import {
  fullYears,
  type Milestone,
  mayThankAgain,
  nextThanksOn,
  visitTiers,
  yearTiers,
} from "./milestones.ts";
import {
  dueMilestones,
  Milestones,
  milestonesOf,
  Preferences,
  preferencesOf,
  preferencesOfMany,
  reachedItem,
  type StoredMilestone,
} from "./store.ts";

/**
 * Thanks that feel personal: milestones reached are listed as due for thanks, with a message
 * drafted in the volunteer's language for the coordinator to make their own and send. At most
 * one thank-you a month; a volunteer can say no to them, and is named publicly only if they
 * have agreed to it.
 */

const Id = z.string().min(1).max(64);

/** The milestone a completed visit reaches, if its count is a tier (the 10th visit: 10). */
export function visitMilestone(volunteerId: string, completed: number, now: Date) {
  if (!visitTiers(completed).includes(completed)) return [];
  const m: Milestone = { id: `visits-${completed}`, kind: "visits", count: completed };
  return [reachedItem(volunteerId, m, helsinkiDate(now))];
}

export const trainingMilestone = (volunteerId: string, now: Date) =>
  reachedItem(volunteerId, { id: "training", kind: "training", count: 0 }, helsinkiDate(now));

/** How many days back the anniversaries job looks, so a few days' outage misses nobody. */
const LOOK_BACK_DAYS = 7;

/**
 * Years of volunteering: each day, whoever reached a tier (1, 3, 5, then every 5 years) within
 * the last week gets the milestone, once.
 */
export async function anniversaries(now = new Date()) {
  const today = helsinkiDate(now);
  const cards = [...(await Volunteer.cards("active")), ...(await Volunteer.cards("paused"))];
  let reached = 0;
  for (const card of cards) {
    if (!card.activeSince) continue;
    const years = fullYears(card.activeSince, today);
    const before = fullYears(card.activeSince, addDays(today, -LOOK_BACK_DAYS));
    if (years === before || !yearTiers(years).includes(years)) continue;
    try {
      await transact([
        reachedItem(card.id, { id: `years-${years}`, kind: "years", count: years }, today),
      ]);
      reached++;
    } catch (error) {
      if (!(error instanceof ConditionsFailed)) throw error;
    }
  }
  return { reached };
}

function milestoneText(locale: Locale, m: Pick<StoredMilestone, "kind" | "count">) {
  if (m.kind === "visits") {
    return m.count === 1
      ? t(locale, "mail.thanks.milestone.firstVisit")
      : t(locale, "mail.thanks.milestone.visits", { count: m.count });
  }
  if (m.kind === "years") return t(locale, "mail.thanks.milestone.years", { count: m.count });
  return t(locale, "mail.thanks.milestone.training");
}

/** A message the coordinator starts from, in the volunteer's language. */
export function draftMessage(locale: Locale, milestones: StoredMilestone[]) {
  const reached = milestones.map((m) => milestoneText(locale, m)).join(", ");
  return [
    t(locale, "mail.thanks.draft.opening", { reached }),
    t(locale, "mail.thanks.draft.body"),
    t(locale, "mail.thanks.draft.closing"),
  ].join("\n\n");
}

/** The "due for thanks" list: one row per volunteer, their milestones and a drafted message. */
export async function due(now = new Date()) {
  Actor.coordinator();
  const today = helsinkiDate(now);
  const milestones = await dueMilestones();
  const ids = [...new Set(milestones.map((m) => m.volunteerId))];
  const [people, preferences] = await Promise.all([
    Volunteer.Volunteers.getMany(ids),
    preferencesOfMany(ids),
  ]);
  return ids.flatMap((id) => {
    const v = people.get(id);
    const p = preferences.get(id);
    if (!v || !p || v.status === "ended" || v.status === "applicant") return [];
    const theirs = milestones.filter((m) => m.volunteerId === id);
    return [
      {
        volunteerId: id,
        name: v.name,
        status: v.status,
        milestones: theirs.map(({ id: mid, kind, count, reachedOn }) => ({
          id: mid,
          kind,
          count,
          reachedOn,
        })),
        noThanks: p.noThanks,
        namedPublicly: p.namedPublicly,
        lastThankedOn: p.lastThankedOn,
        mayThankFrom: mayThankAgain(p.lastThankedOn, today)
          ? today
          : nextThanksOn(p.lastThankedOn ?? today),
        draft: draftMessage(v.locale, theirs),
        locale: v.locale,
      },
    ];
  });
}

export const SendInput = z.object({
  volunteerId: Id,
  milestoneIds: z.array(z.string().min(1).max(40)).min(1, { error: "error.required" }).max(50),
  /** `email` sends the message; `in_person` records thanks given face to face. */
  how: z.enum(["email", "in_person"]),
  message: z.string().optional(),
});

const MessageField = paragraphs(4000);

export function thanksLetter(locale: Locale, name: string, message: string): Letter {
  return {
    locale,
    name,
    subject: t(locale, "mail.thanks.subject"),
    body: message
      .split(/\n{2,}/)
      .map((p) => p.trim())
      .filter(Boolean),
  };
}

/**
 * Thanks a volunteer for their milestones: by email (the coordinator's words) or recorded as
 * given in person. Refused for someone who said no to thank-yous (by email), or who was
 * thanked less than a month ago; two coordinators at once thank them once.
 */
export const send = fn(SendInput, async (input, now: Date = new Date()) => {
  Actor.coordinator();
  const today = helsinkiDate(now);
  const [v, prefs, theirs] = await Promise.all([
    Volunteer.Volunteers.get(input.volunteerId),
    preferencesOf(input.volunteerId),
    milestonesOf(input.volunteerId),
  ]);
  if (!v) throw new VisibleError(404, "not_found", "error.notFound");
  const chosen = theirs.filter((m) => input.milestoneIds.includes(m.id) && !m.thankedOn);
  if (chosen.length !== input.milestoneIds.length) {
    throw new VisibleError(409, "conflict", "error.conflict");
  }
  if (input.how === "email" && prefs.noThanks) {
    throw new VisibleError(409, "no_thanks", "error.noThanks");
  }
  if (!mayThankAgain(prefs.lastThankedOn, today)) {
    throw new VisibleError(409, "thanked_recently", "error.thankedRecently");
  }
  const mails = input.how === "email" ? [thanksMail(v, input.message, now)] : [];
  const items: TransactItem[] = [
    Preferences.put(
      { ...prefs, lastThankedOn: today, updatedAt: now.toISOString() },
      prefs.lastThankedOn
        ? when.eq("lastThankedOn", prefs.lastThankedOn)
        : when.notExists("lastThankedOn"),
    ),
    ...chosen.map((m) =>
      Milestones.update(
        { volunteerId: v.id, id: m.id },
        { set: { thankedOn: today }, remove: ["gsi1pk", "gsi1sk"] },
        when.notExists("thankedOn"),
      ),
    ),
    Audit.entry(
      "thanks.send",
      `volunteer#${v.id}`,
      { how: input.how, milestones: input.milestoneIds },
      now,
    ),
  ];
  try {
    await Outbox.commit(items, mails);
  } catch (error) {
    if (error instanceof ConditionsFailed)
      throw new VisibleError(409, "conflict", "error.conflict");
    throw error;
  }
  return { thankedOn: today };
});

/** The coordinator's own words, checked, as the email that carries them. */
function thanksMail(v: Volunteer.Volunteer, message: string | undefined, now: Date) {
  const parsed = MessageField.safeParse(message);
  if (!parsed.success) {
    throw new VisibleError(400, "validation", "error.validation", { message: "error.required" });
  }
  return Outbox.entry(
    `volunteer#${v.id}`,
    "thanks",
    addressed(v.email, thanksLetter(v.locale, v.name, parsed.data)),
    now,
  );
}

/** A volunteer's milestones and choices, for their profile. */
export async function ofVolunteer(volunteerId: string) {
  const [milestones, preferences] = await Promise.all([
    milestonesOf(volunteerId),
    preferencesOf(volunteerId),
  ]);
  return { milestones, preferences };
}

export const PreferencesInput = z.object({ noThanks: z.boolean(), namedPublicly: z.boolean() });

/**
 * The volunteer's own choices, from their self-service page. Consent to be named is given only
 * by the volunteer and only while they volunteer; it can always be withdrawn.
 */
export const choose = fn(PreferencesInput, async (input, now: Date = new Date()) => {
  const actor = Actor.volunteer();
  const [current, v] = await Promise.all([
    preferencesOf(actor.volunteerId),
    Volunteer.Volunteers.get(actor.volunteerId),
  ]);
  // Someone who has ended may still withdraw consent or stop thank-yous, not give new consent.
  if (v?.status === "ended" && input.namedPublicly && !current.namedPublicly) {
    throw new VisibleError(409, "not_allowed", "error.notAllowed");
  }
  await transact([
    Preferences.put({ ...current, ...input, updatedAt: now.toISOString() }),
    Audit.entry("thanks.preferences", `volunteer#${actor.volunteerId}`, input, now),
  ]);
  return { ...current, ...input };
});

export async function mine() {
  const actor = Actor.volunteer();
  return ofVolunteer(actor.volunteerId);
}
