import * as z from "zod";
import { when } from "../db/expr.ts";
import { defineItem, queryEvery, queryPage } from "../db/store.ts";
import type { TransactItem } from "../util/db-types.ts";
import { defaultSeasons, type SeasonKey } from "./season.ts";

/**
 * Gatherings as stored. A gathering keeps its guests in its own partition (one Query gives the
 * list, the seats and the waiting list); it is in the year's index for the list and the
 * calendar. A season has a record of its own: drafted, invited or missed, written once each.
 * An attended gathering is mirrored into the volunteer's partition for their profile.
 */

export const gatheringStatuses = ["draft", "published", "cancelled"] as const;
export type GatheringStatus = (typeof gatheringStatuses)[number];

/** Who besides active and paused volunteers the coordinator may invite. */
export const extraGroups = ["in_training"] as const;

const StoredGathering = z.object({
  id: z.string(),
  season: z.string(),
  status: z.enum(gatheringStatuses),
  title: z.string(),
  date: z.string().optional(),
  startTime: z.string().optional(),
  endTime: z.string().optional(),
  /** The instant it starts, from `date` and `startTime` in Helsinki time. */
  startsAt: z.string().optional(),
  place: z.string().optional(),
  accessibility: z.string().optional(),
  programme: z.string().optional(),
  /** Seats; none means everyone who says yes has one. */
  capacity: z.number().optional(),
  /** The last day (Helsinki) an answer may be given or changed. */
  answerBy: z.string().optional(),
  alsoInvite: z.array(z.enum(extraGroups)),
  /** Seats taken: guests whose answer is yes and who are not waiting. */
  seated: z.number(),
  /** Guests on the waiting list, so a freed seat knows whether to look for one. */
  waiting: z.number().default(0),
  createdAt: z.string(),
  publishedAt: z.string().optional(),
  /** Dietary and accessibility needs were deleted (after the gathering). */
  needsClearedAt: z.string().optional(),
  /** The anonymous survey the thank-you asks to answer. */
  thanksSurveyId: z.string().optional(),
  version: z.number(),
});
export type Gathering = z.output<typeof StoredGathering>;

export const Gatherings = defineItem({
  type: "gathering",
  schema: StoredGathering,
  key: (id: string) => ({ pk: `gathering#${id}`, sk: "gathering" }),
  id: (g) => g.id,
  index: (g) => ({
    gsi1pk: `gatherings#${g.season.slice(0, 4)}`,
    gsi1sk: `${g.startsAt ?? g.createdAt}#${g.id}`,
  }),
});

/** The stored gathering item (bench and demo seeding write it directly). */
export const gatheringItem = (g: Gathering) => Gatherings.item(g);

export const answers = ["invited", "yes", "maybe", "no"] as const;
export type Answer = (typeof answers)[number];

const Guest = z.object({
  gatheringId: z.string(),
  volunteerId: z.string(),
  name: z.string(),
  answer: z.enum(answers),
  /** A yes without a free seat waits; the earliest moves up when a seat frees. */
  waitingSince: z.string().optional(),
  diet: z.string().optional(),
  access: z.string().optional(),
  answeredAt: z.string().optional(),
  invitedAt: z.string(),
  remindedAt: z.string().optional(),
  attended: z.boolean().optional(),
  thankedAt: z.string().optional(),
});
export type Guest = z.output<typeof Guest>;

export const Guests = defineItem({
  type: "gathering-guest",
  schema: Guest,
  key: ({ gatheringId, volunteerId }: { gatheringId: string; volunteerId: string }) => ({
    pk: `gathering#${gatheringId}`,
    sk: `guest#${volunteerId}`,
  }),
  id: (g) => ({ gatheringId: g.gatheringId, volunteerId: g.volunteerId }),
  // The waiting list, in the order places are offered.
  index: (g) =>
    g.waitingSince ? waitingKeys(g.gatheringId, g.waitingSince, g.volunteerId) : undefined,
});

/** A waiting guest's place in the index: `waiting#<gathering>`, earliest first. */
export const waitingKeys = (gatheringId: string, since: string, volunteerId: string) => ({
  gsi1pk: `waiting#${gatheringId}`,
  gsi1sk: `${since}#${volunteerId}`,
});

/** The first guests on a gathering's waiting list (the index may lag a moment behind). */
export async function waitingGuests(gatheringId: string, limit: number): Promise<Guest[]> {
  const { items } = await queryPage({ index: "gsi1", partition: `waiting#${gatheringId}`, limit });
  return items.map(Guests.read);
}

export const guestOf = (gatheringId: string, volunteerId: string) =>
  Guests.get({ gatheringId, volunteerId });

/** An invitation's link: its token's hash, and whom and what it is for. */
export const Invitations = defineItem({
  type: "gathering-invitation",
  schema: z.object({ hash: z.string(), gatheringId: z.string(), volunteerId: z.string() }),
  key: (hash: string) => ({ pk: `gathering-invitation#${hash}`, sk: "invitation" }),
  id: (i) => i.hash,
  // With the volunteer's other links, so they all stop working when the volunteer leaves.
  index: (i) => ({ gsi1pk: `links#${i.volunteerId}`, gsi1sk: `gathering#${i.gatheringId}` }),
});

const Gathered = defineItem({
  type: "gathered",
  schema: z.object({
    volunteerId: z.string(),
    gatheringId: z.string(),
    title: z.string(),
    date: z.string(),
    attended: z.boolean(),
  }),
  key: ({ volunteerId, gatheringId }: { volunteerId: string; gatheringId: string }) => ({
    pk: `volunteer#${volunteerId}`,
    sk: `gathered#${gatheringId}`,
  }),
  id: (g) => ({ volunteerId: g.volunteerId, gatheringId: g.gatheringId }),
});
export type GatheredEntry = ReturnType<typeof Gathered.read>;

export const gatheredItem = (entry: GatheredEntry): TransactItem => Gathered.put(entry);

/** What a volunteer has been to (or was marked absent from), oldest first. */
export async function gatheredBy(volunteerId: string): Promise<GatheredEntry[]> {
  const items = await queryEvery({
    partition: `volunteer#${volunteerId}`,
    range: { beginsWith: "gathered#" },
  });
  return items.map(Gathered.read).sort((a, b) => a.date.localeCompare(b.date));
}

const SeasonRecord = z.object({
  season: z.string(),
  gatheringId: z.string().optional(),
  draftedAt: z.string().optional(),
  invitedAt: z.string().optional(),
  missedAt: z.string().optional(),
});
export type SeasonRecord = z.output<typeof SeasonRecord>;

export const Seasons = defineItem({
  type: "gathering-season",
  schema: SeasonRecord,
  key: (season: string) => ({ pk: `season#${season}`, sk: "season" }),
  id: (s) => s.season,
  index: (s) => ({ gsi1pk: "seasons", gsi1sk: s.season }),
});

/** Each season's record, oldest first. */
export async function seasonRecords(): Promise<SeasonRecord[]> {
  return (await queryEvery({ index: "gsi1", partition: "seasons" })).map(Seasons.read);
}

/** Marks a season's step once: a second writer's condition fails. */
export function seasonStep(
  season: SeasonKey,
  step: "draftedAt" | "invitedAt" | "missedAt",
  at: string,
  gatheringId?: string,
): TransactItem {
  return Seasons.update(
    season,
    {
      set: {
        season,
        [step]: at,
        ...(gatheringId && { gatheringId }),
        gsi1pk: "seasons",
        gsi1sk: season,
      },
    },
    when.notExists(step),
  );
}

const MonthDay = z.string();
const StoredSettings = z.object({
  spring: z.object({ draftOn: MonthDay, inviteBy: MonthDay }),
  autumn: z.object({ draftOn: MonthDay, inviteBy: MonthDay }),
  version: z.number(),
});
export type StoredSettings = z.output<typeof StoredSettings>;

export const Settings = defineItem({
  type: "gathering-settings",
  schema: StoredSettings,
  key: () => ({ pk: "settings#gatherings", sk: "settings" }),
  id: () => undefined,
});

export async function settings(): Promise<StoredSettings> {
  return (await Settings.get(undefined)) ?? { ...defaultSeasons, version: 0 };
}

/** Everything of one gathering, read at once. */
export async function gatheringPartition(id: string) {
  const items = await queryEvery({ partition: `gathering#${id}`, consistent: true });
  const [gathering] = items.filter((i) => i.type === "gathering").map(Gatherings.read);
  const guests = items.filter((i) => i.type === "gathering-guest").map(Guests.read);
  return { gathering, guests };
}

/** The gatherings of some years, in time order. */
export async function gatheringsOf(years: number[]): Promise<Gathering[]> {
  const pages = await Promise.all(
    years.map((year) => queryEvery({ index: "gsi1", partition: `gatherings#${year}` })),
  );
  return pages.flat().map(Gatherings.read);
}
