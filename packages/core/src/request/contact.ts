import { type Reach, shortWhen } from "../reach/index.ts";
import { confirmationAddress } from "./schema.ts";
import type { Request } from "./store.ts";

/**
 * The person we talk to about a request (the client, or whoever asked on their behalf), and
 * how they want to hear from us: email if they gave an address, texts if they gave a number and
 * said yes to texts.
 */
export function contactOf(request: Request): Reach.Person {
  const phone =
    request.requesterRole === "client" ? request.client.phone : request.requester?.phone;
  const email = confirmationAddress(request);
  return {
    locale: request.locale,
    ...(email && { email }),
    ...(phone && { phone }),
    texts: request.consent?.sms === true,
    request: { id: request.id, reference: request.reference },
  };
}

/** The client themself, when someone else asked: texts only if the client filled the form. */
export function clientOf(request: Request): Reach.Person {
  const own = request.requesterRole === "client";
  return {
    locale: request.locale,
    ...(request.client.email && { email: request.client.email }),
    ...(own && request.client.phone && { phone: request.client.phone }),
    texts: own && request.consent?.sms === true,
    request: { id: request.id, reference: request.reference },
  };
}

/** The appointment as a text writes it. */
export const shortWhenOf = (request: Request) =>
  shortWhen(request.locale, request.date, request.startTime);
