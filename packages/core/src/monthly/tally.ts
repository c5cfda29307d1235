import { createHash } from "node:crypto";
import { helsinkiDate, helsinkiMonth } from "../util/time.ts";

/**
 * Pure: what one happening adds to the month's figures. Each state change turns into a few
 * tallies (a month, counts to add, members to add to a set); the store writes them in the same
 * transaction as the change, and the rebuild turns the records into the same tallies. Counter
 * names are flat (`req:sector:healthcare`) so a month is one item of plain numbers and sets.
 */
export interface Tally {
  month: string;
  add: Record<string, number>;
  /** Distinct members (a client, a course, a gathering) counted once however often seen. */
  sets?: Record<string, string[]>;
}

/** Free text used as a group (a municipality, an organisation): one spelling per place. */
export function groupName(text: string | undefined): string | undefined {
  const cleaned = text?.normalize("NFC").replace(/\s+/g, " ").trim();
  if (!cleaned) return undefined;
  return cleaned.charAt(0).toLocaleUpperCase("fi") + cleaned.slice(1).toLocaleLowerCase("fi");
}

export interface RequestFacts {
  id: string;
  createdAt: string;
  startsAt: string;
  requesterRole: string;
  sector: string;
  municipality: string;
  mainLanguage: string | undefined;
  organisation: string | undefined;
  clientKey?: string | undefined;
}

/** The partner organisation a request came through, when a professional or partner asked. */
export const partnerOf = (r: Pick<RequestFacts, "requesterRole" | "organisation">) =>
  r.requesterRole === "professional" || r.requesterRole === "partner"
    ? groupName(r.organisation)
    : undefined;

export function requestReceived(r: RequestFacts): Tally {
  const municipality = groupName(r.municipality);
  const partner = partnerOf(r);
  return {
    month: helsinkiMonth(r.createdAt),
    add: {
      req: 1,
      [`req:role:${r.requesterRole}`]: 1,
      [`req:sector:${r.sector}`]: 1,
      [`req:lang:${r.mainLanguage ?? "other"}`]: 1,
      ...(municipality && { [`req:muni:${municipality}`]: 1 }),
      ...(partner && { [`req:org:${partner}`]: 1 }),
    },
  };
}

/** Whole hours from the request to its confirmed volunteer; longer than 60 days is 60 days. */
export const MAX_MATCH_HOURS = 24 * 60;
export function hoursToMatch(createdAt: string, at: string): number {
  const hours = Math.floor((Date.parse(at) - Date.parse(createdAt)) / 3_600_000);
  return Math.min(Math.max(hours, 0), MAX_MATCH_HOURS);
}

export function requestConfirmed(r: Pick<RequestFacts, "createdAt">, at: string): Tally {
  return {
    month: helsinkiMonth(at),
    add: { "req:matched": 1, [`match:h:${hoursToMatch(r.createdAt, at)}`]: 1 },
  };
}

/** Closed before anyone was confirmed: by the requester, a coordinator, or for want of a volunteer. */
export function requestClosedUnmatched(at: string, noVolunteer: boolean): Tally {
  return {
    month: helsinkiMonth(at),
    add: { "req:unmatched": 1, ...(noVolunteer && { "req:noVolunteer": 1 }) },
  };
}

/**
 * The client counted once however many visits: the linked client's key, or the request — as a
 * short hash (48 bits: no two of a million clients are likely to meet), which keeps a month's
 * set small and names nobody.
 */
export const clientOf = (r: Pick<RequestFacts, "id" | "clientKey">) =>
  createHash("sha256")
    .update(r.clientKey ?? r.id)
    .digest("base64url")
    .slice(0, 8);

/** A visit that took place, in the month of the appointment. */
export function visitDone(r: RequestFacts, minutes: number): Tally {
  const partner = partnerOf(r);
  return {
    month: helsinkiMonth(r.startsAt),
    add: { visit: 1, "visit:min": minutes, ...(partner && { [`visit:org:${partner}`]: 1 }) },
    sets: { clients: [clientOf(r)] },
  };
}

/** Whole months from one Helsinki date to another (a tenure), never negative. */
export function monthsFrom(startDate: string, endDate: string): number {
  const [y1, m1, d1] = startDate.split("-").map(Number) as [number, number, number];
  const [y2, m2, d2] = endDate.split("-").map(Number) as [number, number, number];
  const months = (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
  return Math.max(months, 0);
}

export interface VolunteerFacts {
  status: string;
  /** The first day active, once they have been. */
  activeSince?: string | undefined;
}

/**
 * A move in the bank. The stock of each status moves with it; the first day active starts a
 * cohort (counted in its month); an end is counted with its reason and, for those who were
 * active, its tenure — in the end month, and in the cohort's month for retention.
 */
export function volunteerMoved(
  v: VolunteerFacts,
  to: string,
  at: string,
  endReason?: string,
): Tally[] {
  const month = helsinkiMonth(at);
  const day = helsinkiDate(new Date(at));
  const add: Record<string, number> = { [`vol:stock:${to}`]: 1 };
  if (v.status !== to) add[`vol:stock:${v.status}`] = -1;
  const tallies: Tally[] = [{ month, add }];
  if (to === "active" && !v.activeSince) add["vol:new"] = 1;
  if (to === "active" && v.status === "in_training") add["train:completed"] = 1;
  if (to === "in_training" && v.status !== "in_training") add["vol:toTraining"] = 1;
  if (to === "paused" && v.status !== "paused") add["vol:paused"] = 1;
  if (to === "ended" && v.status !== "ended") {
    add["vol:ended"] = 1;
    add[`vol:end:${endReason ?? "other"}`] = 1;
    if (v.activeSince) {
      const tenure = monthsFrom(v.activeSince, day);
      add[`vol:tenure:${tenure}`] = 1;
      tallies.push({ month: v.activeSince.slice(0, 7), add: { [`cohort:left:${tenure}`]: 1 } });
    }
  }
  return tallies;
}

/** A newcomer to the bank (an application). */
export const volunteerApplied = (at: string): Tally => ({
  month: helsinkiMonth(at),
  add: { "vol:stock:applicant": 1 },
});

export interface SessionFacts {
  cohortId: string;
  kind: "course" | "continuing";
  n: number;
  date: string;
}

/**
 * A session's marks changed: who counts as there (present or partly), and minutes, as the
 * difference between the marks before and after, so marking twice counts once.
 */
export function sessionMarked(
  session: SessionFacts,
  before: { there: number; minutes: number },
  after: { there: number; minutes: number },
): Tally {
  const add: Record<string, number> = {
    "train:att": after.there - before.there,
    [`train:min:${session.kind}`]: after.minutes - before.minutes,
  };
  const held = after.there > 0;
  return {
    month: session.date.slice(0, 7),
    add,
    ...(held && {
      sets: {
        "train:sessions": [`${session.cohortId}#${session.n}`],
        ...(session.kind === "course" && { "train:courses": [session.cohortId] }),
      },
    }),
  };
}

/** A gathering's attendance marked: the difference in those who came, and the season held. */
export function gatheringMarked(
  g: { id: string; season: string; date: string },
  before: number,
  after: number,
): Tally {
  return {
    month: g.date.slice(0, 7),
    add: { [`gath:att:${g.season}`]: after - before },
    ...(after > 0 && { sets: { [`gath:held:${g.season}`]: [g.id] } }),
  };
}

export const surveySent = (audience: string, at: string, count = 1): Tally => ({
  month: helsinkiMonth(at),
  add: { [`fb:sent:${audience}`]: count },
});

export const surveyAnswered = (audience: string, at: string): Tally => ({
  month: helsinkiMonth(at),
  add: { [`fb:ans:${audience}`]: 1 },
});

/** Tallies of one transaction merged by month: one item per month, zeros left out. */
export function merge(tallies: readonly Tally[]): Tally[] {
  const byMonth = new Map<string, { add: Map<string, number>; sets: Map<string, Set<string>> }>();
  for (const t of tallies) {
    const m = byMonth.get(t.month) ?? { add: new Map(), sets: new Map() };
    byMonth.set(t.month, m);
    for (const [k, v] of Object.entries(t.add)) m.add.set(k, (m.add.get(k) ?? 0) + v);
    for (const [k, members] of Object.entries(t.sets ?? {})) {
      const set = m.sets.get(k) ?? new Set();
      for (const x of members) set.add(x);
      m.sets.set(k, set);
    }
  }
  return [...byMonth].flatMap(([month, m]) => {
    const add = Object.fromEntries([...m.add].filter(([, v]) => v !== 0));
    const sets = Object.fromEntries([...m.sets].map(([k, s]) => [k, [...s].sort()]));
    if (!Object.keys(add).length && !Object.keys(sets).length) return [];
    return [{ month, add, ...(Object.keys(sets).length && { sets }) }];
  });
}
