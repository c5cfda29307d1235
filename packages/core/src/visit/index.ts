export * as VisitJobs from "./jobs.ts";
export * as VisitPage from "./page.ts";
export * from "./schema.ts";
export * as Visit from "./visit.ts";
