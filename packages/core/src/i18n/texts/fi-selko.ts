/** Selkosuomi (plain Finnish), written after Selkokeskus's criteria. Needs review by a plain-language expert before use. */
import type { fi } from "./fi.ts";

export const fiSelko: Record<keyof typeof fi, string> = {
  "request-received":
    "Saimme pyyntösi {reference}. Aika: {when}. Kerromme, kun tukihenkilö löytyy. Jos et halua viestejä, vastaa STOP.",
  "support-found":
    "Tukihenkilö löytyi. {name} tulee mukaasi {when}. Jos aika ei sovi, peru: {link}",
  "client-reminder":
    "Muistutus: Huomenna {when} tukihenkilö {name} tulee mukaasi. Pyyntö {reference}",
  "request-cancelled": "Pyyntö {reference} on peruttu. Tarvitsetko tukea? Tee uusi pyyntö.",
  "request-no_volunteer":
    "Emme löytäneet tukihenkilöä. Pyyntö {reference}. Olemme pahoillamme. Voit soittaa meille.",
  "survey-after-client": "Miten käynti meni? Vastaa 3 kysymykseen. Se vie alle minuutin: {link}",
};
