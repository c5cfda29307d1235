import type { fi } from "./fi.ts";

/** What the shared pieces in lib/ say (loading, try again, back, saving; the training course's topics). */
export const en: Record<keyof typeof fi, string> = {
  "ui.loading": "Loading…",
  "ui.tryAgain": "Try again",
  "ui.working": "Working…",
  "ui.saving": "Saving…",
  "ui.back": "Go back",
  "ui.notGiven": "Not given",
  "topic.role": "Introduction to the accompaniment role",
  "topic.serviceSystem": "The service system and the Administrative Procedure Act",
  "topic.communication": "Communication and interaction",
  "topic.practice": "Practical coaching and safety",
};
