export * as FeedbackJobs from "./ask.ts";
export * as Feedback from "./feedback.ts";
export * as FeedbackLetters from "./letters.ts";
export * as FeedbackPeriod from "./period.ts";
export {
  type Audience,
  audiences,
  type Content as QuestionnaireContent,
  type Questionnaire,
  questionKinds,
  SCALE,
  YESNO,
} from "./questionnaire.ts";
