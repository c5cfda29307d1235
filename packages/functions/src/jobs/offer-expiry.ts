import { OfferExpiry } from "@rinnalla/core/offer/index.ts";

export const handler = () => OfferExpiry.expireDue();
