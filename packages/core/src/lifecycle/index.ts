export * as Volunteering from "./volunteering.ts";
