export * as Coordinator from "./coordinator.ts";
