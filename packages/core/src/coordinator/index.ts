export * as Coordinator from "./coordinator.ts";
export * as Coordinators from "./manage.ts";
