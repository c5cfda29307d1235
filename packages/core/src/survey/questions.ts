/**
 * What a survey asks. Questions are ids with a kind; their words live in the site's catalogs in
 * three languages, so a survey reads the same in each and answers can be counted together.
 */
export type QuestionKind = "scale" | "text";

export interface Question {
  id: string;
  kind: QuestionKind;
}

/** 1 (not at all) … 5 (very well). */
export const SCALE = [1, 2, 3, 4, 5] as const;

/**
 * The course feedback, from the training's goals (DOMAIN.md part 2): did it prepare the
 * volunteer for the role, the service system, communication and safety; what was missing.
 */
export const courseQuestions: readonly Question[] = [
  { id: "role", kind: "scale" },
  { id: "serviceSystem", kind: "scale" },
  { id: "communication", kind: "scale" },
  { id: "safety", kind: "scale" },
  { id: "overall", kind: "scale" },
  { id: "missing", kind: "text" },
  { id: "other", kind: "text" },
];

/** The thank-you after a gathering asks two things: was it useful, what next time. */
export const gatheringQuestions: readonly Question[] = [
  { id: "useful", kind: "scale" },
  { id: "nextTime", kind: "text" },
];

export const surveyKinds = ["course", "gathering"] as const;
export type SurveyKind = (typeof surveyKinds)[number];

export const questionsOf: Record<SurveyKind, readonly Question[]> = {
  course: courseQuestions,
  gathering: gatheringQuestions,
};
