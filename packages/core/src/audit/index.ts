export * as Audit from "./audit.ts";
