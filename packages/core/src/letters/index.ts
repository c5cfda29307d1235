export * as Letters from "./letters.ts";
