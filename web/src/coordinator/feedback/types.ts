import type { Answer, api, Body } from "../../lib/api.ts";

/** Feedback's answers, typed from the API client. */

export type Results = Answer<typeof api.feedback.results.$get>;
export type AudienceResult = Results["audiences"][number];
export type Audience = AudienceResult["audience"];
export type QuestionResult = AudienceResult["questions"][number];
export type CountedQuestion = Extract<QuestionResult, { table: unknown }>;
export type TextQuestion = Extract<QuestionResult, { texts: unknown }>;
export type Shown = CountedQuestion["table"];
export type PairQuestion = NonNullable<Results["pairs"]["questions"]>[number];
export type Questionnaire = Answer<
  typeof api.feedback.questionnaires.$get
>["questionnaires"][number];
export type EntryBody = Body<typeof api.feedback.entries.$post>;
