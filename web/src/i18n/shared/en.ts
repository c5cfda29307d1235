import type { fi } from "./fi.ts";

/** What the shared pieces in lib/ say (loading, try again, back, saving). */
export const en: Record<keyof typeof fi, string> = {
  "ui.loading": "Loading…",
  "ui.tryAgain": "Try again",
  "ui.working": "Working…",
  "ui.saving": "Saving…",
  "ui.back": "Go back",
  "ui.notGiven": "Not given",
};
