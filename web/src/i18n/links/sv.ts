import type { fi } from "./fi.ts";

/** The pages behind emailed links (an offer to a volunteer, the volunteer's visit page and report, a client's cancellation). */
export const sv: Record<keyof typeof fi, string> = {
  "links.working": "Skickar…",
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
  "links.visitPage.title": "Ditt besök",
  "links.visitPage.intro":
    "Här är uppgifterna om ditt besök. Om du inte kan komma, meddela det så snart som möjligt.",
  "links.visitPage.cantCome": "Jag kan inte komma",
  "links.visitPage.cantCome.heading": "Om du inte kan komma",
  "links.visitPage.cantCome.hint":
    "Koordinatorn får veta det genast och söker en annan stödperson.",
  "links.visitPage.cantCome.title": "Du kan inte komma till besöket",
  "links.visitPage.cantCome.body":
    "När du skickar det här är besöket inte längre ditt. Koordinatorn får veta det genast och söker en annan stödperson.",
  "links.visitPage.cantCome.reason": "Vill du berätta varför?",
  "links.visitPage.cantCome.reasonHint": "Du kan lämna det tomt. Bara koordinatorn ser det.",
  "links.visitPage.cantCome.confirm": "Skicka: jag kan inte komma",
  "links.visitPage.released.title": "Tack för att du meddelade",
  "links.visitPage.released.body":
    "Koordinatorn har fått veta det och söker en annan stödperson. Du behöver inte göra något mer.",
  "links.visitPage.tooLate.title": "Besöket har redan börjat",
  "links.visitPage.tooLate.body":
    "Besöket kan inte längre ställas in på den här sidan. Ring koordinatorn genast.",
  "links.visitPage.cancelled.title": "Besöket är inställt",
  "links.visitPage.cancelled.body":
    "Det här besöket är inställt och behöver ingen rapport. Du behöver inte göra något.",
  "links.visitPage.alreadyReported.title": "Besöket är redan rapporterat",
  "links.visitPage.alreadyReported.body":
    "Tack! Rapporten är sparad och du behöver inte göra något mer.",
  "links.visitPage.reported.title": "Tack för rapporten!",
  "links.visitPage.reported.body":
    "Rapporten gick till koordinatorn. Tack för att du fanns vid klientens sida.",
  "links.visitPage.reported.safety":
    "Du skrev om säkerheten, så koordinatorn fick genast ett meddelande om det.",
  "links.visitPage.reported.talk": "Koordinatorn kontaktar dig så att ni kan prata.",
  "links.visitPage.tooEarly":
    "Besöket har inte börjat ännu. Du kan rapportera när besöket har börjat.",
  "links.report.title": "Hur gick besöket?",
  "links.report.intro":
    "Berätta kort hur besöket gick. Rapporten går bara till koordinatorn. Skriv inga hälsouppgifter om klienten.",
  "links.report.happened": "Blev besöket av?",
  "links.report.happened.yes": "Ja, besöket blev av",
  "links.report.happened.no_show": "Klienten kom inte",
  "links.report.happened.cancelled": "Besöket ställdes in",
  "links.report.minutes": "Hur länge tog besöket? (i minuter)",
  "links.report.minutes.hint": "Hela tiden med resorna, till exempel 90. En timme är 60 minuter.",
  "links.report.minutes.invalid": "Skriv längden i minuter med en siffra 5–720.",
  "links.report.howItWent": "Hur gick ärendet?",
  "links.report.howItWent.hint": "Till exempel om klienten fick sitt ärende skött.",
  "links.report.safety": "Hände något som påverkade säkerheten?",
  "links.report.safety.hint":
    "Till exempel en hotfull situation, en olycka eller en plats där du inte kände dig trygg. Om du skriver något här får koordinatorn genast ett meddelande om det.",
  "links.report.followUp": "Klienten behöver mer hjälp i det här ärendet",
  "links.report.followUp.hint": "Koordinatorn kan göra en ny begäran av det.",
  "links.report.followUpNote": "Vilken hjälp behövs?",
  "links.report.followUpNote.hint": "Till exempel en ny mötestid, om den redan är känd.",
  "links.report.wellbeing": "Hur mår du själv efter besöket?",
  "links.report.wellbeing.good": "Bra",
  "links.report.wellbeing.ok": "Ganska bra",
  "links.report.wellbeing.heavy": "Besöket var tungt",
  "links.report.wantsTalk": "Jag vill prata med koordinatorn",
  "links.report.wantsTalk.hint": "Koordinatorn får veta det och kontaktar dig.",
  "links.report.submit": "Skicka rapporten",
  "links.report.submitting": "Skickar…",
};
