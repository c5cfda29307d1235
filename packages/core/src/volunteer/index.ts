export * as Bank from "./bank.ts";
export * from "./schema.ts";
export * as Volunteer from "./volunteer.ts";
