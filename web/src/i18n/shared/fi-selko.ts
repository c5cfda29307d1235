/** Selkosuomi (plain Finnish), written after Selkokeskus's criteria. Needs review by a plain-language expert before use. */
import type { fi } from "./fi.ts";

export const fiSelko: Record<keyof typeof fi, string> = {
  "ui.loading": "Ladataan…",
  "ui.tryAgain": "Yritä uudelleen",
  "ui.working": "Odota…",
  "ui.saving": "Tallennetaan…",
  "ui.back": "Takaisin",
  "ui.notGiven": "Ei kerrottu",
  "topic.role": "Tukihenkilön tehtävät",
  "topic.serviceSystem": "Palvelut ja laki",
  "topic.communication": "Miten puhua ja kuunnella",
  "topic.practice": "Harjoittelu ja turvallisuus",
};
