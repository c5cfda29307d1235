import type { viewByLink as cancelView } from "@rinnalla/core/offer/cancellation.ts";
import type { Outcome, viewByLink as offerView } from "@rinnalla/core/offer/offer.ts";
import type {
  CantComeOutcome,
  ReportOutcome,
  viewByLink as visitView,
} from "@rinnalla/core/visit/page.ts";

/** The link API's answers, typed from the core functions that give them (types only). */
export type OfferLinkView = Awaited<ReturnType<typeof offerView>>;
export type CancelLinkView = Awaited<ReturnType<typeof cancelView>>;
export type VisitLinkView = Awaited<ReturnType<typeof visitView>>;
export type OfferOutcome = Outcome;
export type CancelOutcome = "cancelled" | "already_cancelled" | "closed";
export type { CantComeOutcome, ReportOutcome };
