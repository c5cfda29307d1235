import { randomUUID } from "node:crypto";
import * as z from "zod";
import * as Actor from "../actor/index.ts";
import { Audit } from "../audit/index.ts";
import { when } from "../db/expr.ts";
import { defineItem, queryEvery } from "../db/store.ts";
import { ConditionsFailed, transact, transactGuarded } from "../db/transact.ts";
import { VisibleError } from "../util/errors.ts";
import { fn } from "../util/fn.ts";
import { createId } from "../util/id.ts";

import { helsinkiDate } from "../util/time.ts";
import { hashToken, newToken } from "../util/token.ts";
import { type Question, questionsOf, SCALE, type SurveyKind, surveyKinds } from "./questions.ts";

/**
 * A survey people answer through a single-use link. An anonymous one is anonymous by
 * construction, not by a setting someone could switch off later:
 * - it is made anonymous when it is created, and nothing can change that afterwards;
 * - a link's token is stored only as its hash, with the survey and nothing else, and is deleted
 *   in the same transaction that stores the answer;
 * - an answer is stored under a random key, with the Helsinki day and nothing else: no person,
 *   no token, no time of day;
 * - who was sent a link is kept apart from the answers (to send each person one link), and
 *   answers cannot be tied back to it;
 * - results stay hidden until the survey has closed and at least `MIN_ANSWERS` have answered,
 *   so nobody can be picked out of a small group or by watching the results change.
 */

export const MIN_ANSWERS = 5;

const StoredSurvey = z.object({
  id: z.string(),
  kind: z.enum(surveyKinds),
  /** What it is about, e.g. `cohort#coh_…`. */
  subject: z.string(),
  title: z.string(),
  anonymous: z.boolean(),
  opensAt: z.string(),
  closesAt: z.string(),
  closedAt: z.string().optional(),
  createdAt: z.string(),
});
export type Survey = z.output<typeof StoredSurvey>;

const Surveys = defineItem({
  type: "survey",
  schema: StoredSurvey,
  key: (id: string) => ({ pk: `survey#${id}`, sk: "survey" }),
  id: (s) => s.id,
  index: (s) => ({ gsi1pk: `surveys#${s.subject}`, gsi1sk: `${s.createdAt}#${s.id}` }),
});

/** How many answered: a counter, so the answers themselves need not be read to say it. */
const Tally = defineItem({
  type: "survey-tally",
  schema: z.object({ answered: z.number() }),
  key: (id: string) => ({ pk: `survey#${id}`, sk: "tally" }),
});

/** A link's token, as its hash: which survey it opens, nothing about whom it was sent to. */
const Tokens = defineItem({
  type: "survey-token",
  schema: z.object({ hash: z.string(), surveyId: z.string() }),
  key: (hash: string) => ({ pk: `survey-token#${hash}`, sk: "token" }),
  id: (t) => t.hash,
});

/** Someone was sent a link (so nobody gets two); kept apart from the answers. */
const Invited = defineItem({
  type: "survey-invited",
  schema: z.object({ surveyId: z.string(), person: z.string() }),
  key: ({ surveyId, person }: { surveyId: string; person: string }) => ({
    pk: `survey#${surveyId}`,
    sk: `invited#${person}`,
  }),
  id: (i) => ({ surveyId: i.surveyId, person: i.person }),
});

const Answer = z.object({
  surveyId: z.string(),
  key: z.string(),
  /** The Helsinki day it was given; never the time. */
  day: z.string(),
  values: z.record(z.string(), z.union([z.number(), z.string()])),
  /** Only in a survey created as not anonymous. */
  person: z.string().optional(),
});
type Answer = z.output<typeof Answer>;

const Answers = defineItem({
  type: "survey-answer",
  schema: Answer,
  key: ({ surveyId, key }: { surveyId: string; key: string }) => ({
    pk: `survey#${surveyId}`,
    sk: `answer#${key}`,
  }),
  id: (a) => ({ surveyId: a.surveyId, key: a.key }),
});

export const questionsFor = (survey: Pick<Survey, "kind">): readonly Question[] =>
  questionsOf[survey.kind];

/** A new survey; `anonymous` is fixed here for good. */
export function create(
  input: { kind: SurveyKind; subject: string; title: string; anonymous: boolean; closesAt: Date },
  now: Date,
) {
  const survey: Survey = {
    id: createId("srv"),
    kind: input.kind,
    subject: input.subject,
    title: input.title,
    anonymous: input.anonymous,
    opensAt: now.toISOString(),
    closesAt: input.closesAt.toISOString(),
    createdAt: now.toISOString(),
  };
  return {
    survey,
    items: [
      Surveys.put(survey, when.notExists("pk")),
      Tally.update(survey.id, { set: { answered: 0 } }),
    ],
  };
}

export const get = (id: string) => Surveys.get(id);

export async function ofSubject(subject: string): Promise<Survey[]> {
  const items = await queryEvery({ index: "gsi1", partition: `surveys#${subject}` });
  return items.map(Surveys.read);
}

/**
 * A link for one person: the writes that make it (its token's hash; the note that this person
 * was sent one, refused if they already were) and the token for the email.
 */
export function invite(survey: Pick<Survey, "id">, person: string) {
  const token = newToken();
  return {
    token,
    items: [
      Tokens.put({ hash: hashToken(token), surveyId: survey.id }, when.notExists("pk")),
      Invited.put({ surveyId: survey.id, person }, when.notExists("pk")),
    ],
  };
}

/** Who has been sent a link (never who answered: that is not kept). */
export async function invitedPeople(surveyId: string): Promise<Set<string>> {
  const items = await queryEvery({
    partition: `survey#${surveyId}`,
    range: { beginsWith: "invited#" },
  });
  return new Set(items.map(Invited.read).map((i) => i.person));
}

export const isClosed = (survey: Pick<Survey, "closesAt" | "closedAt">, now: Date) =>
  Boolean(survey.closedAt) || survey.closesAt <= now.toISOString();

const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

/** The survey a link opens, if it still may be answered. */
export async function openByToken(token: string, now: Date = new Date()) {
  const found = TOKEN.test(token) ? await Tokens.get(hashToken(token)) : undefined;
  const survey = found && (await Surveys.get(found.surveyId));
  if (!survey) throw new VisibleError(404, "link_invalid", "error.surveyLinkUsed");
  if (isClosed(survey, now)) throw new VisibleError(410, "survey_closed", "error.surveyClosed");
  return { survey, questions: questionsFor(survey) };
}

/** Free text as kept: trimmed, without control characters (a survey is no place for them). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
const plainText = (text: string) => text.replace(CONTROL, "").trim();

export const AnswerInput = z.object({
  values: z.record(
    z.string().max(40),
    z.union([z.number().int(), z.string().max(2000).transform(plainText)]),
  ),
});

/** Keeps only what the survey asks, each in its own shape; anything else is a field error. */
function checked(questions: readonly Question[], values: Record<string, number | string>) {
  const fields: Record<string, "error.invalid" | "error.required"> = {};
  const kept: Record<string, number | string> = {};
  for (const [id, value] of Object.entries(values)) {
    const question = questions.find((q) => q.id === id);
    const fits =
      question?.kind === "scale"
        ? typeof value === "number" && (SCALE as readonly number[]).includes(value)
        : question?.kind === "text" && typeof value === "string";
    if (!fits) fields[`values.${id}`] = "error.invalid";
    else if (value !== "") kept[id] = value;
  }
  // An empty answer would use up the link and count as answered for nothing.
  if (Object.keys(kept).length === 0 && Object.keys(fields).length === 0) {
    throw new VisibleError(400, "validation", "error.validation", { values: "error.required" });
  }
  if (Object.keys(fields).length) {
    throw new VisibleError(400, "validation", "error.validation", fields);
  }
  return kept;
}

/**
 * Stores one answer and uses up the link, in one transaction: a second press finds no token;
 * an answer after the close is refused. `person` is kept only for a survey that is not
 * anonymous.
 */
export async function answer(
  token: string,
  input: z.input<typeof AnswerInput>,
  now: Date = new Date(),
  person?: string,
) {
  const { values } = AnswerInput.parse(input);
  const { survey, questions } = await openByToken(token, now);
  const stored: Answer = {
    surveyId: survey.id,
    key: randomUUID(),
    day: helsinkiDate(now),
    values: checked(questions, values),
    ...(!survey.anonymous && person && { person }),
  };
  try {
    await transact([
      Tokens.remove(hashToken(token), when.exists("pk")),
      Surveys.check(
        survey.id,
        when.and(when.notExists("closedAt"), when.gt("closesAt", now.toISOString())),
      ),
      Answers.put(stored, when.notExists("pk")),
      Tally.update(survey.id, { add: { answered: 1 } }),
    ]);
  } catch (error) {
    if (error instanceof ConditionsFailed) {
      throw new VisibleError(409, "survey_answered", "error.surveyLinkUsed");
    }
    throw error;
  }
  return { answered: true };
}

/** A coordinator closes a survey before its time; answers stop at once. */
export const close = fn(
  z.object({ id: z.string().min(1).max(64) }),
  async ({ id }, now: Date = new Date()) => {
    Actor.coordinator();
    const survey = await Surveys.get(id);
    if (!survey) throw new VisibleError(404, "not_found", "error.notFound");
    if (survey.closedAt) return survey;
    await transactGuarded([
      Surveys.update(id, { set: { closedAt: now.toISOString() } }, when.notExists("closedAt")),
      Audit.entry("survey.close", `survey#${id}`, undefined, now),
    ]);
    return { ...survey, closedAt: now.toISOString() };
  },
);

export async function answeredCount(id: string): Promise<number> {
  return (await Tally.get(id))?.answered ?? 0;
}

/** Where a survey stands, without a word of its answers. */
export async function status(survey: Survey, now: Date) {
  const answered = await answeredCount(survey.id);
  const closed = isClosed(survey, now);
  return {
    id: survey.id,
    kind: survey.kind,
    title: survey.title,
    anonymous: survey.anonymous,
    opensAt: survey.opensAt,
    closesAt: survey.closesAt,
    closed,
    answered,
    resultsVisible: closed && answered >= MIN_ANSWERS,
  };
}

/**
 * The results: for each scale question how many gave each value and the mean; the free texts
 * in no particular order (their keys are random). Refused until the survey has closed and at
 * least `MIN_ANSWERS` have answered.
 */
export const results = fn(
  z.object({ id: z.string().min(1).max(64) }),
  async ({ id }, now: Date = new Date()) => {
    Actor.coordinator();
    const survey = await Surveys.get(id);
    if (!survey) throw new VisibleError(404, "not_found", "error.notFound");
    const state = await status(survey, now);
    if (!state.resultsVisible) {
      throw new VisibleError(409, "results_hidden", "error.surveyResultsHidden");
    }
    const answers = (
      await queryEvery({ partition: `survey#${id}`, range: { beginsWith: "answer#" } })
    ).map(Answers.read);
    return { ...state, questions: tallyAnswers(questionsFor(survey), answers) };
  },
);

/** Pure: the answers counted per question. */
export function tallyAnswers(
  questions: readonly Question[],
  answers: readonly Pick<Answer, "values">[],
) {
  return questions.map((q) => {
    const given = answers.map((a) => a.values[q.id]).filter((v) => v !== undefined);
    if (q.kind === "text") {
      return {
        id: q.id,
        kind: q.kind,
        texts: given.filter((v): v is string => typeof v === "string").sort(),
      };
    }
    const numbers = given.filter((v): v is number => typeof v === "number");
    const counts = Object.fromEntries(SCALE.map((v) => [v, numbers.filter((n) => n === v).length]));
    const mean = numbers.length ? numbers.reduce((s, n) => s + n, 0) / numbers.length : null;
    return { id: q.id, kind: q.kind, answered: numbers.length, counts, mean };
  });
}
