/**
 * The pages behind emailed links that need no account: a volunteer's offer (`/offer#…`), their
 * visit with "I can't come" and the report (`/visit#…`), and a requester's cancellation
 * (`/cancel#…`). One chunk, loaded by its first route, so the request form's JavaScript does not
 * carry it. Importing `messages.ts` first puts the texts in place.
 */
import "./messages.ts";

export { default as CancelPage } from "./CancelPage.tsx";
export { default as OfferPage } from "./OfferPage.tsx";
export { stylesReady } from "./styles.ts";
export { default as VisitPage } from "./VisitPage.tsx";
