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
  "links.training.title": "Inbjudan till utbildning",
  "links.training.greeting": "Hej {name}!",
  "links.training.intro.course":
    "Du är inbjuden till grundutbildningen för stödpersoner. Utbildningen består av tillfällena nedan. Berätta om du kommer med.",
  "links.training.intro.continuing":
    "Du är inbjuden till en fortbildning. Se nedan när och var den ordnas, och berätta om du kommer med.",
  "links.training.sessions": "Utbildningstillfällen",
  "links.training.session": "Tillfälle {n}",
  "links.training.when": "När",
  "links.training.duration": "Längd",
  "links.training.where": "Var",
  "links.training.trainer": "Utbildare",
  "links.training.question": "Kommer du med?",
  "links.training.accept": "Jag kommer med",
  "links.training.decline": "Jag kan inte komma",
  "links.training.noChange":
    "Att öppna sidan anmäler dig inte ännu. Ditt svar sparas först när du trycker på en knapp.",
  "links.training.change": "Du kan ändra ditt svar med samma länk.",
  "links.training.changeToDecline": "Jag kan ändå inte komma",
  "links.training.changeToAccept": "Jag kan ändå komma",
  "links.training.enrolled.title": "Du är anmäld till utbildningen",
  "links.training.enrolled.body":
    "Tack och välkommen! Du får en påminnelse per e-post dagen före varje tillfälle.",
  "links.training.declined.title": "Du svarade att du inte kan komma",
  "links.training.declined.body":
    "Tack för att du berättade. Koordinatorn ser ditt svar. Du kan fråga hen om nästa utbildning.",
  "links.training.past.title": "Utbildningen har redan hållits",
  "links.training.past.body":
    "Alla tillfällen i den här utbildningen är redan förbi. Om du vill vara med i nästa utbildning, kontakta koordinatorn.",
  "links.training.calendar": "Ladda ner tillfällena till din kalender",
  "links.training.calendar.hint":
    "Filen (.ics) öppnas i kalendern på telefonen eller datorn. Samma fil kom också som bilaga i e-postmeddelandet.",
  "links.feedback.title": "Respons på utbildningen",
  "links.feedback.intro":
    "Berätta hur utbildningen förberedde dig för uppdraget som stödperson. Det tar några minuter att svara. Alla frågor är frivilliga.",
  "links.feedback.anonymous.title": "Ditt svar är anonymt",
  "links.feedback.anonymous.body":
    "Svaret sparas inte med ditt namn, din e-postadress eller den här länken, och det kan inte kopplas till dig. Resultaten visas först när enkäten har stängts och minst fem har svarat.",
  "links.feedback.named": "Den här enkäten är inte anonym: ditt svar kan kopplas till dig.",
  "links.feedback.closes": "Svara senast {when}.",
  "links.feedback.once":
    "Du kan svara bara en gång. När du har skickat svaret fungerar länken inte längre.",
  "links.feedback.scale.1": "1 – inte alls",
  "links.feedback.scale.2": "2 – lite",
  "links.feedback.scale.3": "3 – ganska",
  "links.feedback.scale.4": "4 – bra",
  "links.feedback.scale.5": "5 – mycket bra",
  "links.feedback.q.role": "Hur väl förberedde utbildningen dig för uppdraget som stödperson?",
  "links.feedback.q.serviceSystem":
    "Hur väl berättade utbildningen om servicesystemet och förvaltningslagen?",
  "links.feedback.q.communication":
    "Hur väl stärkte utbildningen dina färdigheter i kommunikation och växelverkan?",
  "links.feedback.q.safety": "Hur väl förberedde utbildningen dig för att agera tryggt?",
  "links.feedback.q.overall": "Hur väl motsvarade utbildningen som helhet dina behov?",
  "links.feedback.q.missing": "Vad saknades? Vad hade du velat lära dig mer om?",
  "links.feedback.q.other": "Annan respons",
  "links.feedback.text.hint":
    "Skriv inte namn eller andra uppgifter som du kan kännas igen av här.",
  "links.feedback.send": "Skicka respons",
  "links.feedback.nothing": "Svara på minst en fråga innan du skickar.",
  "links.feedback.sent.title": "Tack för din respons!",
  "links.feedback.sent.body":
    "Din respons har sparats anonymt. Länken fungerar inte längre, så du kan stänga sidan.",
  "links.feedback.used.title": "Länken har redan använts för att svara",
  "links.feedback.used.body":
    "Med länken kan man svara bara en gång, eller så gäller länken inte. Om du inte har svarat ännu, kontrollera att du öppnade hela länken i e-postmeddelandet.",
  "links.feedback.closed.title": "Enkäten har stängts",
  "links.feedback.closed.body": "Responsenkäten är inte längre öppen. Tack för ditt intresse!",
  "links.verify.title": "Kontroll av intyg",
  "links.verify.intro": "På den här sidan kan du kontrollera om ett intyg är äkta och gäller.",
  "links.verify.valid": "Intyget gäller",
  "links.verify.valid.body": "Det här intyget är äkta och det gäller.",
  "links.verify.revoked": "Intyget har återkallats",
  "links.verify.revoked.body": "Utfärdaren återkallade intyget {date}. Det gäller inte.",
  "links.verify.unknown.title": "Intyget hittas inte",
  "links.verify.unknown.body":
    "Det finns inget intyg med den här adressen. Kontrollera att adressen är rätt skriven eller att hela QR-koden lästes. Ett intyg som inte hittas gäller inte.",
  "links.verify.facts": "Intygets uppgifter",
  "links.verify.name": "För vem",
  "links.verify.what": "Intyg",
  "links.verify.date": "Utfärdat",
  "links.verify.issuer": "Utfärdare",
  "links.verify.serial": "Intygets nummer",
  "links.verify.only": "Sidan visar bara de uppgifter som behövs för att kontrollera intyget.",
  "links.gathering.title": "Inbjudan till frivilligträff",
  "links.gathering.greeting": "Hej {name}!",
  "links.gathering.intro":
    "Välkommen att träffa andra frivilliga. Vi byter nyheter, stöder varandra och utvecklar verksamheten tillsammans.",
  "links.gathering.when": "När",
  "links.gathering.whenValue": "{date} kl. {start}–{end}",
  "links.gathering.where": "Var",
  "links.gathering.accessibility": "Platsens tillgänglighet",
  "links.gathering.programme": "Program",
  "links.gathering.answerBy": "Svara senast",
  "links.gathering.current": "Ditt svar nu",
  "links.gathering.current.unanswered": "Du har inte svarat ännu.",
  "links.gathering.current.seat": "Du kommer. Du har en plats.",
  "links.gathering.current.waiting":
    "Du vill komma, men träffen är full. Du står i kö. Du får e-post om en plats blir ledig.",
  "links.gathering.current.maybe": "Du kommer kanske. Ingen plats är reserverad för dig.",
  "links.gathering.current.no": "Du kommer inte.",
  "links.gathering.question": "Kommer du till träffen?",
  "links.gathering.choose": "Välj ett alternativ",
  "links.gathering.choice.yes": "Ja, jag kommer",
  "links.gathering.choice.maybe": "Kanske",
  "links.gathering.choice.no": "Jag kommer inte",
  "links.gathering.seatHint": "En plats reserveras bara för dem som svarar ja.",
  "links.gathering.needs":
    "Du kan berätta vad du behöver. Fälten är frivilliga. Bara koordinatorn ser uppgifterna, och de raderas efter träffen.",
  "links.gathering.diet": "Specialkost",
  "links.gathering.diet.hint": "Till exempel glutenfritt eller vegetariskt.",
  "links.gathering.access": "Behov av tillgänglighet",
  "links.gathering.access.hint": "Till exempel rullstol, hörslinga eller behov av att sitta nära.",
  "links.gathering.send": "Skicka svaret",
  "links.gathering.noChange": "Svaret skickas först när du trycker på knappen.",
  "links.gathering.change": "Du kan ändra ditt svar med samma länk till och med {date}.",
  "links.gathering.seat.title": "Välkommen! Du har en plats",
  "links.gathering.seat.body":
    "Ditt svar är sparat. Du får en påminnelse per e-post dagen före träffen.",
  "links.gathering.waiting.title": "Du står i kö",
  "links.gathering.waiting.body":
    "Träffen är full just nu. Ditt svar är sparat och du står i kö för en plats.",
  "links.gathering.waiting.next":
    "Om någon avbokar går platsen till den som står först i kön. Då får du e-post. Du behöver inte göra något.",
  "links.gathering.maybe.title": "Du svarade: kanske",
  "links.gathering.maybe.body":
    "Tack! Du får en påminnelse dagen före. Ingen plats reserveras för dig: om du bestämmer dig för att komma, svara ja med samma länk.",
  "links.gathering.no.title": "Du svarade att du inte kommer",
  "links.gathering.no.body":
    "Tack för att du berättade. Om din situation ändras kan du svara på nytt med samma länk.",
  "links.gathering.closed.title": "Svarstiden har gått ut",
  "links.gathering.closed.body":
    "Det går inte längre att svara eller ändra svaret för den här träffen. Om din situation ändras, kontakta koordinatorn.",
  "links.gathering.cancelled.title": "Träffen är inställd",
  "links.gathering.cancelled.body":
    "Den här träffen ordnas inte. Koordinatorn berättar om nästa träff.",
  "links.gathering.calendar": "Ladda ner träffen till din kalender",
  "links.gathering.calendar.hint": "Filen öppnas i telefonens eller datorns kalender.",
};
