import type { Sector } from "../request/schema.ts";
import type { Visit } from "../visit/index.ts";
import { availableOn } from "../volunteer/schema.ts";
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
  /** Folded words of what the visit is about, for the interests factor. */
  topicWords: readonly string[];
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
  | { kind: "language"; points: number };

export interface Suggestion {
  volunteerId: string;
  name: string;
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
  /** For no recent visits; half a point less for each one, never below zero. */
  fairness: 2,
} as const;

export function rank(request: RankRequest, cards: readonly Card[], context: RankContext): Ranking {
  const excluded = Object.fromEntries(exclusions.map((e) => [e, 0])) as Record<Exclusion, number>;
  const start = Date.parse(request.startsAt);
  const end = Date.parse(request.endsAt);
  const month = request.date.slice(0, 7);
  const recentSince = context.now.getTime() - RECENT_DAYS * 86_400_000;
  const topic = new Set(request.topicWords);

  // One pass over the visits: each volunteer's load, so every card is checked in O(its visits).
  const load = new Map<string, { recent: number; thisMonth: number; clash: boolean }>();
  for (const visit of context.visits) {
    if (visit.requestId === request.id || visit.status === "cancelled") continue;
    const entry = load.get(visit.volunteerId) ?? { recent: 0, thisMonth: 0, clash: false };
    const visitStart = Date.parse(visit.startsAt);
    if (visitStart >= recentSince && visitStart <= context.now.getTime()) entry.recent++;
    if (visitMonth(visit.startsAt) === month) entry.thisMonth++;
    if (
      visitStart < end + TRAVEL_BUFFER_MS &&
      start < Date.parse(visit.endsAt) + TRAVEL_BUFFER_MS
    ) {
      entry.clash = true;
    }
    load.set(visit.volunteerId, entry);
  }

  const suggestions: Suggestion[] = [];
  for (const card of cards) {
    const reason = exclusion(card, request, load.get(card.id));
    if (reason) {
      excluded[reason]++;
      continue;
    }
    const recent = load.get(card.id)?.recent ?? 0;
    const factors = softFactors(card, request, topic, context.supportedClient.has(card.id), recent);
    suggestions.push({
      volunteerId: card.id,
      name: card.name,
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
      (a.lastVisitAt ?? "").localeCompare(b.lastVisitAt ?? "") ||
      a.name.localeCompare(b.name, "fi"),
  );
  return { considered: cards.length, excluded, suggestions };
}

function exclusion(
  card: Card,
  request: RankRequest,
  load: { thisMonth: number; clash: boolean } | undefined,
): Exclusion | undefined {
  if (card.status !== "active" && card.status !== "paused") return "notActive";
  if (card.status === "paused" || (card.pausedUntil && request.date <= card.pausedUntil)) {
    return "paused";
  }
  const availability = card.availability ? { availability: card.availability } : null;
  if (!availableOn(availability, request.date)) return "away";
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
  if (
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

const monthFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Helsinki",
  year: "numeric",
  month: "2-digit",
});

/** The Helsinki month of an instant; formatting is the slow part, so it is cached. */
const monthCache = new Map<string, string>();
function visitMonth(startsAt: string): string {
  let m = monthCache.get(startsAt);
  if (!m) {
    m = monthFormat.format(new Date(startsAt)).slice(0, 7);
    if (monthCache.size > 50_000) monthCache.clear();
    monthCache.set(startsAt, m);
  }
  return m;
}
