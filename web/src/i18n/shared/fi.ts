/** What the shared pieces in lib/ say (loading, try again, back, saving; the training course's topics): each lazily loaded part adds them. Finnish is the source: sv and en have exactly these keys. */
export const fi = {
  "ui.loading": "Ladataan…",
  "ui.tryAgain": "Yritä uudelleen",
  "ui.working": "Odota…",
  "ui.saving": "Tallennetaan…",
  "ui.back": "Takaisin",
  "ui.notGiven": "Ei annettu",
  "topic.role": "Johdanto asiointitukihenkilön tehtäviin",
  "topic.serviceSystem": "Palvelujärjestelmä ja hallintolaki",
  "topic.communication": "Viestintä- ja vuorovaikutustaidot",
  "topic.practice": "Käytännön valmennus ja turvallisuus",
} as const;
