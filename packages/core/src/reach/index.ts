export * as Delivery from "./follow-up.ts";
export * as Reach from "./reach.ts";
export * as Segments from "./segments.ts";
export * as Short from "./short.ts";
export {
  MUNICIPALITY_MAX,
  type VolunteerTextTemplate,
  type VolunteerTextVars,
  volunteerTextTemplates,
  volunteerWords,
} from "./volunteer-words.ts";
export {
  NAME_MAX,
  shortWhen,
  type TextTemplate,
  type TextVars,
  textTemplates,
  words,
} from "./words.ts";
