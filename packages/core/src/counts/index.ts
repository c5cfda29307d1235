export * as Counts from "./counts.ts";
