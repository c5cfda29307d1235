export * as Match from "./match.ts";
export * from "./rank.ts";
