import * as z from "zod";
import * as Actor from "../actor/index.ts";
import { effectiveStatus, load, view } from "../offer/state.ts";
import * as Client from "../request/client.ts";
import { localLanguages, mainLanguageOf, type RequestInput } from "../request/schema.ts";
import { VisibleError } from "../util/errors.ts";
import { fn } from "../util/fn.ts";
import { plainWords, words } from "../util/words.ts";
import * as Visit from "../visit/visit.ts";
import { Volunteer } from "../volunteer/index.ts";
import { type LanguageNeed, RECENT_DAYS, rank } from "./rank.ts";

const SHOWN = 50;

/**
 * The bank ranked for one request, with the reasons, and the offers made so far. Reads the cards
 * of active, paused and in-training volunteers (one Query each), the visits of the months that
 * matter (one Query each), and the client's earlier volunteers; the ranking itself is pure.
 */
export const suggest = fn(
  z.object({ id: z.string().min(1).max(64) }),
  async ({ id }, now: Date = new Date()) => {
    Actor.coordinator();
    const state = await load(id);
    if (!state) throw new VisibleError(404, "not_found", "error.notFound");
    const { request, offers } = state;
    // Visits from 90 days back (fairness) through the visit's month (bookings, monthly maximum).
    const from = new Date(
      Math.min(now.getTime() - RECENT_DAYS * 86_400_000, Date.parse(request.startsAt)),
    ).toISOString();
    const [active, paused, training, visits, supported] = await Promise.all([
      Volunteer.cards("active"),
      Volunteer.cards("paused"),
      Volunteer.cards("in_training"),
      Visit.inMonths(Visit.monthsBetween(from, request.startsAt)),
      request.clientKey
        ? Client.supporters(request.clientKey, request.id)
        : Promise.resolve(new Set<string>()),
    ]);
    const endsAt = new Date(
      Date.parse(request.startsAt) + request.durationMinutes * 60_000,
    ).toISOString();
    const ranking = rank(
      {
        id: request.id,
        sector: request.sector,
        municipalityKey: words(request.municipality).join(" "),
        date: request.date,
        startsAt: request.startsAt,
        endsAt,
        languages: request.client.languages,
        ...languageNeed(request.client),
        topicWords: plainWords(`${request.description} ${request.supportNeeds ?? ""}`).filter(
          (w) => w.length >= 4,
        ),
      },
      [...active, ...paused, ...training],
      { now, visits, supportedClient: supported },
    );
    const offerOf = new Map(offers.map((o) => [o.volunteerId, effectiveStatus(o, request, now)]));
    return {
      considered: ranking.considered,
      excluded: ranking.excluded,
      suggestions: ranking.suggestions.slice(0, SHOWN).map((s) => {
        const offer = offerOf.get(s.volunteerId);
        return offer ? { ...s, offer } : s;
      }),
      offers: offers
        .map((o) => view(o, request, now))
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
    };
  },
);

/** The client's main language as matching weighs it; none when it is Finnish or Swedish. */
export function languageNeed(
  client: Pick<RequestInput["client"], "languages" | "mainLanguage" | "finnishOrSwedish">,
): { need?: LanguageNeed } {
  const code = mainLanguageOf(client);
  if (!code || (localLanguages as readonly string[]).includes(code)) return {};
  return { need: { code, essential: client.finnishOrSwedish !== "well" } };
}
