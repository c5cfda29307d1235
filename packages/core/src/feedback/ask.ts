import { queryEvery } from "../db/store.ts";
import { ConditionsFailed } from "../db/transact.ts";
import { baseLocale } from "../i18n/locale.ts";
import { addressed, Outbox } from "../mail/index.ts";
import { Privacy } from "../privacy/index.ts";
import { Reach } from "../reach/index.ts";
import { Request } from "../request/index.ts";
import { SURVEY_HOUR } from "../schedule/index.ts";
import type { TransactItem } from "../util/db-types.ts";
import { inPool } from "../util/pool.ts";
import { helsinkiHour, monthsBetween } from "../util/time.ts";
import { Visit } from "../visit/index.ts";
import { Volunteer } from "../volunteer/index.ts";
import { current, link, newPairCode, optedOutOf } from "./feedback.ts";
import * as Letters from "./letters.ts";
import type { Audience } from "./questionnaire.ts";
import { notThere, PartnerContacts, PendingPair, RoundAsked } from "./store.ts";
import { AFTER_DAYS, afterDue, afterWindow, ROUND_OPEN_DAYS, roundDue } from "./timing.ts";

/**
 * The feedback job (hourly, from 10:00 Helsinki time): after-visit surveys to the client and to
 * a professional who asked, and twice a year the volunteers' and partners' surveys. Each send is
 * one transaction with its marker (on the visit; `asked#` for a round), so a second run, or two
 * at once, sends nothing twice. Only requests whose form allowed surveys are asked, and nobody
 * who said "no more surveys" is sent one.
 */

const IN_FLIGHT = 8;
/** A partner is asked while they have asked for support within the last year. */
const PARTNER_ACTIVE_DAYS = 365;

async function sendOnce(items: TransactItem[], mails: Outbox.Entry[]): Promise<boolean> {
  try {
    await Outbox.commit(items, mails);
    return true;
  } catch (error) {
    if (error instanceof ConditionsFailed) return false;
    throw error;
  }
}

export async function round(now = new Date()) {
  if (helsinkiHour(now) < SURVEY_HOUR) return { skipped: "before 10:00" };
  const after = await sendAfterVisits(now);
  const rounds = await sendRound(now);
  return { ...after, ...rounds };
}

type Req = Request.Request;
interface AfterContext {
  stopped: Set<string>;
  versions: { client: number; professional: number };
  now: Date;
}

/** One visit's after-surveys: its marker, its pair code gone, and a link and email for each. */
function afterEffects(
  visit: Visit.Visit,
  request: Req,
  pairCode: string | undefined,
  c: AfterContext,
) {
  const validUntil = afterWindow(visit.endsAt).until;
  const owner = Request.partitionOf(request.id);
  const items: TransactItem[] = [Visit.markFeedbackAsked(visit, c.now)];
  if (pairCode) items.push(PendingPair.update(request.id, { remove: ["pairCode"] }));
  const mails: Outbox.Entry[] = [];
  // Surveys only where the form allowed them: the visit is marked all the same, and left.
  if (!Privacy.allowsSurveys(request)) return { items, mails };
  const clientOf = Request.clientOf(request);
  const send = (audience: "client-after" | "professional-after", to: string, pair?: string) => {
    const version = audience === "client-after" ? c.versions.client : c.versions.professional;
    // A professional's survey exists in fi, sv and en only.
    const locale = audience === "client-after" ? request.locale : baseLocale(request.locale);
    const made = link(
      { audience, locale, to, validUntil, ...(pair && { pairCode: pair }) },
      version,
      c.now,
    );
    items.push(...made.items);
    const letter = Letters.survey(audience, locale, made.url, {
      reference: request.reference,
    });
    if (audience === "professional-after") {
      mails.push(Outbox.entry(owner, "survey-after-professional", addressed(to, letter), c.now));
      return;
    }
    // The client: by email, by text or both, as the form said; a text's failure calls nobody.
    const text = { letter, text: {}, link: { url: made.url, validUntil }, noCall: true };
    mails.push(...Reach.entries(owner, "survey-after-client", clientOf, text, c.now));
  };
  const client = clientOf.email ?? (clientOf.texts ? clientOf.phone : undefined);
  if (client && !c.stopped.has(client)) send("client-after", client, pairCode ?? newPairCode());
  const professional = request.requester?.email;
  const asksAsProfessional =
    request.requesterRole === "professional" || request.requesterRole === "partner";
  if (
    asksAsProfessional &&
    professional &&
    professional !== client &&
    !c.stopped.has(professional)
  ) {
    send("professional-after", professional);
  }
  return { items, mails };
}

/** The day after a visit (from 10:00, for a week): the client's and the professional's links. */
export async function sendAfterVisits(now = new Date()) {
  const since = new Date(now.getTime() - (AFTER_DAYS + 2) * 86_400_000).toISOString();
  const visits = (await Visit.inMonths(monthsBetween(since, now.toISOString()))).filter(
    (v) =>
      !v.feedbackAskedAt &&
      v.outcome !== "no_show" &&
      v.outcome !== "cancelled" &&
      afterDue(v.endsAt, now),
  );
  if (visits.length === 0) return { afterVisits: 0, surveysSent: 0 };
  const ids = visits.map((v) => v.requestId);
  const [requests, pairs] = await Promise.all([
    Request.Requests.getMany(ids),
    PendingPair.getMany(ids),
  ]);
  const addresses = [...requests.values()].flatMap((r) =>
    [r.client.email, r.requester?.email].filter((a): a is string => Boolean(a)),
  );
  const [stopped, client, professional] = await Promise.all([
    optedOutOf(addresses),
    current("client-after"),
    current("professional-after"),
  ]);
  const context = {
    stopped,
    versions: { client: client.version, professional: professional.version },
    now,
  };
  let surveysSent = 0;
  const done = await inPool(visits, IN_FLIGHT, async (visit) => {
    const request = requests.get(visit.requestId);
    if (!request || (request.status !== "confirmed" && request.status !== "completed"))
      return false;
    const { items, mails } = afterEffects(visit, request, pairs.get(request.id)?.pairCode, context);
    const sent = await sendOnce(items, mails);
    if (sent) surveysSent += mails.length;
    return sent;
  });
  return { afterVisits: done.filter(Boolean).length, surveysSent };
}

interface Person {
  id: string;
  email: string;
  locale: "fi" | "sv" | "en";
  name?: string;
}

async function askAll(roundKey: string, audience: Audience, people: Person[], now: Date) {
  const stopped = await optedOutOf(people.map((p) => p.email));
  const questionnaire = await current(audience);
  const validUntil = new Date(now.getTime() + ROUND_OPEN_DAYS * 86_400_000);
  const sent = await inPool(
    people.filter((p) => !stopped.has(p.email)),
    IN_FLIGHT,
    async (person) => {
      const made = link(
        { audience, locale: person.locale, to: person.email, validUntil },
        questionnaire.version,
        now,
      );
      const owner =
        audience === "volunteer-round" ? `volunteer#${person.id}` : `feedback-round#${roundKey}`;
      return sendOnce(
        [RoundAsked.put({ round: roundKey, audience, person: person.id }, notThere), ...made.items],
        [
          Outbox.entry(
            owner,
            audience === "volunteer-round" ? "survey-round-volunteer" : "survey-round-partner",
            addressed(
              person.email,
              Letters.survey(
                audience as "volunteer-round" | "partner-round",
                person.locale,
                made.url,
                {
                  ...(person.name && { name: person.name }),
                },
              ),
            ),
            now,
          ),
        ],
      );
    },
  );
  return sent.filter(Boolean).length;
}

/** Those already sent this round's survey: one Query, so a re-run reads and sends nothing more. */
async function askedIn(roundKey: string, audience: Audience): Promise<Set<string>> {
  const items = await queryEvery({
    partition: `feedback-round#${roundKey}#${audience}`,
    project: ["person"],
  });
  return new Set(items.map((i) => String(i.person)));
}

/** In a round's first 30 days: every active volunteer and every recent partner contact, once. */
export async function sendRound(now = new Date()) {
  const due = roundDue(now);
  if (!due) return { volunteers: 0, partners: 0 };
  const [askedVolunteers, askedPartners] = await Promise.all([
    askedIn(due.key, "volunteer-round"),
    askedIn(due.key, "partner-round"),
  ]);
  const cards = (await Volunteer.cards("active")).filter((c) => !askedVolunteers.has(c.id));
  const volunteers = [...(await Volunteer.Volunteers.getMany(cards.map((c) => c.id))).values()]
    .filter((v) => v.status === "active")
    .map((v): Person => ({ id: v.id, email: v.email, locale: v.locale, name: v.name }));
  const since = new Date(now.getTime() - PARTNER_ACTIVE_DAYS * 86_400_000).toISOString();
  const partners = (
    await queryEvery({ partition: "partner-contacts", range: { beginsWith: "contact#" } })
  )
    .map(PartnerContacts.read)
    .filter((c) => c.lastRequestAt >= since && !askedPartners.has(c.addressHash))
    .map((c): Person => ({ id: c.addressHash, email: c.email, locale: c.locale }));
  return {
    round: due.key,
    volunteers: await askAll(due.key, "volunteer-round", volunteers, now),
    partners: await askAll(due.key, "partner-round", partners, now),
  };
}
