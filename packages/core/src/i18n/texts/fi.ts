/**
 * Text messages, one per kind of message that can go as a text. Each fits one segment of 160
 * GSM-7 characters with the longest values it is filled with (test/unit/texts.test.ts): short
 * sentences, the day and time, a short link, no matter and no health detail.
 */
export const fi = {
  "request-received":
    "Saimme pyyntösi {reference}: tukea {when}. Kerromme, kun tukihenkilö löytyy. Tekstiviestit loppuvat, kun vastaat STOP.",
  "support-found": "Tukihenkilö löytyi. {name} tulee mukaan {when}. Jos aika ei sovi, peru: {link}",
  "client-reminder": "Muistutus: huomenna {when} tukihenkilö {name} tulee mukaan. ({reference})",
  "request-cancelled": "Pyyntö {reference} on peruttu. Jos tarvitset tukea, tee uusi pyyntö.",
  "request-no_volunteer":
    "Emme valitettavasti löytäneet tukihenkilöä pyyntöön {reference}. Voit soittaa meille.",
  "survey-after-client": "Miten käynti meni? Vastaa kolmeen kysymykseen, vie alle minuutin: {link}",
} as const;

export type TextTemplate = keyof typeof fi;
export const textTemplates = Object.keys(fi) as TextTemplate[];
