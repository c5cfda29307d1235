export * as Outbox from "./outbox.ts";
export { render } from "./render.ts";
