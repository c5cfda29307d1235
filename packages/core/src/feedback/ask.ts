import { queryEvery } from "../db/store.ts";
import { ConditionsFailed } from "../db/transact.ts";
import { addressed, Outbox } from "../mail/index.ts";
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
 * at once, sends nothing twice. Nobody who said "no more surveys" is sent one.
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
  const requests = await Request.Requests.getMany(visits.map((v) => v.requestId));
  const pairs = await PendingPair.getMany(visits.map((v) => v.requestId));
  const addresses = [...requests.values()].flatMap((r) => [
    ...(r.client.email ? [r.client.email] : []),
    ...(r.requester?.email ? [r.requester.email] : []),
  ]);
  const stopped = await optedOutOf(addresses);
  const [clientAfter, professionalAfter] = await Promise.all([
    current("client-after"),
    current("professional-after"),
  ]);
  let surveysSent = 0;
  const done = await inPool(visits, IN_FLIGHT, async (visit) => {
    const request = requests.get(visit.requestId);
    if (!request || (request.status !== "confirmed" && request.status !== "completed"))
      return false;
    const validUntil = afterWindow(visit.endsAt).until;
    const owner = Request.partitionOf(request.id);
    const items: TransactItem[] = [Visit.markFeedbackAsked(visit, now)];
    const mails: Outbox.Entry[] = [];
    const pair = pairs.get(request.id);
    if (pair) items.push(PendingPair.remove(request.id));
    const client = request.client.email;
    if (client && !stopped.has(client)) {
      const made = link(
        {
          audience: "client-after",
          locale: request.locale,
          to: client,
          validUntil,
          pairCode: pair?.pairCode ?? newPairCode(),
        },
        clientAfter.version,
      );
      items.push(made.put);
      mails.push(
        Outbox.entry(
          owner,
          "survey-after-client",
          addressed(client, Letters.survey("client-after", request.locale, made.url)),
          now,
        ),
      );
    }
    const professional = request.requester?.email;
    if (
      (request.requesterRole === "professional" || request.requesterRole === "partner") &&
      professional &&
      professional !== client &&
      !stopped.has(professional)
    ) {
      const made = link(
        { audience: "professional-after", locale: request.locale, to: professional, validUntil },
        professionalAfter.version,
      );
      items.push(made.put);
      mails.push(
        Outbox.entry(
          owner,
          "survey-after-professional",
          addressed(
            professional,
            Letters.survey("professional-after", request.locale, made.url, {
              reference: request.reference,
            }),
          ),
          now,
        ),
      );
    }
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
      );
      const owner =
        audience === "volunteer-round" ? `volunteer#${person.id}` : `feedback-round#${roundKey}`;
      return sendOnce(
        [RoundAsked.put({ round: roundKey, audience, person: person.id }, notThere), made.put],
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
