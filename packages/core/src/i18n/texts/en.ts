import type { fi } from "./fi.ts";

export const en: Record<keyof typeof fi, string> = {
  "request-received":
    "We got your request {reference}: support {when}. We will tell you when a support person is found. Reply STOP to end texts.",
  "support-found":
    "A support person was found. {name} will come with you {when}. To cancel: {link}",
  "client-reminder":
    "Reminder: tomorrow {when} your support person {name} comes with you. ({reference})",
  "request-cancelled": "Request {reference} is cancelled. If you need support, make a new request.",
  "request-no_volunteer":
    "Sorry, we could not find a support person for request {reference}. You can call us.",
  "survey-after-client": "How did the visit go? Answer three questions, under a minute: {link}",
};
