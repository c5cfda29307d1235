import type { Closing, Offering, Visiting } from "@rinnalla/core/lifecycle";

type CantComeOutcome = Visiting.CantComeOutcome;
type ReportOutcome = Visiting.ReportOutcome;
type Outcome = Offering.Outcome;

/** The link API's answers, typed from the core functions that give them (types only). */
export type OfferLinkView = Awaited<ReturnType<typeof Offering.viewByLink>>;
export type CancelLinkView = Awaited<ReturnType<typeof Closing.viewByLink>>;
export type VisitLinkView = Awaited<ReturnType<typeof Visiting.viewByLink>>;
export type OfferOutcome = Outcome;
export type CancelOutcome = "cancelled" | "already_cancelled" | "closed";
export type { CantComeOutcome, ReportOutcome };
