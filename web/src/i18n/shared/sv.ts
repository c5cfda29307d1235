import type { fi } from "./fi.ts";

/** What the shared pieces in lib/ say (loading, try again, back, saving; the training course's topics). */
export const sv: Record<keyof typeof fi, string> = {
  "ui.loading": "Laddar…",
  "ui.tryAgain": "Försök igen",
  "ui.working": "Vänta…",
  "ui.saving": "Sparar…",
  "ui.back": "Tillbaka",
  "ui.notGiven": "Inte angivet",
  "topic.role": "Introduktion till stödpersonens uppgifter",
  "topic.serviceSystem": "Servicesystemet och förvaltningslagen",
  "topic.communication": "Kommunikation och interaktion",
  "topic.practice": "Praktisk handledning och säkerhet",
};
