import { randomUUID } from "node:crypto";
import * as z from "zod";
import * as Actor from "../actor/index.ts";
import { Audit } from "../audit/index.ts";
import { config } from "../config/index.ts";
import { when } from "../db/expr.ts";
import { queryEvery } from "../db/store.ts";
import { ConditionsFailed, transact } from "../db/transact.ts";
import { baseLocale, type ClientLocale, type Locale, locales } from "../i18n/locale.ts";
import { Monthly, Tally } from "../monthly/index.ts";
import { Privacy } from "../privacy/index.ts";
import type { TransactItem } from "../util/db-types.ts";
import { VisibleError } from "../util/errors.ts";
import { fn } from "../util/fn.ts";
import { helsinkiDate } from "../util/time.ts";
import { hashToken, newToken } from "../util/token.ts";
import { inClientLocale } from "./client-words.ts";
import { defaults } from "./defaults.ts";
import {
  type Audience,
  audiences,
  Content,
  check,
  kindChanges,
  type Questionnaire,
  type Values,
} from "./questionnaire.ts";
import { halves, pairChanges, tally } from "./results.ts";
import {
  Answers,
  addressHash,
  Links,
  NoSurveys,
  notThere,
  PartnerContacts,
  PendingPair,
  type StoredAnswer,
  type StoredLink,
  Versions,
} from "./store.ts";

/**
 * Feedback from clients, volunteers and professionals, anonymous by construction: a link knows
 * its questionnaire, language and (for a client) a random pair code, and is deleted when the
 * answer is stored; the answer has a random key, the month, the version and the values. Nothing
 * in it names a person, a request or a visit.
 */

export { type Audience, audiences } from "./questionnaire.ts";

// —— Questionnaires ——

/** The newest version of an audience's questionnaire: the association's own, else version 1. */
export async function current(audience: Audience): Promise<Questionnaire> {
  const [newest] = await queryEvery({
    partition: `questionnaire#${audience}`,
    range: { beginsWith: "v#" },
    newestFirst: true,
    limit: 1,
  });
  if (newest) {
    const saved = Versions.read(newest);
    return { audience, version: saved.version, ...saved.content };
  }
  return { audience, version: 1, ...defaults[audience] };
}

/** A given version (an answer's), for reading it back with the words it was asked in. */
export async function version(audience: Audience, n: number): Promise<Questionnaire | undefined> {
  if (n === 1) return { audience, version: 1, ...defaults[audience] };
  const saved = await Versions.get({ audience, version: n });
  return saved && { audience, version: n, ...saved.content };
}

export const SaveInput = z.object({
  audience: z.enum(audiences),
  /** The version the admin edited: a newer one saved meanwhile is a 409, not overwritten. */
  basedOn: z.number().int().min(1),
  content: Content,
});

/** An admin saves a new version. A question keeps its kind under its id, or old answers lie. */
export const save = fn(SaveInput, async (input, now: Date = new Date()) => {
  const actor = Actor.admin();
  const latest = await current(input.audience);
  if (latest.version !== input.basedOn) {
    throw new VisibleError(409, "conflict", "error.conflict");
  }
  const changed = kindChanges(latest, input.content);
  if (changed.length) {
    throw new VisibleError(
      400,
      "validation",
      "error.validation",
      Object.fromEntries(
        changed.map((id) => [
          `content.questions.${input.content.questions.findIndex((q) => q.id === id)}.kind`,
          "error.kindChanged",
        ]),
      ),
    );
  }
  const next = latest.version + 1;
  try {
    await transact([
      Versions.put(
        {
          audience: input.audience,
          version: next,
          content: input.content,
          savedAt: now.toISOString(),
          savedBy: actor.name,
        },
        notThere,
      ),
      Audit.entry("questionnaire.save", `questionnaire#${input.audience}`, { version: next }, now),
    ]);
  } catch (error) {
    if (error instanceof ConditionsFailed) {
      throw new VisibleError(409, "conflict", "error.conflict");
    }
    throw error;
  }
  return { audience: input.audience, version: next, ...input.content };
});

// —— Links ——

export interface Invitation {
  audience: Audience;
  /** A client's survey may be in any client language; everyone else's is in fi, sv or en. */
  locale: ClientLocale;
  to: string;
  validUntil: Date;
  pairCode?: string;
}

export const newPairCode = () => randomUUID();

/** A survey link for one address: its items (the link, its count) and the address for the email. */
export function link(invitation: Invitation, version: number, now: Date) {
  const token = newToken();
  const stored: StoredLink = {
    hash: hashToken(token),
    audience: invitation.audience,
    version,
    locale: invitation.locale,
    addressHash: addressHash(invitation.to),
    validUntil: invitation.validUntil.toISOString(),
    ...(invitation.pairCode && { pairCode: invitation.pairCode }),
  };
  return {
    url: `${config().SITE_URL}/survey#${token}`,
    items: [
      Links.put(stored, notThere),
      ...Monthly.count([Tally.surveySent(invitation.audience, now.toISOString())]),
    ],
  };
}

/** Whether an address said "no more surveys". */
export async function optedOut(address: string): Promise<boolean> {
  return Boolean(await NoSurveys.get(addressHash(address)));
}

/** Of many addresses, those that said "no more surveys" (BatchGet). */
export async function optedOutOf(addresses: string[]): Promise<Set<string>> {
  const hashes = new Map(addresses.map((a) => [addressHash(a), a]));
  const found = await NoSurveys.getMany([...hashes.keys()]);
  return new Set([...found.keys()].map((h) => hashes.get(h) as string));
}

const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

async function findLink(token: string) {
  const found = TOKEN.test(token) ? await Links.get(hashToken(token)) : undefined;
  if (!found) throw new VisibleError(404, "link_invalid", "error.surveyLinkUsed");
  return found;
}

/** A link that may still be answered: not answered, not past its end. */
async function openLink(token: string, now: Date) {
  const found = await findLink(token);
  if (found.answered) throw new VisibleError(404, "link_invalid", "error.surveyLinkUsed");
  if (found.validUntil <= now.toISOString()) {
    throw new VisibleError(410, "survey_closed", "error.surveyClosed");
  }
  const questionnaire = await version(found.audience, found.version);
  if (!questionnaire) throw new VisibleError(404, "link_invalid", "error.surveyLinkUsed");
  return { link: found, questionnaire };
}

/** What a survey page shows: the questions in the link's language, nothing about the person. */
export async function viewByLink(token: string, now: Date = new Date()) {
  const { link, questionnaire } = await openLink(token, now);
  return {
    ...inClientLocale(questionnaire, link.locale),
    locale: link.locale,
    closesAt: link.validUntil,
    optedOut: Boolean(await NoSurveys.get(link.addressHash)),
  };
}

export const AnswerInput = z.object({
  values: z.record(z.string().max(40), z.union([z.number().int(), z.string().max(2000)])),
});

function checked(questionnaire: Questionnaire, values: Record<string, unknown>): Values {
  const { kept, errors } = check(questionnaire, values);
  if (Object.keys(errors).length) {
    throw new VisibleError(400, "validation", "error.validation", errors);
  }
  // An empty answer would use up the link for nothing.
  if (Object.keys(kept).length === 0) {
    throw new VisibleError(400, "validation", "error.validation", { values: "error.required" });
  }
  return kept;
}

function answerItem(fields: Omit<StoredAnswer, "year" | "key" | "month">, now: Date): TransactItem {
  const month = helsinkiDate(now).slice(0, 7);
  return Answers.put({ ...fields, year: month.slice(0, 4), month, key: randomUUID() }, notThere);
}

/**
 * The answer stored and the link used up, in one transaction: the link loses its pair code and
 * can no longer be answered, so a second press stores nothing.
 */
export async function answer(token: string, input: unknown, now: Date = new Date()) {
  const { values } = AnswerInput.parse(input);
  const { link, questionnaire } = await openLink(token, now);
  const kept = checked(questionnaire, values);
  try {
    await transact([
      Links.update(
        link.hash,
        { set: { answered: true }, remove: ["pairCode"] },
        when.and(
          when.exists("pk"),
          when.notExists("answered"),
          when.gt("validUntil", now.toISOString()),
        ),
      ),
      answerItem(
        {
          audience: link.audience,
          version: link.version,
          values: kept,
          via: "link",
          ...(link.pairCode && { pairCode: link.pairCode }),
        },
        now,
      ),
      ...Monthly.count([Tally.surveyAnswered(link.audience, now.toISOString())]),
    ]);
  } catch (error) {
    if (error instanceof ConditionsFailed) {
      throw new VisibleError(409, "survey_answered", "error.surveyLinkUsed");
    }
    throw error;
  }
  return { answered: true as const };
}

/**
 * "No more surveys", said once from any survey link — before or after answering, and after
 * the survey has closed; the link itself may still be answered while it is open.
 */
export async function stop(token: string, now: Date = new Date()) {
  const link = await findLink(token);
  await transact([NoSurveys.put({ addressHash: link.addressHash, at: now.toISOString() })]);
  return { optedOut: true as const };
}

// —— What other flows add ——

/**
 * The client's "before" link for the support-found email, when surveys were allowed on the form,
 * the client has an address and has not said no since: the link (until the visit starts) and the
 * pair code kept for "after".
 */
export async function clientBefore(
  request: {
    id: string;
    locale: ClientLocale;
    startsAt: string;
    client: { email?: string };
    consent?: Privacy.Consent;
  },
  now: Date,
) {
  const to = request.client.email;
  if (!Privacy.allowsSurveys(request)) return undefined;
  if (!to || new Date(request.startsAt) <= now || (await optedOut(to))) return undefined;
  const pairCode = newPairCode();
  const questionnaire = await current("client-before");
  const made = link(
    {
      audience: "client-before",
      locale: request.locale,
      to,
      validUntil: new Date(request.startsAt),
      pairCode,
    },
    questionnaire.version,
    now,
  );
  return {
    url: made.url,
    items: [...made.items, PendingPair.put({ requestId: request.id, pairCode })],
  };
}

/** A volunteer's "was it meaningful" from their visit report, stored apart from the report. */
export async function fromReport(meaningful: number | undefined, now: Date) {
  if (meaningful === undefined) return [];
  const questionnaire = await current("volunteer-visit");
  const values = checked(questionnaire, { meaningful });
  return [
    answerItem(
      { audience: "volunteer-visit", version: questionnaire.version, values, via: "report" },
      now,
    ),
  ];
}

/**
 * A professional or partner who asked for support, and allowed surveys on the form, joins the
 * partner survey's list.
 */
export function partnerContact(
  request: {
    requesterRole: string;
    locale: ClientLocale;
    requester?: { email?: string; organisation?: string };
    consent?: Privacy.Consent;
  },
  now: Date,
): TransactItem[] {
  const email = request.requester?.email;
  if (!email || !Privacy.allowsSurveys(request)) return [];
  if (request.requesterRole !== "professional" && request.requesterRole !== "partner") {
    return [];
  }
  return [
    PartnerContacts.put({
      addressHash: addressHash(email),
      email,
      // The partner survey exists in fi, sv and en only.
      locale: baseLocale(request.locale),
      lastRequestAt: now.toISOString(),
      ...(request.requester?.organisation && { organisation: request.requester.organisation }),
    }),
  ];
}

// —— Coordinators ——

export const EntryInput = z.object({
  audience: z.enum(audiences),
  via: z.enum(["paper", "phone"]),
  values: AnswerInput.shape.values,
});

/** Answers given on paper or by phone, typed in by a coordinator and marked as such. */
export const enter = fn(EntryInput, async (input, now: Date = new Date()) => {
  Actor.coordinator();
  const questionnaire = await current(input.audience);
  const values = checked(questionnaire, input.values);
  await transact([
    answerItem(
      { audience: input.audience, version: questionnaire.version, values, via: input.via },
      now,
    ),
    Audit.entry("feedback.enter", `feedback#${input.audience}`, { via: input.via }, now),
  ]);
  return { entered: true as const };
});

export const ResultsInput = z.object({
  year: z.coerce.number().int().min(2020).max(2100),
});

async function answersOf(audience: Audience, year: number) {
  const items = await queryEvery({
    partition: `feedback#${audience}#${year}`,
    range: { beginsWith: "answer#" },
  });
  return items.map(Answers.read);
}

/**
 * A year's feedback for coordinators: per audience the current questions with their tables
 * (small cells suppressed), means from five answers, free texts (masked when stored); and the
 * clients' before → after change from five pairs.
 */
export const results = fn(ResultsInput, async ({ year }) => {
  Actor.coordinator();
  const all = await Promise.all(audiences.map((a) => answersOf(a, year)));
  const byAudience = Object.fromEntries(audiences.map((a, i) => [a, all[i] ?? []])) as Record<
    Audience,
    StoredAnswer[]
  >;
  const groups = await Promise.all(
    audiences.map(async (audience) => {
      const questionnaire = await current(audience);
      const answers = byAudience[audience];
      const counted = tally(questionnaire, answers).map((r) => ({
        ...r,
        text: questionnaire.questions.find((q) => q.id === r.id)?.text ?? {
          fi: r.id,
          sv: r.id,
          en: r.id,
        },
      }));
      return {
        audience,
        version: questionnaire.version,
        answered: answers.length,
        byHand: answers.filter((a) => a.via === "paper" || a.via === "phone").length,
        questions: counted,
      };
    }),
  );
  const before = await current("client-before");
  const pairs = pairChanges(
    before.questions.filter((q) => q.kind === "scale").map((q) => q.id),
    byAudience["client-before"],
    byAudience["client-after"],
  );
  return {
    year,
    halves,
    audiences: groups,
    pairs: {
      ...pairs,
      questions:
        pairs.questions?.map((p) => ({
          ...p,
          text: before.questions.find((q) => q.id === p.id)?.text ?? {
            fi: p.id,
            sv: p.id,
            en: p.id,
          },
        })) ?? null,
    },
  };
});

export const locale = (value: string): Locale =>
  (locales as readonly string[]).includes(value) ? (value as Locale) : "fi";
