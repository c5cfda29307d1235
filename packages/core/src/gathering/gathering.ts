import * as z from "zod";
import * as Actor from "../actor/index.ts";
import * as Alert from "../alert/index.ts";
import { Audit } from "../audit/index.ts";
import { when } from "../db/expr.ts";
import { ConditionsFailed, transact, transactGuarded } from "../db/transact.ts";
import { type ServerKey, t } from "../i18n/index.ts";
import { VisibleError } from "../util/errors.ts";
import { fn } from "../util/fn.ts";
import { createId } from "../util/id.ts";
import { line, optionalLine, optionalParagraphs } from "../util/text.ts";
import { helsinkiDate, helsinkiToUtc, isIsoDate } from "../util/time.ts";
import * as GatheringInvite from "./invite.ts";
import * as Rsvp from "./rsvp.ts";
import {
  parseSeasonKey,
  type SeasonKey,
  type SeasonSettings,
  seasonNames,
  seasonOf,
  settingsProblems,
} from "./season.ts";
import {
  extraGroups,
  type Gathering,
  Gatherings,
  gatheringPartition,
  gatheringsOf,
  Seasons,
  Settings,
  seasonRecords,
  seasonStep,
  settings,
} from "./store.ts";

/**
 * A gathering: drafted for its season by the seasonal job (or made by a coordinator), completed
 * (date, time, place, how accessible the place is, programme, seats, the last day to answer) and
 * published, which invites the volunteers. Edits are made on the version the coordinator saw;
 * raising the seats of a published one moves the longest waiting up.
 */

const Id = z.string().min(1).max(64);
const isoDate = z.string().refine(isIsoDate, { error: "error.date" });
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "error.time" });

export const DetailsInput = z.object({
  title: line(160),
  date: isoDate.optional(),
  startTime: time.optional(),
  endTime: time.optional(),
  place: optionalLine(200),
  accessibility: optionalParagraphs(1000),
  programme: optionalParagraphs(2000),
  capacity: z.number({ error: "error.capacity" }).int().min(1).max(5000).optional(),
  answerBy: isoDate.optional(),
  alsoInvite: z.array(z.enum(extraGroups)).max(extraGroups.length).default([]),
});
export type DetailsInput = z.output<typeof DetailsInput>;

export const SaveInput = DetailsInput.extend({ id: Id, version: z.number().int().min(1) });

async function load(id: string) {
  const found = await gatheringPartition(id);
  if (!found.gathering) throw new VisibleError(404, "not_found", "error.notFound");
  return { ...found, gathering: found.gathering };
}

/** Field problems with details that each look right alone. */
function detailProblems(d: DetailsInput, today: string, publishing: boolean) {
  const fields: Record<string, ServerKey> = {};
  if (publishing) {
    if (!d.date) fields.date = "error.required";
    if (!d.startTime) fields.startTime = "error.required";
    if (!d.place) fields.place = "error.required";
    if (!d.answerBy) fields.answerBy = "error.required";
  }
  if (d.date && d.date < today) fields.date = "error.datePast";
  if (d.endTime && d.startTime && d.endTime <= d.startTime) fields.endTime = "error.endBeforeStart";
  if (d.answerBy && d.answerBy < today) fields.answerBy = "error.datePast";
  if (d.answerBy && d.date && d.answerBy > d.date) fields.answerBy = "error.answerAfterGathering";
  return fields;
}

function applied(g: Gathering, d: DetailsInput, now: Date): Gathering {
  const { date, startTime } = d;
  return {
    ...g,
    title: d.title,
    date,
    startTime,
    endTime: d.endTime,
    startsAt: date && startTime ? helsinkiToUtc(date, startTime).toISOString() : undefined,
    place: d.place,
    accessibility: d.accessibility,
    programme: d.programme,
    capacity: d.capacity,
    answerBy: d.answerBy,
    alsoInvite: d.alsoInvite,
    version: g.version + 1,
    ...(g.publishedAt && { publishedAt: g.publishedAt }),
    createdAt: g.createdAt || now.toISOString(),
  };
}

const stripUndefined = (g: Gathering) =>
  Object.fromEntries(Object.entries(g).filter(([, v]) => v !== undefined)) as Gathering;

/** The season's gathering, drafted by the seasonal job for the coordinators to complete. */
export async function draftSeason(season: SeasonKey, now: Date) {
  const parsed = parseSeasonKey(season);
  if (!parsed) throw new Error(`not a season: ${season}`);
  const gathering: Gathering = {
    id: createId("gat"),
    season,
    status: "draft",
    title: t("fi", `mail.gathering.title.${parsed.name}`, { year: parsed.year }),
    alsoInvite: [],
    seated: 0,
    waiting: 0,
    createdAt: now.toISOString(),
    version: 1,
  };
  try {
    await transact([
      seasonStep(season, "draftedAt", now.toISOString(), gathering.id),
      Gatherings.put(gathering, when.notExists("pk")),
      Alert.raiseAbout("gathering_draft", { gatheringId: gathering.id, season }, now),
      Audit.entry("gathering.draft", `gathering#${gathering.id}`, { season }, now),
    ]);
    return gathering;
  } catch (error) {
    // Another run drafted it a moment ago.
    if (error instanceof ConditionsFailed) return undefined;
    throw error;
  }
}

/** A season passed its deadline with nothing invited: the coordinators are told, once. */
export async function markMissed(season: SeasonKey, now: Date) {
  try {
    await transact([
      seasonStep(season, "missedAt", now.toISOString()),
      Alert.raiseAbout("season_missed", { season }, now),
      Audit.entry("gathering.missed", `season#${season}`, undefined, now),
    ]);
    return true;
  } catch (error) {
    if (error instanceof ConditionsFailed) return false;
    throw error;
  }
}

/** A gathering a coordinator makes themselves (a third one, or one the job has not drafted). */
export const create = fn(DetailsInput, async (input, now: Date = new Date()) => {
  Actor.coordinator();
  const fields = detailProblems(input, helsinkiDate(now), false);
  if (Object.keys(fields).length)
    throw new VisibleError(400, "validation", "error.validation", fields);
  const { spring, autumn } = await settings();
  const base: Gathering = {
    id: createId("gat"),
    season: seasonOf(input.date ?? helsinkiDate(now), { spring, autumn }),
    status: "draft",
    title: input.title,
    alsoInvite: [],
    seated: 0,
    waiting: 0,
    createdAt: now.toISOString(),
    version: 0,
  };
  const gathering = stripUndefined(applied(base, input, now));
  await transact([
    Gatherings.put(gathering, when.notExists("pk")),
    Audit.entry("gathering.draft", `gathering#${gathering.id}`, undefined, now),
  ]);
  return gathering;
});

/** Saves a gathering's details on the version the coordinator saw. */
export const save = fn(SaveInput, async ({ id, version, ...input }, now: Date = new Date()) => {
  Actor.coordinator();
  const { gathering } = await load(id);
  if (gathering.status === "cancelled")
    throw new VisibleError(409, "cancelled", "error.gatheringCancelled");
  if (gathering.version !== version) throw new VisibleError(409, "conflict", "error.conflict");
  const fields = detailProblems(input, helsinkiDate(now), gathering.status === "published");
  if (input.capacity !== undefined && input.capacity < gathering.seated) {
    fields.capacity = "error.capacityBelowSeated";
  }
  if (Object.keys(fields).length)
    throw new VisibleError(400, "validation", "error.validation", fields);
  const next = stripUndefined(applied(gathering, input, now));
  await transactGuarded([
    Gatherings.put(next, when.eq("version", version)),
    Audit.entry("gathering.edit", `gathering#${id}`, undefined, now),
  ]);
  // More seats: the longest waiting move up, each told by email.
  if (next.status === "published") await Rsvp.fillSeats(id, now);
  return next;
});

/**
 * Publishes a completed gathering: from now on the invitation job invites the volunteers, and
 * the season counts as invited.
 */
export const PublishInput = z.object({ id: Id, version: z.number().int().min(1) });

export const publish = fn(PublishInput, async ({ id, version }, now: Date = new Date()) => {
  Actor.coordinator();
  const { gathering } = await load(id);
  if (gathering.status !== "draft") throw new VisibleError(409, "conflict", "error.conflict");
  const fields = detailProblems(gathering, helsinkiDate(now), true);
  if (Object.keys(fields).length)
    throw new VisibleError(400, "validation", "error.validation", fields);
  const at = now.toISOString();
  const season = gathering.season as SeasonKey;
  const record = await Seasons.get(season);
  await transactGuarded([
    Gatherings.update(
      id,
      { set: { status: "published", publishedAt: at, version: version + 1 } },
      when.eq("version", version),
    ),
    ...(record?.invitedAt ? [] : [seasonStep(season, "invitedAt", at, id)]),
    Audit.entry("gathering.publish", `gathering#${id}`, { season }, now),
  ]);
  return { ...gathering, status: "published" as const, publishedAt: at, version: version + 1 };
});

/**
 * Cancels a gathering (after a confirmation in the workspace): those who said yes or maybe, and
 * those waiting, are told by email; answers stop; a season whose invitation this was counts as
 * not invited again, so its deadline can still flag it.
 */
export const cancel = fn(PublishInput, async ({ id, version }, now: Date = new Date()) => {
  Actor.coordinator();
  const { gathering, guests } = await load(id);
  if (gathering.status === "cancelled") return gathering;
  const season = gathering.season as SeasonKey;
  const record = await Seasons.get(season);
  const reopen = record?.gatheringId === id && record.invitedAt;
  await transactGuarded([
    Gatherings.update(
      id,
      { set: { status: "cancelled", version: version + 1 } },
      when.eq("version", version),
    ),
    ...(reopen
      ? [Seasons.update(season, { remove: ["invitedAt"] }, when.eq("gatheringId", id))]
      : []),
    Audit.entry("gathering.cancel", `gathering#${id}`, { season }, now),
  ]);
  const told = guests.filter((g) => g.answer === "yes" || g.answer === "maybe");
  await GatheringInvite.tellCancelled({ ...gathering, status: "cancelled" }, told, now);
  return { ...gathering, status: "cancelled" as const, version: version + 1 };
});

/** A gathering with its guests, for the coordinator's page. */
export const detail = fn(z.object({ id: Id }), async ({ id }) => {
  Actor.coordinator();
  return load(id);
});

/** This year's and last year's gatherings, newest first, with each season's record. */
export async function list(now: Date = new Date()) {
  Actor.coordinator();
  const year = Number(helsinkiDate(now).slice(0, 4));
  const [gatherings, seasons] = await Promise.all([
    gatheringsOf([year - 1, year, year + 1]),
    seasonRecords(),
  ]);
  return { gatherings: gatherings.reverse(), seasons: seasons.reverse() };
}

export const SettingsInput = z
  .object(
    Object.fromEntries(
      seasonNames.map((name) => [name, z.object({ draftOn: z.string(), inviteBy: z.string() })]),
    ) as Record<
      (typeof seasonNames)[number],
      z.ZodObject<{ draftOn: z.ZodString; inviteBy: z.ZodString }>
    >,
  )
  .extend({ version: z.number().int().min(0) });

export async function seasonSettings() {
  Actor.coordinator();
  return settings();
}

/** The days each season is drafted and must be invited by; an admin's to change. */
export const saveSeasonSettings = fn(SettingsInput, async (input, now: Date = new Date()) => {
  Actor.admin();
  const days: SeasonSettings = { spring: input.spring, autumn: input.autumn };
  const fields = settingsProblems(days);
  if (Object.keys(fields).length)
    throw new VisibleError(400, "validation", "error.validation", fields);
  await transactGuarded([
    Settings.put(
      { ...days, version: input.version + 1 },
      input.version === 0 ? when.notExists("pk") : when.eq("version", input.version),
    ),
    Audit.entry("gathering.settings", "settings#gatherings", undefined, now),
  ]);
  return { ...days, version: input.version + 1 };
});
