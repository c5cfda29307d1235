import type { Sector } from "../request/schema.ts";
import type { Visit } from "../visit/visit.ts";
import { freeOn } from "../volunteer/schema.ts";
import type { Card } from "../volunteer/volunteer.ts";

/**
 * Who in the bank suits one request, best first, and why. Pure: the caller loads the cards and
 * the visits around the date, so the rules can be tested without a database and ranking
 * thousands of volunteers takes milliseconds.
 *
 * Hard filters exclude (and are counted, so the coordinator can see why someone is missing);
 * soft factors add or take points and are listed one by one on each suggestion.
 */

export interface RankRequest {
  id: string;
  sector: Sector;
  /** Folded like the cards' `areaKeys`. */
  municipalityKey: string;
  /** Helsinki date of the visit. */
  date: string;
  startsAt: string;
  endsAt: string;
  /** Language codes the client speaks; empty when only "other language" was given. */
  languages: readonly string[];
  /**
   * The client's main language when it is neither Finnish nor Swedish. `essential` when they do
   * not manage well in Finnish or Swedish: then a volunteer who speaks it comes first, and no
   * amount of fairness can change that.
   */
  need?: LanguageNeed;
  /** Lowercase words of what the visit is about, for the interests factor. */
  topicWords: readonly string[];
}

export interface LanguageNeed {
  code: string;
  essential: boolean;
}

export interface RankContext {
  now: Date;
  /** Visits that are not cancelled, at least from 90 days back through the visit's month. */
  visits: readonly Visit[];
  /** Volunteers who have supported this client before. */
  supportedClient: ReadonlySet<string>;
}

export const exclusions = [
  "notActive",
  "paused",
  "away",
  "booked",
  "monthlyMax",
  "language",
  "area",
] as const;
export type Exclusion = (typeof exclusions)[number];

export type Factor =
  | { kind: "sector"; points: number }
  | { kind: "interests"; points: number; word: string }
  | { kind: "challenge"; points: number }
  | { kind: "continuity"; points: number }
  | { kind: "fairness"; points: number; count: number }
  | { kind: "language"; points: number }
  | {
      kind: "mainLanguage";
      points: number;
      code: string;
      level: "native" | "fluent";
      essential: boolean;
    };

export interface Suggestion {
  volunteerId: string;
  name: string;
  phone?: string;
  municipality: string;
  languages: Card["languages"];
  score: number;
  factors: Factor[];
  lastVisitAt?: string;
  recentVisits: number;
}

export interface Ranking {
  considered: number;
  excluded: Record<Exclusion, number>;
  suggestions: Suggestion[];
}

/** Time to get from one visit to the next. */
export const TRAVEL_BUFFER_MS = 60 * 60_000;
export const RECENT_DAYS = 90;

export const points = {
  sector: 3,
  interests: 1,
  challenge: -3,
  continuity: 4,
  language: 1,
  /**
   * Native or fluent in the client's main language. When it is essential it outweighs every
   * other factor but continuity together with sector and interests: more than fairness ever
   * can (2), more than sector and fairness together (5).
   */
  mainLanguage: { essential: { native: 8, fluent: 7 }, preferred: { native: 2, fluent: 2 } },
  /** For no recent visits; half a point less for each one, never below zero. */
  fairness: 2,
} as const;

export function rank(request: RankRequest, cards: readonly Card[], context: RankContext): Ranking {
  const excluded = Object.fromEntries(exclusions.map((e) => [e, 0])) as Record<Exclusion, number>;
  const topic = new Set(request.topicWords);
  const load = loads(request, context);
  const free = freeOn(request.date);
  const suggestions: Suggestion[] = [];
  for (const card of cards) {
    const own = load.get(card.id);
    const reason = exclusion(card, request, free, own);
    if (reason) {
      excluded[reason]++;
      continue;
    }
    const recent = own?.recent ?? 0;
    const factors = softFactors(card, request, topic, context.supportedClient.has(card.id), recent);
    suggestions.push({
      volunteerId: card.id,
      name: card.name,
      ...(card.phone && { phone: card.phone }),
      municipality: card.municipality,
      languages: card.languages,
      score: factors.reduce((sum, f) => sum + f.points, 0),
      factors,
      ...(card.lastVisitAt && { lastVisitAt: card.lastVisitAt }),
      recentVisits: recent,
    });
  }
  suggestions.sort(
    (a, b) =>
      b.score - a.score ||
      a.recentVisits - b.recentVisits ||
      byLastVisit(a.lastVisitAt ?? "", b.lastVisitAt ?? "") ||
      a.name.localeCompare(b.name, "fi"),
  );
  return { considered: cards.length, excluded, suggestions };
}

type Load = { recent: number; thisMonth: number; clash: boolean };

/** One pass over the visits: each volunteer's load, so every card is checked in O(its visits). */
function loads(request: RankRequest, context: RankContext): Map<string, Load> {
  const start = Date.parse(request.startsAt);
  const end = Date.parse(request.endsAt);
  const month = request.date.slice(0, 7);
  const now = context.now.getTime();
  const recentSince = now - RECENT_DAYS * 86_400_000;
  const load = new Map<string, Load>();
  // The same bounds written as the app writes instants, so most visits are compared as text.
  const text = asText([recentSince, now, end + TRAVEL_BUFFER_MS, start - TRAVEL_BUFFER_MS]);
  for (const visit of context.visits) {
    if (visit.requestId === request.id || visit.status === "cancelled") continue;
    let entry = load.get(visit.volunteerId);
    if (!entry) {
      entry = { recent: 0, thisMonth: 0, clash: false };
      load.set(visit.volunteerId, entry);
    }
    const { startsAt, endsAt } = visit;
    if (text && CANONICAL.test(startsAt)) {
      const [since, until, clashBefore, clashAfter] = text;
      if (startsAt >= since && startsAt <= until) entry.recent++;
      if (visitMonth(startsAt, true) === month) entry.thisMonth++;
      if (
        startsAt < clashBefore &&
        (CANONICAL.test(endsAt)
          ? clashAfter < endsAt
          : start < Date.parse(endsAt) + TRAVEL_BUFFER_MS)
      ) {
        entry.clash = true;
      }
    } else {
      const visitStart = Date.parse(startsAt);
      if (visitStart >= recentSince && visitStart <= now) entry.recent++;
      if (visitMonth(startsAt, false) === month) entry.thisMonth++;
      if (visitStart < end + TRAVEL_BUFFER_MS && start < Date.parse(endsAt) + TRAVEL_BUFFER_MS) {
        entry.clash = true;
      }
    }
  }
  return load;
}

function exclusion(
  card: Card,
  request: RankRequest,
  free: ReturnType<typeof freeOn>,
  load: { thisMonth: number; clash: boolean } | undefined,
): Exclusion | undefined {
  if (card.status !== "active" && card.status !== "paused") return "notActive";
  if (card.status === "paused" || (card.pausedUntil && request.date <= card.pausedUntil)) {
    return "paused";
  }
  if (!free(card.availability)) return "away";
  if (load?.clash) return "booked";
  if (card.availability && (load?.thisMonth ?? 0) >= card.availability.maxVisitsPerMonth) {
    return "monthlyMax";
  }
  if (
    request.languages.length > 0 &&
    !card.languages.some((l) => request.languages.includes(l.code))
  ) {
    return "language";
  }
  const areas = card.areaKeys ?? [];
  if (
    !areas.some(
      (a) => a.startsWith(request.municipalityKey) || request.municipalityKey.startsWith(a),
    )
  ) {
    return "area";
  }
  return undefined;
}

function softFactors(
  card: Card,
  request: RankRequest,
  topic: ReadonlySet<string>,
  supportedBefore: boolean,
  recent: number,
): Factor[] {
  const factors: Factor[] = [];
  if (supportedBefore) factors.push({ kind: "continuity", points: points.continuity });
  if (card.sectors.includes(request.sector))
    factors.push({ kind: "sector", points: points.sector });
  const word = card.interestWords?.find((w) => topic.has(w));
  if (word) factors.push({ kind: "interests", points: points.interests, word });
  if (card.avoidSectors?.includes(request.sector)) {
    factors.push({ kind: "challenge", points: points.challenge });
  }
  const main = mainLanguageFactor(card, request.need);
  if (main) factors.push(main);
  else if (
    card.languages.some(
      (l) => request.languages.includes(l.code) && (l.level === "native" || l.level === "fluent"),
    )
  ) {
    factors.push({ kind: "language", points: points.language });
  }
  factors.push({
    kind: "fairness",
    points: Math.max(0, points.fairness - recent / 2),
    count: recent,
  });
  return factors;
}

function mainLanguageFactor(card: Card, need: LanguageNeed | undefined): Factor | undefined {
  if (!need) return undefined;
  const skill = card.languages.find((l) => l.code === need.code);
  if (!skill || skill.level === "basic") return undefined;
  const weights = need.essential ? points.mainLanguage.essential : points.mainLanguage.preferred;
  return {
    kind: "mainLanguage",
    points: weights[skill.level],
    code: need.code,
    level: skill.level,
    essential: need.essential,
  };
}

/**
 * An instant as `toISOString` writes it, which is how the app stores every instant. Such strings
 * sort as the instants do, so thousands of visits are compared as text rather than parsed (the
 * slow part of ranking). Days past the 28th are left to `Date.parse`, which reads February 30th
 * as March 2nd; anything written otherwise is parsed as well.
 */
const CANONICAL =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/;

/** Instants (milliseconds) written as `toISOString` does, or undefined if one is out of its range. */
function asText<T extends number[]>(instants: [...T]): { [K in keyof T]: string } | undefined {
  // From 1970 through 9999: always 24 characters, "YYYY-MM-DDTHH:mm:ss.sssZ".
  if (instants.some((ms) => !(ms >= 0 && ms < 253_402_300_800_000))) return undefined;
  return instants.map((ms) => new Date(ms).toISOString()) as { [K in keyof T]: string };
}

/**
 * `a.localeCompare(b)` for the dates of last visits. Two written as `toISOString` writes them (or
 * none) differ only in digits at the same places, which collation orders as the characters' codes
 * do: compared directly, without a collator. Anything else is collated as before.
 */
const ISO_SHAPE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
function byLastVisit(a: string, b: string): number {
  if (a === b) return 0;
  if ((a === "" || ISO_SHAPE.test(a)) && (b === "" || ISO_SHAPE.test(b))) return a < b ? -1 : 1;
  return a.localeCompare(b);
}

const monthFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Helsinki",
  year: "numeric",
  month: "2-digit",
});

/** The Helsinki month of an instant; formatting is the slow part, so it is cached. */
const monthCache = new Map<string, string>();
function visitMonth(startsAt: string, canonical: boolean): string {
  // Helsinki is at most three hours ahead of UTC: until 21:00 UTC it is the same day there.
  if (canonical && startsAt.slice(11, 13) <= "20") return startsAt.slice(0, 7);
  let m = monthCache.get(startsAt);
  if (!m) {
    m = monthFormat.format(new Date(startsAt)).slice(0, 7);
    if (monthCache.size > 50_000) monthCache.clear();
    monthCache.set(startsAt, m);
  }
  return m;
}
