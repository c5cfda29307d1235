import type { fi } from "./fi.ts";

export const en: Record<keyof typeof fi, string> = {
  offer: "Could you go along as support {when}, {municipality}? Answer: {link}",
  "visit-confirmed":
    "Thank you! You are the support person {when}, {municipality}. Details and cancelling: {link}",
  "visit-reminder": "Reminder: support visit tomorrow {when}, {municipality}. Details: {link}",
  "report-ask": "Thank you for the visit {when}! Tell us briefly how it went: {link}",
  "report-reminder": "Reminder: please tell us how the visit {when} went: {link}",
  "gathering-invitation":
    "Welcome to the support persons' gathering {when}! Answer the invitation: {link}",
};
