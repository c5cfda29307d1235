export * from "./schema.ts";
export * as Visit from "./visit.ts";
