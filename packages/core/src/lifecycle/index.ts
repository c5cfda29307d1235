export * as Closing from "./closing.ts";
export * as Offering from "./offering.ts";
export * as Qualifying from "./qualifying.ts";
export * as Visiting from "./visiting.ts";
export * as Volunteering from "./volunteering.ts";
