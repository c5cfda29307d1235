export * as Match from "./match.ts";
export { type Factor, type Ranking, rank, type Suggestion } from "./rank.ts";
