export * as Monthly from "./store.ts";
export * as Tally from "./tally.ts";
