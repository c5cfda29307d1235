export * as Cancellation from "./cancellation.ts";
export * as OfferExpiry from "./expiry.ts";
export * as Offer from "./offer.ts";
export { type OfferStatus, type OfferView, offerStatuses } from "./state.ts";
