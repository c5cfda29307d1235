import type { fi } from "./fi.ts";

/** Emails: used only on the server. */
export const sv: Record<keyof typeof fi, string> = {
  "mail.greeting": "Hej {name},",
  "mail.signature": "Vänliga hälsningar\nRinnalla – stöd vid myndighetsbesök",
  "mail.noReply": "Det går inte att svara på det här meddelandet.",
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
};
