import * as z from "zod";
import * as zm from "zod/mini";
import { when } from "../db/expr.ts";
import { defineItem, queryEvery } from "../db/store.ts";
import { locales } from "../i18n/locale.ts";
import { Acknowledged, ApplicationConsent } from "../privacy/consent.ts";
import { clientLanguages, sectors } from "../request/index.ts";
import type { TransactItem } from "../util/db-types.ts";
import { createId } from "../util/id.ts";
import { plainWords, words } from "../util/words.ts";
import {
  endReasons,
  heardFromOptions,
  InterviewInput,
  languageLevels,
  ProfileInput,
  volunteerStatuses,
} from "./schema.ts";

/**
 * The volunteer bank as stored: the volunteer (guarded by its version), a small card per
 * volunteer for the bank and the matching (indexed by status), the interview, the history of
 * status changes, coordinators' notes, and the address book that makes an email one person's.
 */

const LanguageSkill = z.object({ code: z.string(), level: z.enum(languageLevels) });

const StoredVolunteer = z.object({
  id: z.string(),
  status: z.enum(volunteerStatuses),
  name: z.string(),
  email: z.string(),
  phone: z.string().optional(),
  municipality: z.string(),
  locale: z.enum(locales),
  /**
   * As the application gave them. Applications before levels were asked held codes only: those
   * read as "basic" until the interview confirms more, so nobody is matched on a guess.
   */
  languages: z.array(
    z.union([LanguageSkill, z.string().transform((code) => ({ code, level: "basic" as const }))]),
  ),
  otherLanguage: z.string().optional(),
  motivation: z.string(),
  heardFrom: z.enum(heardFromOptions),
  consentAt: z.string(),
  /** The consent given with the application; absent on applications from before it was kept. */
  consent: ApplicationConsent.optional(),
  /** The privacy notice version they last said they have read (their page asks on a new one). */
  notice: Acknowledged.optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number(),
  profile: z.nullable(ProfileInput),
  /**
   * When the channel of `profile.messages` was last changed, and by whom: a volunteer choosing
   * texts themself is their consent to them.
   */
  messagesChosenAt: z.string().optional(),
  messagesChosenBy: z.enum(["self", "coordinator"]).optional(),
  pausedUntil: z.string().optional(),
  endedAt: z.string().optional(),
  endReason: z.enum(endReasons).optional(),
  lastVisitAt: z.string().optional(),
  /** The Helsinki date they first became active: years of volunteering count from it. */
  activeSince: z.string().optional(),
  /** Visits that took place (reported as such); counted from the visit log when absent. */
  completedVisits: z.number().optional(),
  /** Interview notes deleted under the retention policy. */
  interviewRemovedAt: z.string().optional(),
  /** Their details taken out (retention after ending, or erasure); history and counts stay. */
  anonymisedAt: z.string().optional(),
  /** Kept whole, whatever the retention policy says, until the hold is lifted. */
  legalHold: z.object({ at: z.string(), by: z.string(), reason: z.string() }).optional(),
  /** Erased at their wish: which erasure, and until when it can be undone. */
  erasure: z.object({ id: z.string(), undoUntil: z.string() }).optional(),
});
export type Volunteer = z.output<typeof StoredVolunteer>;

export const Volunteers = defineItem({
  type: "volunteer",
  schema: StoredVolunteer,
  key: (id: string) => ({ pk: `volunteer#${id}`, sk: "volunteer" }),
  id: (v) => v.id,
});

/** The volunteer as saved now, only if it is still the version that was read (or new). */
export const save = (v: Volunteer): TransactItem[] => [
  Volunteers.put(v, when.or(when.notExists("pk"), when.eq("version", v.version - 1))),
  Cards.put({ card: JSON.stringify(card(v)) }),
];

const fold = (text: string) => words(text).join(" ");

const CardSchema = z.object({
  id: z.string(),
  name: z.string(),
  status: z.enum(volunteerStatuses),
  /** So a coordinator can call from the suggestions ("agreed by phone"). */
  phone: z.string().optional(),
  municipality: z.string(),
  languages: z.array(z.object({ code: z.enum(clientLanguages), level: z.enum(languageLevels) })),
  sectors: z.array(z.enum(sectors)),
  areas: z.array(z.string()),
  /** Areas folded for matching (ä → a, lowercase), worked out once per save. */
  areaKeys: z.array(z.string()),
  avoidSectors: z.array(z.enum(sectors)),
  /** Words of their interests (four letters or more), for the matching's "interests" factor. */
  interestWords: z.array(z.string()),
  availability: z.nullable(ProfileInput.shape.availability),
  pausedUntil: z.string().optional(),
  lastVisitAt: z.string().optional(),
  activeSince: z.string().optional(),
  createdAt: z.string(),
});
export type Card = z.output<typeof CardSchema>;

/** What the bank lists and filters by: a few hundred bytes per volunteer. */
export function card(v: Volunteer): Card {
  return {
    id: v.id,
    name: v.name,
    status: v.status,
    ...(v.phone && { phone: v.phone }),
    municipality: v.municipality,
    languages:
      v.profile?.languages ??
      v.languages.flatMap(({ code, level }) => {
        const known = clientLanguages.find((c) => c === code);
        return known ? [{ code: known, level }] : [];
      }),
    sectors: v.profile?.sectors ?? [],
    areas: v.profile?.areas ?? [v.municipality],
    areaKeys: [...new Set([...(v.profile?.areas ?? []), v.municipality].map(fold))],
    avoidSectors: v.profile?.avoidSectors ?? [],
    interestWords: plainWords(v.profile?.interests ?? "")
      .filter((w) => w.length >= 4)
      .slice(0, 60),
    availability: v.profile?.availability ?? null,
    ...(v.pausedUntil && { pausedUntil: v.pausedUntil }),
    ...(v.lastVisitAt && { lastVisitAt: v.lastVisitAt }),
    ...(v.activeSince && { activeSince: v.activeSince }),
    createdAt: v.createdAt,
  };
}

/**
 * The card as stored: one JSON string rather than nested maps and lists, because reading
 * thousands of cards is dominated by the number of attributes DynamoDB has to serialise.
 */
const Cards = defineItem({
  type: "card",
  schema: z.object({ card: z.string() }),
  key: (id: string) => ({ pk: `volunteer#${id}`, sk: "card" }),
  id: (c) => CardSchema.parse(JSON.parse(c.card)).id,
  // gsi1: the bank by status, by name.
  index: (c) => {
    const parsed = CardSchema.parse(JSON.parse(c.card));
    return { gsi1pk: `bank#${parsed.status}`, gsi1sk: `${fold(parsed.name)}#${parsed.id}` };
  },
});

/** The stored card item (bench and demo seeding write it directly). */
export const cardItem = (v: Volunteer) => Cards.item({ card: JSON.stringify(card(v)) });

/** Every card of a status: one Query (a few pages even for thousands). */
export async function cards(status: (typeof volunteerStatuses)[number]): Promise<Card[]> {
  const items = await queryEvery({ index: "gsi1", partition: `bank#${status}`, project: ["card"] });
  return items.map((item) => CardSchema.parse(JSON.parse(Cards.read(item).card)));
}

const StoredInterview = zm.extend(InterviewInput, { at: z.string(), actorName: z.string() });
export type Interview = z.output<typeof StoredInterview>;

const Interviews = defineItem({
  type: "interview",
  schema: z.object({ interview: StoredInterview }),
  key: (id: string) => ({ pk: `volunteer#${id}`, sk: "interview" }),
});

export const interviewItem = (id: string, interview: Interview) =>
  Interviews.update(id, { set: { interview } });

const HistoryEntry = z.object({
  at: z.string(),
  from: z.enum(volunteerStatuses).nullable(),
  to: z.enum(volunteerStatuses),
  reason: z.string().optional(),
  until: z.string().optional(),
  endReason: z.enum(endReasons).optional(),
  /** What moved them, when it was not a coordinator's free choice. */
  cause: z.enum(["training_completed", "erasure"]).optional(),
  actorName: z.string(),
});
export type HistoryEntry = z.output<typeof HistoryEntry>;

const History = defineItem({
  type: "volunteer-history",
  schema: HistoryEntry,
  key: ({ id, at, entry }: { id: string; at: string; entry: string }) => ({
    pk: `volunteer#${id}`,
    sk: `history#${at}#${entry}`,
  }),
});

export const historyItem = (id: string, entry: HistoryEntry) =>
  History.update({ id, at: entry.at, entry: createId("evt") }, { set: entry });

const Note = z.object({ at: z.string(), text: z.string(), actorName: z.string() });

const Notes = defineItem({
  type: "volunteer-note",
  schema: Note,
  key: ({ id, at, note }: { id: string; at: string; note: string }) => ({
    pk: `volunteer#${id}`,
    sk: `note#${at}#${note}`,
  }),
});

export const noteItem = (id: string, note: z.output<typeof Note>) =>
  Notes.update({ id, at: note.at, note: createId("not") }, { set: note });

const Addresses = defineItem({
  type: "volunteer-email",
  schema: z.object({ volunteerId: z.string() }),
  key: (email: string) => ({ pk: `volunteer-email#${email}`, sk: "volunteer-email" }),
});

/** Makes an address one volunteer's: a second application from it fails this condition. */
export const claimAddress = (email: string, volunteerId: string) =>
  Addresses.update(email, { set: { volunteerId } }, when.notExists("pk"));

export const get = (id: string) => Volunteers.get(id);

export async function byEmail(email: string): Promise<Volunteer | undefined> {
  const found = await Addresses.get(email, { consistent: false });
  return found ? get(found.volunteerId) : undefined;
}

/** A volunteer's whole partition, as their page shows it (visits have their own list). */
export async function everything(id: string) {
  const items = await queryEvery({ partition: `volunteer#${id}`, consistent: true });
  const of = (type: string) => items.filter((i) => i.type === type);
  const [volunteer] = of("volunteer").map(Volunteers.read);
  const [interview] = of("interview").map((i) => Interviews.read(i).interview);
  const byTime = (a: { at: string }, b: { at: string }) => a.at.localeCompare(b.at);
  return {
    volunteer,
    interview: interview ?? null,
    history: of("volunteer-history").map(History.read).sort(byTime),
    notes: of("volunteer-note").map(Notes.read).sort(byTime),
  };
}

/**
 * A visit that took place: the last one for the bank's fairness ordering, and the count for
 * milestones, guarded by the count read, so two reports at once cannot both be the tenth.
 */
export function recordVisit(v: Volunteer, at: string, completed: number): TransactItem[] {
  return [
    Volunteers.update(
      v.id,
      { set: { lastVisitAt: at, completedVisits: completed } },
      when.and(
        when.eq("version", v.version),
        v.completedVisits === undefined
          ? when.notExists("completedVisits")
          : when.eq("completedVisits", v.completedVisits),
      ),
    ),
    Cards.put({ card: JSON.stringify(card({ ...v, lastVisitAt: at })) }),
  ];
}
