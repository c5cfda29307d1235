export * as Cohort from "./cohort.ts";
export * as Course from "./course.ts";
export * as TrainingLetters from "./letters.ts";
export * as Progress from "./progress.ts";
export {
  type Attendance,
  type Cohort as CohortRecord,
  cohortKinds,
  marks,
  type Session,
  type SessionEntry,
  sessionsBetween,
} from "./store.ts";
