import type { fi } from "./fi.ts";

/** Behöver granskas av en person med svenska som modersmål. */
export const sv: Record<keyof typeof fi, string> = {
  "request-received":
    "Vi fick din begäran {reference}: stöd {when}. Vi meddelar när en stödperson hittats. Svara STOP för att sluta få sms.",
  "support-found":
    "En stödperson har hittats. {name} följer med {when}. Avboka om tiden inte passar: {link}",
  "client-reminder": "Påminnelse: i morgon {when} följer stödpersonen {name} med. ({reference})",
  "request-cancelled": "Begäran {reference} är avbokad. Gör en ny begäran om du behöver stöd.",
  "request-no_volunteer":
    "Vi hittade tyvärr ingen stödperson för begäran {reference}. Du kan ringa oss.",
  "survey-after-client": "Hur gick besöket? Svara på tre frågor, det tar under en minut: {link}",
};
