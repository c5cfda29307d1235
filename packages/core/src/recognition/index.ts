export * as Milestones from "./milestones.ts";
export * as Recognition from "./recognition.ts";
