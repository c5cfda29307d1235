import type { Gathering, GatheringSummary, Guest, SeasonRecord, SeasonSettings } from "./types.ts";

/**
 * The gatherings pages' rules, apart from the pages: the list's order, each season's state, the
 * guests counted, the waiting list, the details form's draft and body, attendance and thanks.
 */

/** Drafts first (to be completed), then those coming (soonest first), then past (newest first). */
export function splitGatherings<G extends Pick<GatheringSummary, "status" | "date" | "createdAt">>(
  all: G[],
  today: string,
) {
  const when = (g: G) => g.date ?? g.createdAt.slice(0, 10);
  const drafts = all.filter((g) => g.status === "draft");
  const held = all.filter((g) => g.status !== "draft");
  const coming = held
    .filter((g) => g.status === "published" && when(g) >= today)
    .sort((a, b) => when(a).localeCompare(when(b)));
  const past = held
    .filter((g) => !coming.includes(g))
    .sort((a, b) => when(b).localeCompare(when(a)));
  return { drafts, coming, past };
}

export type SeasonName = "spring" | "autumn";
/**
 * A season's state: invited in time, invited after its deadline, missed, drafted and waiting
 * to be completed, or not begun yet (its draft day is to come).
 */
export type SeasonState = "invited" | "late" | "missed" | "drafted" | "upcoming";

export interface SeasonRow {
  season: string;
  year: number;
  name: SeasonName;
  state: SeasonState;
  gatheringId?: string;
  /** The season's deadline, YYYY-MM-DD. */
  inviteBy: string;
}

export function seasonState(record: SeasonRecord | undefined, deadlinePassed: boolean) {
  if (record?.invitedAt) return record.missedAt ? "late" : "invited";
  if (record?.missedAt || deadlinePassed) return "missed";
  return record?.draftedAt ? "drafted" : "upcoming";
}

/**
 * Last year's and this year's seasons, oldest first, each with its state: what is recorded, and
 * a season of this year with no record yet as not begun (or missed once its deadline passed).
 */
export function seasonRows(
  records: SeasonRecord[],
  settings: Pick<SeasonSettings, SeasonName>,
  today: string,
): SeasonRow[] {
  const year = Number(today.slice(0, 4));
  const byKey = new Map(records.map((r) => [r.season, r]));
  const rows: SeasonRow[] = [];
  for (const y of [year - 1, year]) {
    for (const name of ["spring", "autumn"] as const) {
      const season = `${y}-${name}`;
      const record = byKey.get(season);
      if (y < year && !record) continue;
      const inviteBy = `${y}-${settings[name].inviteBy}`;
      rows.push({
        season,
        year: y,
        name,
        state: seasonState(record, today >= inviteBy),
        ...(record?.gatheringId && { gatheringId: record.gatheringId }),
        inviteBy,
      });
    }
  }
  return rows;
}

/** "2027-spring" as its year and name, if it is one. */
export function parseSeason(key: string): { year: number; name: SeasonName } | undefined {
  const match = /^(\d{4})-(spring|autumn)$/.exec(key);
  return match ? { year: Number(match[1]), name: match[2] as SeasonName } : undefined;
}

export const isSeated = (g: Pick<Guest, "answer" | "waitingSince">) =>
  g.answer === "yes" && !g.waitingSince;
export const isWaiting = (g: Pick<Guest, "answer" | "waitingSince">) =>
  g.answer === "yes" && !!g.waitingSince;

export interface GuestCounts {
  coming: number;
  maybe: number;
  no: number;
  waiting: number;
  notAnswered: number;
}

export function guestCounts(guests: Pick<Guest, "answer" | "waitingSince">[]): GuestCounts {
  const count = (test: (g: Pick<Guest, "answer" | "waitingSince">) => boolean) =>
    guests.filter(test).length;
  return {
    coming: count(isSeated),
    maybe: count((g) => g.answer === "maybe"),
    no: count((g) => g.answer === "no"),
    waiting: count(isWaiting),
    notAnswered: count((g) => g.answer === "invited"),
  };
}

/** The waiting list in the order seats are offered: the earliest yes first. */
export function waitingList<G extends Pick<Guest, "answer" | "waitingSince" | "volunteerId">>(
  guests: G[],
): G[] {
  return guests
    .filter(isWaiting)
    .sort(
      (a, b) =>
        (a.waitingSince ?? "").localeCompare(b.waitingSince ?? "") ||
        a.volunteerId.localeCompare(b.volunteerId),
    );
}

/** Guests who told of dietary or accessibility needs (kept only until after the gathering). */
export const withNeeds = <G extends Pick<Guest, "diet" | "access">>(guests: G[]) =>
  guests.filter((g) => g.diet || g.access);

/** Attendance is marked on the gathering's day or after, once it is published. */
export const attendanceOpen = (g: Pick<Gathering, "status" | "date">, today: string) =>
  g.status === "published" && !!g.date && today >= g.date;

/**
 * Who is on the attendance list: those with a seat or a maybe, and anyone already marked; those
 * coming first, then by name.
 */
export function attendanceList<G extends Guest>(guests: G[]): G[] {
  const rank = (g: G) => (isSeated(g) ? 0 : g.answer === "maybe" ? 1 : 2);
  return guests
    .filter((g) => isSeated(g) || g.answer === "maybe" || g.attended !== undefined)
    .sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

export type Presence = "came" | "absent" | "";

export const presenceOf = (g: Pick<Guest, "attended">): Presence =>
  g.attended === undefined ? "" : g.attended ? "came" : "absent";

/** The marks chosen, as the API takes them (unmarked people are left out). */
export function marksToSend(draft: Record<string, Presence>) {
  return Object.entries(draft)
    .filter(([, p]) => p !== "")
    .map(([volunteerId, p]) => ({ volunteerId, attended: p === "came" }));
}

/** Who came, and how many of them have been thanked. */
export function thanksState(guests: Pick<Guest, "attended" | "thankedAt">[]) {
  const came = guests.filter((g) => g.attended);
  return {
    marked: guests.some((g) => g.attended !== undefined),
    came: came.length,
    thanked: came.filter((g) => g.thankedAt).length,
  };
}
