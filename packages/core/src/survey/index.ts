export * from "./questions.ts";
export * as Survey from "./survey.ts";
