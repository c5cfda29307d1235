export * from "./consent.ts";
export * from "./notice.ts";
