export * as Calendar from "./calendar.ts";
