import type { Answer, api } from "../lib/api.ts";

/** The link API's answers, typed from the API client. */
export type OfferLinkView = Answer<typeof api.links.offer.$get>;
export type CancelLinkView = Answer<typeof api.links.cancel.$get>;
export type VisitLinkView = Answer<typeof api.links.visit.$get>;
export type OfferOutcome =
  | Answer<typeof api.links.offer.accept.$post>["outcome"]
  | Answer<typeof api.links.offer.decline.$post>["outcome"];
export type CancelOutcome = Answer<typeof api.links.cancel.$post>["outcome"];
export type CantComeOutcome = Answer<(typeof api.links.visit)["cant-come"]["$post"]>["outcome"];
export type ReportOutcome = Answer<typeof api.links.visit.report.$post>["outcome"];
export type TrainingLinkView = Answer<typeof api.links.training.$get>;
export type TrainingSession = TrainingLinkView["sessions"][number];
export type FeedbackLinkView = Answer<typeof api.links.feedback.$get>;
export type CertificateCheck = Answer<(typeof api.certificates.verify)[":id"]["$get"]>;
export type GatheringLinkView = Answer<typeof api.links.gathering.$get>;
export type GatheringOutcome = Answer<typeof api.links.gathering.$post>;
