/**
 * The client's questionnaires (before and after the visit, feedback/defaults.ts) in the client
 * languages beyond fi, sv and en: the five words of the scale and each question by its id.
 */
export interface ClientSurveyWords {
  scale: readonly [string, string, string, string, string];
  before: Record<"safe" | "confident" | "understand", string>;
  after: Record<
    "safe" | "confident" | "understand" | "smoother" | "misunderstanding" | "again" | "open",
    string
  >;
}
