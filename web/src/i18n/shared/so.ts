/** Somali (af-Soomaali). Machine-assisted translation: needs review by a native speaker before use. */
import type { fi } from "./fi.ts";

export const so: Record<keyof typeof fi, string> = {
  "ui.loading": "Waa la soo rarayaa…",
  "ui.tryAgain": "Isku day mar kale",
  "ui.working": "Waa la shaqaynayaa…",
  "ui.saving": "Waa la kaydinayaa…",
  "ui.back": "Dib u noqo",
  "ui.notGiven": "Lama bixin",
  "topic.role": "Hordhac ku saabsan doorka wehelinta",
  "topic.serviceSystem": "Nidaamka adeegyada iyo Sharciga Habraacyada Maamulka",
  "topic.communication": "Isgaarsiin iyo is-dhexgal",
  "topic.practice": "Tababar wax ku ool ah iyo badbaado",
};
