import { deleteRaw, getMany, keyOfItem, putRaw, queryEvery, when } from "../db/index.ts";
import type { TransactItem } from "../util/db-types.ts";
import { GONE } from "./request.ts";

/**
 * A volunteer with their person taken out: what the reports count stays (when they applied,
 * started, paused and ended and why, their visits' outline, training and gathering attendance,
 * the milestones reached), everything that tells who they were goes — name, contact,
 * motivation, profile, interview, coordinators' notes, the free text of their history, their
 * address's claim, their name on training and gathering lists. Their certificates stay as a
 * minimal register (name, serial, what was certified) so a certificate someone shows can still
 * be verified. Pure over stored items, like the request's.
 */

type Raw = Record<string, unknown>;

const TABLE = ["pk", "sk", "type", "gsi1pk", "gsi1sk"];
const pick = (from: Raw, names: readonly string[]): Raw =>
  Object.fromEntries(names.filter((n) => from[n] !== undefined).map((n) => [n, from[n]]));

const VOLUNTEER_FACTS = [
  ...TABLE,
  "id",
  "status",
  "municipality",
  "locale",
  "heardFrom",
  "consentAt",
  "consent",
  "createdAt",
  "pausedUntil",
  "endedAt",
  "endReason",
  "lastVisitAt",
  "activeSince",
  "completedVisits",
] as const;

export function anonymisedVolunteer(raw: Raw, now: Date, extra: Raw = {}): Raw {
  return {
    ...pick(raw, VOLUNTEER_FACTS),
    name: GONE,
    email: "",
    languages: [],
    motivation: GONE,
    profile: null,
    version: Number(raw.version ?? 0) + 1,
    updatedAt: now.toISOString(),
    anonymisedAt: now.toISOString(),
    ...extra,
  };
}

/** The bank's card of an anonymised volunteer: no name, phone or interests, still counted. */
function anonymisedCard(raw: Raw): Raw {
  const card = JSON.parse(String(raw.card ?? "{}")) as Raw;
  const kept = pick(card, ["id", "status", "municipality", "createdAt", "activeSince"]);
  return {
    ...pick(raw, ["pk", "sk", "type", "gsi1pk"]),
    gsi1sk: `${GONE}#${String(card.id)}`,
    card: JSON.stringify({
      ...kept,
      name: GONE,
      languages: [],
      sectors: [],
      areas: [],
      areaKeys: [],
      avoidSectors: [],
      interestWords: [],
      availability: null,
    }),
  };
}

const HISTORY_FACTS = [...TABLE, "at", "from", "to", "until", "endReason", "cause", "actorName"];

/** Kinds of a volunteer's partition that are only about them as a person and go whole. */
const DELETED = new Set(["interview", "volunteer-note", "outbox", "recognition-preferences"]);

/** Their name on other lists (training cohorts, gatherings): kept as a row, without the name. */
export function withoutName(raw: Raw): Raw {
  const { diet: _diet, access: _access, ...rest } = raw;
  return { ...rest, name: GONE };
}

/**
 * The writes that anonymise a volunteer, given their partition and the rows elsewhere that
 * carry their name; the volunteer item last, guarded by the version read, so a run cut short
 * is taken up again and a concurrent edit is not overwritten.
 */
export function anonymiseWrites(
  partition: readonly Raw[],
  elsewhere: readonly Raw[],
  now: Date,
  /** Facts to add to the anonymised volunteer (an erasure's id and undo deadline). */
  extra: Raw = {},
): TransactItem[] {
  const volunteer = partition.find((i) => i.type === "volunteer");
  if (!volunteer) return [];
  const writes: TransactItem[] = [];
  const exists = when.exists("pk");
  for (const item of partition) {
    const type = String(item.type);
    if (type === "card") writes.push(putRaw(anonymisedCard(item), exists));
    else if (type === "volunteer-history") writes.push(putRaw(pick(item, HISTORY_FACTS), exists));
    else if (DELETED.has(type)) writes.push(deleteRaw(keyOfItem(item)));
  }
  for (const row of elsewhere) writes.push(putRaw(withoutName(row), exists));
  if (typeof volunteer.email === "string" && volunteer.email) {
    writes.push(deleteRaw({ pk: `volunteer-email#${volunteer.email}`, sk: "volunteer-email" }));
  }
  writes.push(
    putRaw(
      anonymisedVolunteer(volunteer, now, extra),
      when.eq("version", Number(volunteer.version ?? 0)),
    ),
  );
  return writes;
}

/** Only the interview notes, once the policy's time after ending has passed. */
export function interviewWrites(partition: readonly Raw[], now: Date): TransactItem[] {
  const volunteer = partition.find((i) => i.type === "volunteer");
  if (!volunteer) return [];
  return [
    ...partition.filter((i) => i.type === "interview").map((i) => deleteRaw(keyOfItem(i))),
    putRaw(
      {
        ...volunteer,
        interviewRemovedAt: now.toISOString(),
        version: Number(volunteer.version ?? 0) + 1,
      },
      when.eq("version", Number(volunteer.version ?? 0)),
    ),
  ];
}

/**
 * The rows in other partitions that carry the volunteer's name: their place on every training
 * cohort's and gathering's list. Cohorts and gatherings are few (a handful a year), so each
 * is asked by key rather than kept in an index of its own.
 */
export async function rowsNaming(volunteerId: string, since: string, now: Date): Promise<Raw[]> {
  const cohorts = await queryEvery({ index: "gsi1", partition: "cohorts", project: ["id"] });
  const years: number[] = [];
  for (let y = Number(since.slice(0, 4)); y <= now.getUTCFullYear() + 1; y++) years.push(y);
  const gatherings = (
    await Promise.all(
      years.map((y) =>
        queryEvery({ index: "gsi1", partition: `gatherings#${y}`, project: ["id"] }),
      ),
    )
  ).flat();
  const keys = [
    ...cohorts.map((c) => ({ pk: `cohort#${String(c.id)}`, sk: `participant#${volunteerId}` })),
    ...gatherings.map((g) => ({ pk: `gathering#${String(g.id)}`, sk: `guest#${volunteerId}` })),
  ];
  return [...(await getMany(keys)).values()];
}

/**
 * Their name where they went along: the requests of their visit log (the request's volunteer,
 * the timeline's offer and answer events, their offer, the emails sent to them). Requests where they were only offered
 * and declined keep the name until those requests are anonymised in their turn (offers are
 * not indexed by volunteer).
 */
export function namedOnRequests(
  volunteer: { id: string; name: string; email: string },
  partitions: readonly Raw[],
): TransactItem[] {
  const { id: volunteerId, name, email } = volunteer;
  const writes: TransactItem[] = [];
  const swap = (value: unknown) => (value === name ? GONE : value);
  for (const item of partitions) {
    if (item.type === "request" && item.volunteerId === volunteerId && item.volunteerName) {
      const version = Number(item.version ?? 0);
      writes.push(
        putRaw({ ...item, volunteerName: GONE, version: version + 1 }, when.eq("version", version)),
      );
    } else if (item.type === "outbox" && email && item.to === email) {
      // What was sent to them about the visit: its delivery record names their address.
      writes.push(deleteRaw(keyOfItem(item)));
    } else if (item.type === "offer" && item.volunteerId === volunteerId) {
      writes.push(putRaw({ ...item, volunteerName: GONE }, when.exists("pk")));
    } else if (item.type === "event") {
      const event = (item.event ?? {}) as Raw;
      const names = Array.isArray(event.volunteerNames) ? event.volunteerNames : undefined;
      if (event.volunteerName !== name && !names?.includes(name)) continue;
      const changed = {
        ...event,
        ...(event.volunteerName !== undefined && { volunteerName: swap(event.volunteerName) }),
        ...(names && { volunteerNames: names.map(swap) }),
      };
      writes.push(putRaw({ ...item, event: changed }, when.exists("pk")));
    }
  }
  return writes;
}

/** The partitions of the requests in a volunteer's visit log. */
export async function requestsVisited(partition: readonly Raw[]): Promise<Raw[]> {
  const ids = [
    ...new Set(
      partition.filter((i) => i.type === "volunteer-visit").map((i) => String(i.requestId)),
    ),
  ];
  const all = await Promise.all(
    ids.map((id) => queryEvery({ partition: `request#${id}`, consistent: true })),
  );
  return all.flat();
}
