/**
 * Text messages to volunteers who chose them, one per kind of message. Each fits one segment of
 * 160 GSM-7 characters with the longest values it is filled with (test/unit/texts.test.ts): the
 * day and time, the municipality, a short link to the page the email links to. Never the
 * client's name or matter.
 */
export const fi = {
  offer: "Voisitko lähteä tueksi {when}, {municipality}? Vastaa: {link}",
  "visit-confirmed": "Kiitos! Olet tukena {when}, {municipality}. Tiedot ja peruminen: {link}",
  "visit-reminder": "Muistutus: huomenna {when} tukikäynti, {municipality}. Tiedot: {link}",
  "report-ask": "Kiitos käynnistä {when}! Kerro lyhyesti, miten se meni: {link}",
  "report-reminder": "Muistutus: kerro vielä, miten käynti {when} meni: {link}",
  "gathering-invitation": "Tervetuloa tukihenkilöiden tapaamiseen {when}! Vastaa kutsuun: {link}",
} as const;

export type VolunteerTextTemplate = keyof typeof fi;
export const volunteerTextTemplates = Object.keys(fi) as VolunteerTextTemplate[];
