export * as Search from "./search.ts";
