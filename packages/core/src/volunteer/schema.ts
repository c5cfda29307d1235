import * as z from "zod/mini";
import type { PublicKey as MessageKey } from "../i18n/fi.ts";
import { locales } from "../i18n/locale.ts";
import { clientLanguages, sectors } from "../request/schema.ts";
import {
  blankAsMissing,
  line,
  missingOrInvalid,
  note,
  optionalLine,
  optionalParagraphs,
  paragraphs,
  phoneField,
} from "../util/text.ts";
import { isIsoDate } from "../util/time.ts";

/**
 * The volunteer bank's inputs, shared by the API and the web (zod/mini, no server code). Every
 * message is a catalog key.
 */

export const volunteerStatuses = [
  "applicant",
  "interviewed",
  "in_training",
  "active",
  "paused",
  "ended",
] as const;
export type VolunteerStatus = (typeof volunteerStatuses)[number];

/** Lifecycle moves a coordinator makes by hand; the interview makes the first one. */
export const volunteerTransitions: Record<VolunteerStatus, readonly VolunteerStatus[]> = {
  applicant: ["ended"],
  interviewed: ["in_training", "ended"],
  in_training: ["active", "ended"],
  active: ["paused", "ended"],
  paused: ["active", "ended"],
  ended: [],
};

export const endReasons = ["moved", "no_time", "health", "not_suitable", "other"] as const;
export const heardFromOptions = [
  "friend",
  "social_media",
  "organisation",
  "event",
  "web",
  "other",
] as const;
export const languageLevels = ["native", "fluent", "basic"] as const;
export const travelModes = ["walk", "public_transport", "bike", "car"] as const;
export const genders = ["female", "male", "other"] as const;
export const digitalSkillLevels = ["basic", "good", "advanced"] as const;
export const interviewDecisions = ["to_training", "not_now", "not_suitable"] as const;
/** How a volunteer gets their messages: texts go to the phone number of their record. */
export const messageChannels = ["email", "sms", "both"] as const;
export type MessageChannel = (typeof messageChannels)[number];

const key = (k: MessageKey) => ({ error: k });
const optional = <T extends z.core.$ZodType<unknown, unknown>>(schema: T) =>
  blankAsMissing(z.optional(schema));

const isoDate = z.string({ error: missingOrInvalid }).check(z.refine(isIsoDate, key("error.date")));
const time = z
  .string({ error: missingOrInvalid })
  .check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, key("error.time")));

export const languageSkill = z.object({
  code: z.enum(clientLanguages, key("error.invalid")),
  level: z.enum(languageLevels, key("error.invalid")),
});

/** The volunteer application; the API passes the phone check that knows numbering plans. */
export const applicationInput = (phone = phoneField()) =>
  z.object({
    locale: z._default(z.enum(locales, key("error.invalid")), "fi"),
    name: line(120),
    email: z
      .email({
        error: (issue) =>
          missingOrInvalid(issue) === "error.required" ? "error.required" : "error.email",
      })
      .check(z.maxLength(254, key("error.tooLong"))),
    phone,
    municipality: line(100),
    /** Each language with how well they speak it: matching weighs the level. */
    languages: z.array(languageSkill).check(
      z.minLength(1, key("error.languages")),
      z.maxLength(20),
      z.refine((skills) => new Set(skills.map((s) => s.code)).size === skills.length, {
        error: "error.invalid",
      }),
    ),
    otherLanguage: optionalLine(80),
    motivation: paragraphs(2000),
    heardFrom: z.enum(heardFromOptions, { error: missingOrInvalid }),
    consent: z.literal(true, key("error.consent")),
    /** The privacy notice's version the form showed; the API checks it is the current one. */
    noticeVersion: optionalLine(100),
    /** Honeypot: hidden from people, filled by bots. */
    website: z.optional(z.string().check(z.maxLength(500))),
  });
export const ApplicationInput = applicationInput();
export type ApplicationInput = z.output<typeof ApplicationInput>;

export const ProfileInput = z.object({
  availability: z.object({
    weekly: z
      .array(
        z
          .object({
            day: z.number(key("error.invalid")).check(z.int(), z.gte(1), z.lte(7)),
            from: time,
            to: time,
          })
          .check(z.refine((w) => w.from < w.to, { error: "error.timeOrder", path: ["to"] })),
      )
      .check(z.maxLength(21)),
    away: z
      .array(
        z
          .object({ from: isoDate, to: isoDate })
          .check(z.refine((a) => a.from <= a.to, { error: "error.dateOrder", path: ["to"] })),
      )
      .check(z.maxLength(50)),
    maxVisitsPerMonth: z
      .number(key("error.invalid"))
      .check(z.int(), z.gte(1, key("error.invalid")), z.lte(30, key("error.invalid"))),
  }),
  strengths: note(2000),
  interests: note(2000),
  challenges: note(2000),
  avoidSectors: z._default(
    z.array(z.enum(sectors, key("error.invalid"))).check(z.maxLength(20)),
    [],
  ),
  sectors: z._default(z.array(z.enum(sectors, key("error.invalid"))).check(z.maxLength(20)), []),
  languages: z.array(languageSkill).check(z.minLength(1, key("error.languages")), z.maxLength(20)),
  areas: z.array(line(100)).check(z.minLength(1, key("error.required")), z.maxLength(30)),
  travel: z._default(z.array(z.enum(travelModes, key("error.invalid"))).check(z.maxLength(4)), []),
  gender: optional(z.enum(genders, key("error.invalid"))),
  digitalSkills: optional(z.enum(digitalSkillLevels, key("error.invalid"))),
  /** Texts need a phone number on the record: the API checks it (the form does not hold one). */
  messages: z._default(z.enum(messageChannels, key("error.invalid")), "email"),
});
export type Profile = z.output<typeof ProfileInput>;

export const InterviewInput = z
  .object({
    workHistory: note(4000),
    lifeSituation: note(4000),
    earlierVolunteering: note(4000),
    languages: z._default(z.array(languageSkill).check(z.maxLength(20)), []),
    sectors: z._default(z.array(z.enum(sectors, key("error.invalid"))).check(z.maxLength(20)), []),
    suitability: note(4000),
    decision: z.enum(interviewDecisions, { error: missingOrInvalid }),
    reason: optionalParagraphs(1000),
  })
  .check(
    z.refine((i) => i.decision === "to_training" || Boolean(i.reason), {
      error: "error.required",
      path: ["reason"],
    }),
  );
export type Interview = z.output<typeof InterviewInput>;

export const StatusChangeInput = z
  .object({
    to: z.enum(["in_training", "active", "paused", "ended"], { error: missingOrInvalid }),
    until: optional(isoDate),
    endReason: optional(z.enum(endReasons, key("error.invalid"))),
    reason: optionalParagraphs(1000),
  })
  .check(
    z.refine((c) => c.to !== "paused" || Boolean(c.until), {
      error: "error.required",
      path: ["until"],
    }),
    z.refine((c) => c.to !== "ended" || Boolean(c.endReason), {
      error: "error.required",
      path: ["endReason"],
    }),
  );
export type StatusChange = z.output<typeof StatusChangeInput>;

/** Is the volunteer free on a date by their own account: a weekly window that day, not away. */
export function availableOn(
  profile: Pick<Profile, "availability"> | null | undefined,
  date: string,
  pausedUntil?: string,
): boolean {
  if (pausedUntil && date <= pausedUntil) return false;
  return freeOn(date)(profile?.availability);
}

/**
 * `availableOn` for one date and many volunteers, as matching asks it: the date is checked and
 * its weekday worked out once, not once per volunteer.
 */
export function freeOn(
  date: string,
): (availability: Profile["availability"] | null | undefined) => boolean {
  if (!isIsoDate(date)) return () => false;
  const weekday = ((new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
  return (availability) => {
    if (!availability) return false;
    const { weekly, away } = availability;
    return (
      weekly.some((w) => w.day === weekday) && !away.some((a) => a.from <= date && date <= a.to)
    );
  };
}
