import type { fi } from "./fi.ts";

/** The pages behind emailed links (an offer to a volunteer, a client's cancellation). */
export const sv: Record<keyof typeof fi, string> = {
  "links.loading": "Laddar…",
  "links.working": "Skickar…",
  "links.tryAgain": "Försök igen",
  "links.back": "Tillbaka",
  "links.notGiven": "Inte angivet",
  "links.invalid.title": "Länken fungerar inte",
  "links.invalid.body":
    "Den här länken gäller inte. Kontrollera att du öppnade hela länken i e-postmeddelandet. Du kan också kontakta koordinatorn.",
  "links.expired.title": "Länken har gått ut",
  "links.expired.body":
    "Den här länken gäller inte längre. Om ärendet fortfarande pågår, kontakta koordinatorn.",
  "links.noToken":
    "Länkens kod saknas på den här sidan. Öppna länken i e-postmeddelandet på nytt så att hela länken kommer med.",
  "links.visit.title": "Besöket",
  "links.visit.who": "Med vem",
  "links.visit.what": "Vilket ärende",
  "links.visit.where": "Var",
  "links.visit.when": "När",
  "links.visit.whenValue": "{date} kl. {time}",
  "links.visit.duration": "Längd",
  "links.visit.languages": "Klientens språk",
  "links.role.title": "Kom ihåg stödpersonens roll",
  "links.role.body":
    "Du finns vid klientens sida, ger stöd och hjälper med samtalet. Du är inte personlig assistent: du ger ingen vård och ingen fysisk hjälp.",
  "links.offer.title": "Kan du komma med?",
  "links.offer.greeting": "Hej {name}!",
  "links.offer.intro":
    "Koordinatorn frågar om du kan vara stödperson vid det här besöket. Klientens namn och kontaktuppgifter visas när du har tackat ja.",
  "links.offer.answerBy": "Svara senast {when}.",
  "links.offer.noChange":
    "Att öppna sidan ändrar ingenting. Ditt svar skickas först när du trycker på en knapp.",
  "links.offer.question": "Ditt svar",
  "links.offer.accept": "Jag kan komma",
  "links.offer.decline": "Jag kan inte",
  "links.offer.decline.title": "Du kan inte komma",
  "links.offer.decline.reason": "Vill du berätta varför?",
  "links.offer.decline.hint": "Du kan lämna det tomt. Bara koordinatorn ser det.",
  "links.offer.decline.confirm": "Skicka: jag kan inte",
  "links.result.accepted.title": "Tack – besöket är ditt",
  "links.result.accepted.body":
    "Vi berättar för klienten att en stödperson har hittats. Du får en bekräftelse per e-post med en kalenderpost som bilaga.",
  "links.result.alreadyAccepted.title": "Besöket är ditt",
  "links.result.alreadyAccepted.body": "Här är uppgifterna om besöket. Tack för att du följer med!",
  "links.result.covered.title": "Besöket är redan ordnat – tack",
  "links.result.covered.body":
    "En annan stödperson hann först. Du behöver inte göra något. Tack för att du var redo att hjälpa!",
  "links.result.declined.title": "Tack för ditt svar",
  "links.result.declined.body":
    "Du svarade att du inte kan komma. Koordinatorn söker en annan stödperson. Du behöver inte göra något mer.",
  "links.result.alreadyDeclined.title": "Du har redan svarat att du inte kan",
  "links.result.alreadyDeclined.body":
    "Ditt svar är sparat. Om din situation har ändrats, kontakta koordinatorn.",
  "links.result.withdrawn.title": "Erbjudandet har återkallats",
  "links.result.withdrawn.body":
    "Koordinatorn återkallade det här erbjudandet. Du behöver inte göra något.",
  "links.result.expired.title": "Svarstiden har gått ut",
  "links.result.expired.body":
    "Det går inte längre att svara på erbjudandet. Om du ändå vill hjälpa, kontakta koordinatorn.",
  "links.details.title": "Uppgifter om besöket",
  "links.details.private":
    "Uppgifterna är konfidentiella. Berätta dem inte för andra och spara dem inte någon annanstans.",
  "links.details.client": "Klient",
  "links.details.clientPhone": "Klientens telefon",
  "links.details.clientEmail": "Klientens e-post",
  "links.details.requester": "Beställare",
  "links.details.requesterPhone": "Beställarens telefon",
  "links.details.requesterEmail": "Beställarens e-post",
  "links.details.organisation": "Organisation",
  "links.details.description": "Vad det gäller",
  "links.details.supportNeeds": "Bra för stödpersonen att veta",
  "links.details.firstMeeting": "Första träff",
  "links.details.firstMeetingValue": "{date} kl. {time}, {place}",
  "links.cancel.title": "Ställ in besöket",
  "links.cancel.intro":
    "Du kan ställa in besöket på den här sidan. Att öppna sidan ställer inte in något.",
  "links.cancel.reference": "Referensnummer",
  "links.cancel.when": "När",
  "links.cancel.volunteer": "Stödperson",
  "links.cancel.reason": "Vill du berätta varför?",
  "links.cancel.reason.hint": "Du kan lämna det tomt.",
  "links.cancel.button": "Ställ in besöket",
  "links.cancel.done.title": "Besöket är inställt",
  "links.cancel.done.volunteer":
    "Vi har berättat det för stödpersonen. Om du behöver stöd senare kan du göra en ny begäran.",
  "links.cancel.done.noVolunteer":
    "Tack för att du meddelade. Om du behöver stöd senare kan du göra en ny begäran.",
  "links.cancel.already.title": "Besöket är redan inställt",
  "links.cancel.already.body": "Du behöver inte göra något.",
  "links.cancel.closed.title": "Besöket kan inte längre ställas in",
  "links.cancel.closed.body":
    "Den här begäran är redan avslutad. Om du har frågor, kontakta koordinatorn.",
  "links.newRequest": "Gör en ny begäran",
};
