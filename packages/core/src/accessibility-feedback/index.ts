export { ANSWER_WITHIN_DAYS, daysLeft, dueDate } from "./due.ts";
export * as AccessibilityFeedback from "./feedback.ts";
export { type FeedbackDraft, FeedbackInput } from "./schema.ts";
