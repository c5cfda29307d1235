import type { fi } from "./fi.ts";

/** What the shared pieces in lib/ say (loading, try again, back, saving). */
export const sv: Record<keyof typeof fi, string> = {
  "ui.loading": "Laddar…",
  "ui.tryAgain": "Försök igen",
  "ui.working": "Vänta…",
  "ui.saving": "Sparar…",
  "ui.back": "Tillbaka",
  "ui.notGiven": "Inte angivet",
};
