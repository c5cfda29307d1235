import type { fi } from "./fi.ts";

export const sv: Record<keyof typeof fi, string> = {
  offer: "Kan du följa med som stöd {when}, {municipality}? Svara: {link}",
  "visit-confirmed":
    "Tack! Du är stödperson {when}, {municipality}. Uppgifter och avbokning: {link}",
  "visit-reminder": "Påminnelse: i morgon {when} stödbesök, {municipality}. Uppgifter: {link}",
  "report-ask": "Tack för besöket {when}! Berätta kort hur det gick: {link}",
  "report-reminder": "Påminnelse: berätta ännu hur besöket {when} gick: {link}",
  "gathering-invitation": "Välkommen till stödpersonernas träff {when}! Svara på inbjudan: {link}",
};
