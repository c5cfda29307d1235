import * as z from "zod";
import * as Actor from "../actor/index.ts";
import { type GatheringRecord, gatheringsOf } from "../gathering/index.ts";
import { Request } from "../request/index.ts";
import { type SessionEntry, sessionsBetween } from "../training/index.ts";
import { fn } from "../util/fn.ts";
import { addDays, helsinkiToUtc, isIsoDate } from "../util/time.ts";
import { Visit } from "../visit/index.ts";

/**
 * The coming visits, training sessions and published gatherings by day, for the coordinator's
 * calendar (a week or a month at a time); each links to its request, cohort or gathering.
 */

/** Six weeks: a month's grid, Monday to Sunday, with the days around it. */
export const MAX_DAYS = 42;

const day = z.string().refine(isIsoDate, { error: "error.date" });

export const RangeInput = z
  .object({ from: day, to: day })
  .refine((r) => r.from <= r.to, { error: "error.dateOrder", path: ["to"] })
  .refine((r) => r.to <= addDays(r.from, MAX_DAYS - 1), { error: "error.invalid", path: ["to"] });

const trainingEntry = (s: SessionEntry) => ({
  kind: "training" as const,
  cohortId: s.cohortId,
  cohortKind: s.kind,
  name: s.name,
  n: s.n,
  topic: s.topic,
  ...(s.title && { title: s.title }),
  date: s.date,
  startTime: s.startTime,
  startsAt: s.startsAt,
  minutes: s.minutes,
  place: s.place,
  trainer: s.trainer,
});

/** A published gathering starting in [start, end), as the calendar shows it. */
function gatheringEntries(g: GatheringRecord, start: string, end: string) {
  if (g.status !== "published" || !g.startsAt || !g.date || !g.startTime) return [];
  if (g.startsAt < start || g.startsAt >= end) return [];
  return [
    {
      kind: "gathering" as const,
      gatheringId: g.id,
      title: g.title,
      date: g.date,
      startTime: g.startTime,
      ...(g.endTime && { endTime: g.endTime }),
      startsAt: g.startsAt,
      place: g.place ?? "",
      seated: g.seated,
      ...(g.capacity !== undefined && { capacity: g.capacity }),
    },
  ];
}

async function visitEntries(found: Awaited<ReturnType<typeof Visit.between>>) {
  const requests = await Request.Requests.getMany(found.map((v) => v.requestId));
  return found.flatMap((v) => {
    const request = requests.get(v.requestId);
    if (!request) return [];
    return [
      {
        kind: "visit" as const,
        requestId: v.requestId,
        reference: request.reference,
        date: request.date,
        startTime: request.startTime,
        startsAt: v.startsAt,
        endsAt: v.endsAt,
        status: v.status,
        sector: request.sector,
        municipality: request.municipality,
        clientName: request.client.name,
        volunteerId: v.volunteerId,
        volunteerName: request.volunteerName ?? null,
      },
    ];
  });
}

/** Every visit not cancelled, training session and published gathering on the Helsinki days. */
export const visits = fn(RangeInput, async ({ from, to }) => {
  Actor.coordinator();
  const start = helsinkiToUtc(from, "00:00").toISOString();
  const end = helsinkiToUtc(addDays(to, 1), "00:00").toISOString();
  const years = [...new Set([from.slice(0, 4), to.slice(0, 4)])].map(Number);
  const [found, sessions, gatherings] = await Promise.all([
    Visit.between(start, end),
    sessionsBetween(start, end),
    gatheringsOf(years),
  ]);
  const entries = [
    ...(await visitEntries(found)),
    ...sessions.map(trainingEntry),
    ...gatherings.flatMap((g) => gatheringEntries(g, start, end)),
  ];
  return { from, to, entries: entries.sort((a, b) => a.startsAt.localeCompare(b.startsAt)) };
});
