import type { Answer, api } from "../../lib/api.ts";

/** Training's answers, typed from the API client. */

export type Course = Answer<typeof api.training.course.$get>;
export type CohortList = Answer<typeof api.training.cohorts.$get>;
export type CohortSummary = CohortList["cohorts"][number];
export type CohortDetail = Answer<(typeof api.training.cohorts)[":id"]["$get"]>;
export type Cohort = CohortDetail["cohort"];
export type CohortKind = Cohort["kind"];
export type Session = Cohort["sessions"][number];
export type Participant = CohortDetail["participants"][number];
export type Attendance = CohortDetail["attendance"][number];
export type Mark = Attendance["mark"];
export type FeedbackStatus = Answer<(typeof api.training.cohorts)[":id"]["feedback"]["$get"]>;
export type Survey = FeedbackStatus["surveys"][number];
export type Results = Answer<(typeof api.training.surveys)[":id"]["results"]["$get"]>;
export type Progress = Answer<(typeof api.training.volunteers)[":id"]["$get"]>;
export type CertificateList = Answer<(typeof api.certificates.of)[":id"]["$get"]>;
export type Certificate = CertificateList["certificates"][number];
export type ServiceDraft = Answer<(typeof api.certificates.of)[":id"]["service-draft"]["$get"]>;
export type Card = Answer<typeof api.volunteers.$get>["volunteers"][number];
