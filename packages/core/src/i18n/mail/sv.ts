import type { fi } from "./fi.ts";

/** Emails: used only on the server. */
export const sv: Record<keyof typeof fi, string> = {
  "mail.greetingPlain": "Hej,",
  "mail.greeting": "Hej {name},",
  "mail.signature": "Vänliga hälsningar\n{organisation}",
  "mail.linkFallback": "Om knappen inte fungerar, öppna den här adressen:",
  "mail.footer.phone": "Tfn",
  "mail.footer.canReply": "Du kan svara på det här meddelandet, så når det oss.",
  "mail.footer.noReply":
    "Det går inte att svara på det här meddelandet. Kontakta oss med uppgifterna ovan.",
  "mail.footer.noReplyPlain": "Det går inte att svara på det här meddelandet.",
  "mail.action.offer": "Se uppgifterna och svara",
  "mail.action.visit": "Öppna besökets sida",
  "mail.action.cancel": "Meddela att besöket blir inställt",
  "mail.action.cantCome": "Meddela att du inte kan komma",
  "mail.action.report": "Berätta hur det gick",
  "mail.action.signIn": "Logga in",
  "mail.action.profile": "Öppna dina uppgifter",
  "mail.action.workspace": "Öppna Rinnalla",
  "mail.action.monthlyReport": "Öppna månadens rapport",
  "mail.action.request": "Öppna begäran",
  "mail.requestReceived.subject": "Din begäran har tagits emot ({reference})",
  "mail.requestReceived.body":
    "Tack för din begäran. Vi har tagit emot den med referensnumret {reference}.",
  "mail.requestReceived.when": "Tid för mötet: {when}",
  "mail.requestReceived.next":
    "Koordinatorn söker en lämplig stödperson och meddelar när en stödperson har hittats. Om något ändras, uppge referensnumret.",
  "mail.signIn.subject": "Inloggningslänk till Rinnalla",
  "mail.signIn.body": "Logga in med länken nedan. Länken fungerar en gång och i {minutes} minuter.",
  "mail.signIn.notYou": "Om du inte bad om länken kan du lämna meddelandet utan åtgärd.",
  "mail.cancelled.subject": "Begäran {reference} har annullerats",
  "mail.cancelled.body": "Begäran om stödperson {reference} ({when}) har annullerats.",
  "mail.cancelled.next":
    "Om du behöver stöd senare kan du göra en ny begäran när som helst. Vi finns här.",
  "mail.noVolunteer.subject": "Vi hittade ingen stödperson ({reference})",
  "mail.noVolunteer.body":
    "Tyvärr hittade vi ingen stödperson till mötet {when} (begäran {reference}).",
  "mail.noVolunteer.next":
    "Vi beklagar. Du kan göra en ny begäran för ett annat möte när som helst.",
  "mail.application.subject": "Tack för att du vill bli frivillig",
  "mail.application.body": "Vi har tagit emot din ansökan om att bli frivillig stödperson.",
  "mail.application.next":
    "Koordinatorn kontaktar dig och kommer överens om en intervju. Därefter följer en utbildning på fyra tillfällen.",
  "mail.volunteerLink.subject": "Länk till dina egna uppgifter",
  "mail.volunteerLink.body":
    "Du kan se och uppdatera dina uppgifter och tider med länken nedan. Länken fungerar en gång och i {minutes} minuter.",
  "mail.offer.subject": "Kan du följa med som stöd {date}?",
  "mail.offer.body":
    "Vi söker en stödperson till ett besök. Här är det vi kan berätta innan du svarar.",
  "mail.offer.what": "Ärende: {sector}",
  "mail.offer.when": "Tid: {when}, cirka {minutes} min",
  "mail.offer.where": "Ort: {municipality}",
  "mail.offer.client": "Klientens förnamn: {firstName}",
  "mail.offer.answer": "Svara senast {deadline}. Öppna länken för att se uppgifterna och svara.",
  "mail.offer.role":
    "Kom ihåg: stödpersonen går bredvid och stöder i ärendet. Stödpersonen är inte en personlig assistent och ger inte vård eller fysisk hjälp.",
  "mail.offerWithdrawn.subject": "Besöket {date} som vi erbjöd är inte längre öppet",
  "mail.offerWithdrawn.body":
    "Besöket {when} som vi erbjöd dig behöver inte längre en stödperson. Du behöver inte göra något. Tack!",
  "mail.visitConfirmed.subject": "Bekräftelse: besök {date}",
  "mail.visitConfirmed.body":
    "Tack för att du följer med som stöd! Här är uppgifterna om besöket. En kalenderpost finns som bilaga.",
  "mail.visitConfirmed.client": "Klient: {name}",
  "mail.visitConfirmed.when": "Tid: {when}, cirka {minutes} min",
  "mail.visitConfirmed.where": "Mötesplats: {place}, {municipality}",
  "mail.visitConfirmed.contact": "Kontaktuppgifter:",
  "mail.visitConfirmed.firstMeeting": "Första träff före besöket: {when}, {place}",
  "mail.visitConfirmed.page": "Alla uppgifter, också vad ärendet gäller, finns på besökets sida.",
  "mail.visitConfirmed.calendarName": "Besök: {firstName}",
  "mail.found.subject": "En stödperson har hittats ({reference})",
  "mail.found.body":
    "Goda nyheter: stödpersonen {firstName} följer med till besöket. Du är inte ensam.",
  "mail.found.when": "Tid: {when}",
  "mail.found.where": "Mötesplats: {place}",
  "mail.found.firstMeeting": "Före besöket träffas ni en gång för att bekanta er: {when}, {place}",
  "mail.found.cancel":
    "Om besöket blir inställt, meddela det via den här länken så berättar vi för stödpersonen.",
  "mail.visitCancelled.subject": "Besöket {date} är inställt",
  "mail.visitCancelled.body":
    "Besöket {when} är inställt. Du behöver inte gå. Tack för att du var beredd att hjälpa!",
  "mail.reminder.subject": "Påminnelse: besök i morgon {date}",
  "mail.reminder.body":
    "I morgon har du ett besök där du är stöd. Här är uppgifterna en gång till.",
  "mail.reminder.cantCome":
    "Om du inte kan komma, meddela det genast via den här länken så söker vi en annan stödperson.",
  "mail.clientReminder.subject": "Påminnelse: besök i morgon ({reference})",
  "mail.clientReminder.body":
    "Stödpersonen {firstName} följer med dig i morgon. Tid: {when}. Mötesplats: {place}.",
  "mail.reportAsk.subject": "Hur gick besöket? ({date})",
  "mail.reportAsk.body":
    "Tack för att du var stöd! Berätta kort hur besöket gick. Det tar ett par minuter.",
  "mail.reportReminder.subject": "Påminnelse: kan du berätta hur besöket {date} gick?",
  "mail.monthly.subject": "Månadens siffror: {month}",
  "mail.monthly.body": "Här är de viktigaste siffrorna för förra månaden ({month}).",
  "mail.monthly.more": "Hela rapporten med tabeller och diagram finns i Rinnalla.",
  "mail.monthly.optOut":
    "Vill du inte få de här meddelandena? Du kan stänga av dem i Rinnalla, i menyn under ditt namn.",
  "mail.digest.subject": "Morgonöversikt {date}",
  "mail.digest.body": "Så här ser det ut i morse.",
  "mail.digest.unmatched": "Utan stödperson inom 7 dagar: {count}",
  "mail.digest.pendingOffers": "Erbjudanden utan svar: {count}",
  "mail.digest.unreported": "Besök utan rapport: {count}",
  "mail.alert.subject": "Brådskande: {reference} behöver dig",
  "mail.alert.volunteer_cancelled":
    "Stödpersonen meddelade att hen inte kan komma till besöket ({reference}). Begäran är tillbaka i sökningen: hitta en ny stödperson.",
  "mail.alert.safety_concern":
    "Stödpersonen skrev om säkerhet i sin rapport ({reference}). Läs rapporten och kontakta stödpersonen.",
  "mail.security.subject": "Dina inloggningsinställningar har ändrats",
  "mail.security.appAdded":
    "En ny autentiseringsapp kopplades till ditt konto {at}. Dina tidigare reservkoder fungerar inte längre.",
  "mail.security.recoveryUsed":
    "Du loggade in med en reservkod {at}. Du har {count} reservkoder kvar.",
  "mail.security.appRemoved":
    "Administratören {admin} tog bort autentiseringsappen från ditt konto {at}. Du tar i bruk en ny app nästa gång du loggar in.",
  "mail.security.notYou": "Om det inte var du, kontakta genast en administratör.",
  "mail.training.topic.role": "Introduktion till stödpersonens uppgifter",
  "mail.training.topic.serviceSystem": "Servicesystemet och förvaltningslagen",
  "mail.training.topic.communication": "Kommunikation och interaktion",
  "mail.training.topic.practice": "Praktisk handledning och säkerhet",
  "mail.training.session": "{n}. {topic}: {when}, {place}",
  "mail.training.invite.subject": "Inbjudan till utbildning: {name}",
  "mail.training.invite.body":
    "Välkommen till utbildningen för stödpersoner {name}. Utbildningstillfällen:",
  "mail.training.invite.answer": "Berätta om du kan delta. Kalenterposterna finns som bilaga.",
  "mail.training.reminder.subject": "Påminnelse: utbildning i morgon ({topic})",
  "mail.training.reminder.body": "I morgon är det utbildning. Välkommen!",
  "mail.training.feedback.subject": "Respons på utbildningen {name}",
  "mail.training.feedback.body":
    "Tack för att du deltog i utbildningen! Berätta hur utbildningen förberedde dig för uppgiften. Det tar några minuter.",
  "mail.training.feedback.anonymous":
    "Du svarar anonymt: ditt svar kan inte kopplas till dig och kan inte ändras i efterhand.",
  "mail.action.training": "Svara på inbjudan",
  "mail.action.feedback": "Ge respons",
  "certificate.issued": "Utfärdat",
  "certificate.issuedBy": "Utfärdare",
  "certificate.serial": "Intygets nummer",
  "certificate.verify": "Intygets äkthet kan kontrolleras på den här adressen eller med QR-koden:",
  "certificate.training.title": "Intyg över utbildning för stödpersoner",
  "certificate.training.body":
    "har genomgått utbildningen för frivilliga stödpersoner ({hours} timmar).",
  "certificate.training.sessions": "Utbildningens innehåll:",
  "certificate.service.title": "Intyg över frivilligverksamhet",
  "certificate.service.body":
    "har verkat som frivillig stödperson vid myndighetsbesök {from}–{to}.",
  "certificate.service.visits": "Besök som stödperson: {count}.",
  "certificate.service.sectors": "Ärenden: {sectors}.",
  "certificate.service.training":
    "Utbildningar: {hours} timmar, varav utbildningen för stödpersoner {course}.",
  "certificate.service.courseDone": "genomgången",
  "certificate.service.courseNotDone": "inte genomgången",
  "certificate.service.thanks":
    "Vi tackar för ett pålitligt och krävande arbete vid andra människors sida.",
  "mail.gathering.title.spring": "Vårträffen {year}",
  "mail.gathering.title.autumn": "Höstträffen {year}",
  "mail.gathering.when": "Tid: {when}",
  "mail.gathering.place": "Plats: {place}",
  "mail.gathering.accessibility": "Tillgänglighet: {text}",
  "mail.gathering.invite.subject": "Inbjudan: {title}",
  "mail.gathering.invite.body":
    "Välkommen till de frivilligas träff {title}! På träffen delar vi erfarenheter, stöder varandra och lär oss tillsammans.",
  "mail.gathering.invite.answerBy":
    "Berätta senast {date} om du kommer. Du kan ändra ditt svar fram till dess. En kalenderpost finns som bilaga.",
  "mail.gathering.answer.yes": "Jag kommer",
  "mail.gathering.answer.maybe": "Jag kommer kanske",
  "mail.gathering.answer.no": "Jag kan inte komma",
  "mail.gathering.movedUp.subject": "Du har fått en plats: {title}",
  "mail.gathering.movedUp.body":
    "Du stod i kö till träffen {title}, och nu har en plats blivit ledig för dig. Välkommen! Om du ändå inte kan komma, meddela via länken.",
  "mail.gathering.reminder.subject": "Påminnelse: {title} i morgon",
  "mail.gathering.reminder.body": "I morgon är det de frivilligas träff. Välkommen!",
  "mail.gathering.reminder.change": "Om du ändå inte kan komma, meddela här",
  "mail.gathering.thanks.subject": "Tack för att du kom: {title}",
  "mail.gathering.thanks.body":
    "Tack för att du var med på träffen {title}! Frivilliga som du gör den här verksamheten möjlig.",
  "mail.gathering.thanks.ask":
    "Vill du berätta om träffen var till nytta och vad du önskar nästa gång? Du svarar anonymt, två frågor.",
  "mail.action.gathering": "Svara på inbjudan",
  "mail.thanks.subject": "Tack till dig",
  "mail.thanks.milestone.firstVisit": "ditt första besök som stödperson",
  "mail.thanks.milestone.visits": "redan {count} besök som stödperson",
  "mail.thanks.milestone.years": "{count} år som frivillig",
  "mail.thanks.milestone.training": "utbildningen för stödpersoner genomgången",
  "mail.thanks.draft.opening": "Vi vill tacka dig: {reached}!",
  "mail.thanks.draft.body":
    "Tack vare dig har många fått stöd i en situation där de inte hade velat vara ensamma. Ditt arbete är viktigt för oss.",
  "mail.thanks.draft.closing": "Varmt tack för att du är med.",
  "mail.gathering.cancelled.subject": "Inställd: {title}",
  "mail.gathering.cancelled.body":
    "Tyvärr är träffen {title} inställd. Tack för att du anmälde dig. Vi berättar om nästa träff i god tid.",
  "mail.survey.action": "Svara på enkäten",
  "mail.survey.anonymous":
    "Det tar mindre än en minut. Man kan inte se vem som har svarat, och svaret påverkar inte tjänsten.",
  "mail.survey.stop": "Om du inte vill få fler enkäter kan du säga det på enkätens sida.",
  "mail.survey.before":
    "Vill du svara på tre frågor före besöket? Vi frågar samma sak efter besöket, så att vi ser om stödet hjälpte.",
  "mail.survey.before.action": "Svara före besöket",
  "mail.survey.clientAfter.subject": "Hur gick besöket?",
  "mail.survey.clientAfter.body":
    "Tack för att du använde stödpersonstjänsten. Vill du berätta hur besöket gick?",
  "mail.survey.professionalAfter.subject": "Respons på samarbetet med stödpersonen ({reference})",
  "mail.survey.professionalAfter.body":
    "Du bad om en stödperson för din klient. Vill du berätta hur samarbetet fungerade och om stödpersonen hjälpte dig i ditt arbete?",
  "mail.survey.volunteerRound.subject": "Hur har det gått som stödperson?",
  "mail.survey.volunteerRound.body":
    "Två gånger om året frågar vi hur det känns att vara stödperson och vad som skulle hjälpa dig. Fyra frågor.",
  "mail.survey.partnerRound.subject": "Hur har vårt samarbete fungerat?",
  "mail.survey.partnerRound.body":
    "Två gånger om året frågar vi våra samarbetspartner hur samarbetet med stödpersonsverksamheten har fungerat.",
  "mail.a11yFeedback.subject": "Tack för din respons om tillgänglighet",
  "mail.a11yFeedback.body":
    "Vi fick din respons om tillgänglighet {date}. Tack för att du berättade.",
  "mail.a11yFeedback.due": "Vi svarar senast {date}.",
  "mail.a11yFeedback.authority":
    "Om du inte får svar inom 14 dagar eller inte är nöjd med svaret kan du anmäla saken till tillsynsmyndigheten. Kontaktuppgifterna finns i tjänstens tillgänglighetsutlåtande.",
  "mail.digest.a11yOverdue": "Respons om tillgänglighet obesvarad i över 14 dagar: {count}",
};
