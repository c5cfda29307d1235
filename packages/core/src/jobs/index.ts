export * as Digest from "./digest.ts";
export * as GatheringJobs from "./gatherings.ts";
export * as Jobs from "./jobs.ts";
export * as MonthlyReport from "./monthly.ts";
export * as OfferExpiry from "./offers.ts";
export * as TrainingJobs from "./training.ts";
export * as VisitJobs from "./visits.ts";
