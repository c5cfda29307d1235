import type { MessageKey } from "../../lib/i18n.ts";
import type { Request } from "../types.ts";

/** Labels for a request's fields, as coordinators see them (detail, edit form, timeline). */
export const fieldLabels: Record<string, MessageKey> = {
  requesterRole: "detail.field.requesterRole",
  requester: "detail.field.requester",
  "requester.name": "detail.field.requester.name",
  "requester.organisation": "detail.field.requester.organisation",
  "requester.email": "detail.field.requester.email",
  "requester.phone": "detail.field.requester.phone",
  client: "detail.field.client",
  "client.name": "detail.field.client.name",
  "client.email": "detail.field.client.email",
  "client.phone": "detail.field.client.phone",
  "client.languages": "detail.field.client.languages",
  "client.otherLanguage": "detail.field.client.otherLanguage",
  preferredContact: "detail.field.preferredContact",
  sector: "detail.field.sector",
  description: "detail.field.description",
  place: "detail.field.place",
  municipality: "detail.field.municipality",
  date: "detail.field.date",
  startTime: "detail.field.startTime",
  durationMinutes: "detail.field.durationMinutes",
  supportNeeds: "detail.field.supportNeeds",
  locale: "detail.field.locale",
};

export const onBehalf = (request: Pick<Request, "requesterRole">) =>
  request.requesterRole !== "client";

/** Whom the office talks to about the request: the client, or the requester on their behalf. */
export function contactPerson(request: Request) {
  return onBehalf(request) ? (request.requester ?? {}) : request.client;
}

/** The address status emails go to (as core's `confirmationAddress`), if there is one. */
export function emailAddress(request: Request): string | undefined {
  return contactPerson(request).email || undefined;
}

/** The phone number to call when there is no email address. */
export function phoneNumber(request: Request): string | undefined {
  return contactPerson(request).phone || request.client.phone || undefined;
}
