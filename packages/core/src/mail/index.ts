export * as Outbox from "./outbox.ts";
export { type Letter, render } from "./render.ts";
