import type { Answer, api, Body } from "../../lib/api.ts";
import type { MessageKey } from "../../lib/i18n.ts";
import type { Request } from "../types.ts";

/**
 * Matching and offers as the coordinator app sees them: the API's answers, and the pure rules
 * behind the suggestion list and the offer form (worded factors, the exclusion summary, what
 * the form may send).
 */

export type Matching = Answer<(typeof api.requests)[":id"]["matching"]["$get"]>;
/** A suggested volunteer; `offerOf` tells whether they have had an offer for this request. */
export type Suggestion = Matching["suggestions"][number];
export type Factor = Suggestion["factors"][number];
export type Exclusion = keyof Matching["excluded"];
export type OfferView = Matching["offers"][number];
export type OfferStatus = OfferView["status"];
export type FirstMeeting = NonNullable<Request["firstMeeting"]>;
export type Alert = Answer<typeof api.alerts.$get>["alerts"][number];
/** What the offer form sends. */
export type OfferBody = Body<(typeof api.requests)[":id"]["offers"]["$post"]>;

/** Why a volunteer was left out, in words (a record, so a new reason cannot be forgotten). */
const exclusionLabels: Record<Exclusion, MessageKey> = {
  notActive: "detail.match.excluded.notActive",
  paused: "detail.match.excluded.paused",
  away: "detail.match.excluded.away",
  booked: "detail.match.excluded.booked",
  monthlyMax: "detail.match.excluded.monthlyMax",
  language: "detail.match.excluded.language",
  area: "detail.match.excluded.area",
};

/** At most this many volunteers get one offer round. */
export const MAX_OFFERS = 5;
export const DEFAULT_EXPIRY_HOURS = 48;

/** Request statuses in which the coordinator looks for a volunteer. */
export const matchingStatuses = ["received", "matching", "offered"] as const;

export const offerStatusLabels: Record<OfferStatus, MessageKey> = {
  pending: "offer.status.pending",
  accepted: "offer.status.accepted",
  declined: "offer.status.declined",
  withdrawn: "offer.status.withdrawn",
  expired: "offer.status.expired",
  covered: "offer.status.covered",
};

/** A text to show: a catalog key and its placeholders. */
export interface Phrase {
  key: MessageKey;
  vars?: Record<string, string | number>;
  /** Placeholders that hold a language code, named in the UI language when said. */
  languages?: string[];
}

/**
 * One scoring factor in words ("Interests mention “lääkäri”", "3 visits in the last 90 days",
 * "Speaks Somali as mother tongue, the client's main language").
 */
export function factorPhrase(factor: Factor): Phrase {
  switch (factor.kind) {
    case "sector":
      return { key: "detail.match.factor.sector" };
    case "interests":
      return { key: "detail.match.factor.interests", vars: { word: factor.word } };
    case "challenge":
      return { key: "detail.match.factor.challenge" };
    case "continuity":
      return { key: "detail.match.factor.continuity" };
    case "fairness": {
      const count = factor.count;
      if (count === 0) return { key: "detail.match.factor.fairness.none" };
      if (count === 1) return { key: "detail.match.factor.fairness.one" };
      return { key: "detail.match.factor.fairness.many", vars: { count } };
    }
    case "language":
      return { key: "detail.match.factor.language" };
    case "mainLanguage":
      return {
        key: factor.essential
          ? `detail.match.factor.mainLanguage.${factor.level}`
          : `detail.match.factor.mainLanguage.${factor.level}.preferred`,
        vars: { language: factor.code },
        languages: ["language"],
      };
  }
}

/** "+3", "−2", "+1,5": a factor's points with a real minus sign, in the UI's number format. */
export const signedPoints = (points: number, format: (n: number) => string = String) =>
  points > 0 ? `+${format(points)}` : points < 0 ? `−${format(Math.abs(points))}` : format(0);

/** Why others were left out, only the reasons that apply, largest first. */
export function exclusionPhrases(excluded: Partial<Record<Exclusion, number>>): Phrase[] {
  return (Object.keys(exclusionLabels) as Exclusion[])
    .map((reason) => ({ reason, count: excluded[reason] ?? 0 }))
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count)
    .map(({ reason, count }) => ({ key: exclusionLabels[reason], vars: { count } }));
}

/** Where a suggested volunteer's offer for this request stands, if they have had one. */
export const offerOf = (suggestion: Suggestion): OfferStatus | undefined =>
  "offer" in suggestion ? suggestion.offer : undefined;

/** Offers that can still be withdrawn or answered block another offer to the same person. */
export const blocksNewOffer = (status: OfferStatus | undefined) =>
  status === "pending" || status === "accepted";

export interface OfferDraft {
  picked: string[];
  expiresInHours: string;
  meeting: FirstMeeting;
}

/** Form errors by field id; only keys of this form. */
export type OfferErrors = Partial<Record<"offer-pick" | "offer-expires" | "offer-meeting", Phrase>>;

/** The first meeting: all three given, or none (blank counts as none). */
export function firstMeetingOf(
  meeting: FirstMeeting,
): { ok: true; value?: FirstMeeting } | { ok: false } {
  const value = {
    date: meeting.date.trim(),
    time: meeting.time.trim(),
    place: meeting.place.trim(),
  };
  const given = [value.date, value.time, value.place].filter(Boolean).length;
  if (given === 0) return { ok: true };
  if (given < 3) return { ok: false };
  return { ok: true, value };
}

/** Checks the offer form and builds what it sends; the server checks again. */
export function offerBody(
  draft: OfferDraft,
  version: number,
): { ok: true; body: OfferBody } | { ok: false; errors: OfferErrors } {
  const errors: OfferErrors = {};
  if (draft.picked.length === 0) errors["offer-pick"] = { key: "detail.offer.pickOne" };
  else if (draft.picked.length > MAX_OFFERS)
    errors["offer-pick"] = { key: "detail.offer.tooMany", vars: { max: MAX_OFFERS } };
  const hoursText = draft.expiresInHours.trim();
  const hours = Number(hoursText);
  if (hoursText && !(Number.isInteger(hours) && hours >= 1 && hours <= 168))
    errors["offer-expires"] = { key: "detail.offer.expires.invalid" };
  const meeting = firstMeetingOf(draft.meeting);
  if (!meeting.ok) errors["offer-meeting"] = { key: "detail.offer.firstMeeting.incomplete" };
  if (Object.keys(errors).length > 0 || !meeting.ok) return { ok: false, errors };
  return {
    ok: true,
    body: {
      version,
      volunteerIds: draft.picked,
      expiresInHours: hoursText ? hours : DEFAULT_EXPIRY_HOURS,
      ...(meeting.value ? { firstMeeting: meeting.value } : {}),
    },
  };
}

/** Where the API's field errors show in the offer and assign forms. */
export function fieldIdOf(path: string, prefix: "offer" | "assign"): string | undefined {
  if (path === "volunteerIds" || path.startsWith("volunteerIds."))
    return prefix === "offer" ? "offer-pick" : undefined;
  if (path === "volunteerId") return prefix === "assign" ? "assign-volunteer" : undefined;
  if (path === "expiresInHours") return "offer-expires";
  if (path === "note") return "assign-note";
  if (path.startsWith("firstMeeting")) return `${prefix}-meeting`;
  return undefined;
}

/** Alerts in words; a kind this app does not know yet still shows, in general words. */
export const alertText = (kind: string): MessageKey =>
  (alertLabels as Record<string, MessageKey | undefined>)[kind] ?? "alerts.other";

const alertLabels: Record<Alert["kind"], MessageKey> = {
  offers_declined: "alerts.offers_declined",
  offers_expired: "alerts.offers_expired",
  requester_cancelled: "alerts.requester_cancelled",
  volunteer_cancelled: "alerts.volunteer_cancelled",
  volunteer_left: "alerts.volunteer_left",
  safety_concern: "alerts.safety_concern",
  volunteer_talk: "alerts.volunteer_talk",
  follow_up: "alerts.follow_up",
  gathering_draft: "alerts.gathering_draft",
  season_missed: "alerts.season_missed",
  text_failed: "alerts.text_failed",
};

/**
 * Where an alert leads and what fills its words: a request's page and reference, or a season's
 * gathering ("spring 2027") and its page.
 */
export function alertTarget(
  alert: Pick<Alert, "requestId" | "reference" | "gatheringId" | "season">,
  say: (key: MessageKey, vars: Record<string, string>) => string,
): { href: string; vars: Record<string, string> } {
  if (alert.requestId) {
    return {
      href: `/coordinator/requests/${encodeURIComponent(alert.requestId)}`,
      vars: { reference: alert.reference ?? "" },
    };
  }
  const [year = "", name = ""] = (alert.season ?? "").split("-");
  const season =
    name === "spring" || name === "autumn"
      ? say(`alerts.season.${name}`, { year })
      : (alert.season ?? "");
  return {
    href: alert.gatheringId
      ? `/coordinator/gatherings/${encodeURIComponent(alert.gatheringId)}`
      : "/coordinator/gatherings",
    vars: { reference: season, season },
  };
}

/** The volunteer confirmed for a request, once there is one. */
export function assignedOf(
  request: Pick<Request, "volunteerId" | "volunteerName" | "firstMeeting">,
): { id: string; name: string; firstMeeting?: FirstMeeting } | undefined {
  if (!request.volunteerId || !request.volunteerName) return undefined;
  return {
    id: request.volunteerId,
    name: request.volunteerName,
    ...(request.firstMeeting ? { firstMeeting: request.firstMeeting } : {}),
  };
}
