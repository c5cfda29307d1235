export { answerBy } from "./deadline.ts";
export * as Offer from "./state.ts";
export { type OfferStatus, type OfferView, offerStatuses } from "./state.ts";
