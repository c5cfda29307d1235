export * as Erasure from "./erasure.ts";
export * as PersonalData from "./export.ts";
export * as LegalHold from "./hold.ts";
export * as RetentionPolicy from "./policy.ts";
export * as Retention from "./retention.ts";
