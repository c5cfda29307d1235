import type { fi } from "./fi.ts";

/** Emails: used only on the server. */
export const en: Record<keyof typeof fi, string> = {
  "mail.greeting": "Hello {name},",
  "mail.signature": "Kind regards\nRinnalla accompaniment support",
  "mail.noReply": "This message cannot be replied to.",
  "mail.requestReceived.subject": "We have received your request ({reference})",
  "mail.requestReceived.body":
    "Thank you for your request. We have received it with the reference number {reference}.",
  "mail.requestReceived.when": "Time of the appointment: {when}",
  "mail.requestReceived.next":
    "A coordinator will look for a suitable support person and let you know when one has been found. If anything changes, please give the reference number.",
  "mail.signIn.subject": "Your sign-in link for Rinnalla",
  "mail.signIn.body": "Sign in with the link below. It works once, for {minutes} minutes.",
  "mail.signIn.notYou": "If you did not ask for this link, you can ignore this message.",
  "mail.cancelled.subject": "Request {reference} has been cancelled",
  "mail.cancelled.body":
    "The request for a support person {reference} ({when}) has been cancelled.",
  "mail.cancelled.next":
    "If you need support later, you can make a new request at any time. We are here for you.",
  "mail.noVolunteer.subject": "We could not find a support person ({reference})",
  "mail.noVolunteer.body":
    "Unfortunately we could not find a support person for the appointment on {when} (request {reference}).",
  "mail.noVolunteer.next":
    "We are sorry. You are welcome to make a new request for another appointment at any time.",
  "mail.application.subject": "Thank you for wanting to volunteer",
  "mail.application.body":
    "We have received your application to become a volunteer support person.",
  "mail.application.next":
    "A coordinator will contact you to agree on an interview. After that comes a training of four sessions.",
  "mail.volunteerLink.subject": "A link to your own details",
  "mail.volunteerLink.body":
    "You can see and update your details and times with the link below. It works once, for {minutes} minutes.",
};
