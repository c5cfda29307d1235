/**
 * The coordinator app: one chunk, loaded by its first route (see `app.tsx`). Importing
 * `messages.ts` first puts the coordinator texts into the catalogs before any page renders;
 * `stylesReady` tells when its stylesheet is in.
 */
import "./messages.ts";

export { default as AccessibilityFeedbackPage } from "./accessibility/AccessibilityFeedbackPage.tsx";
export { default as AuditPage } from "./admin/AuditPage.tsx";
export { default as CoordinatorsPage } from "./admin/CoordinatorsPage.tsx";
export { default as OrganisationPage } from "./admin/OrganisationPage.tsx";
export { default as RetentionPage } from "./admin/RetentionPage.tsx";
export { default as SecurityPage } from "./admin/SecurityPage.tsx";
export { default as CalendarPage } from "./calendar/CalendarPage.tsx";
export { default as FailedEmailsPage } from "./FailedEmailsPage.tsx";
export { default as FeedbackEntryPage } from "./feedback/EntryPage.tsx";
export { default as FeedbackPage } from "./feedback/FeedbackPage.tsx";
export { default as GatheringPage } from "./gatherings/GatheringPage.tsx";
export { default as GatheringsPage } from "./gatherings/GatheringsPage.tsx";
export { default as NewGatheringPage } from "./gatherings/NewGatheringPage.tsx";
export { default as SeasonDaysPage } from "./gatherings/SeasonDaysPage.tsx";
export { default as InboxPage } from "./inbox/InboxPage.tsx";
export { default as JobsPage } from "./JobsPage.tsx";
export { default as CoordinatorLayout } from "./Layout.tsx";
export { default as ReportsPage } from "./reports/ReportsPage.tsx";
export { default as RequestDetailPage } from "./request/RequestDetailPage.tsx";
export { default as CodePage } from "./signin/CodePage.tsx";
export { default as EnrolPage } from "./signin/EnrolPage.tsx";
export { default as SignInPage } from "./signin/SignInPage.tsx";
export { default as VerifyPage } from "./signin/VerifyPage.tsx";
export { stylesReady } from "./styles.ts";
export { default as ThanksPage } from "./thanks/ThanksPage.tsx";
export { default as CohortPage } from "./training/CohortPage.tsx";
export { default as CoursePage } from "./training/CoursePage.tsx";
export { default as NewCohortPage } from "./training/NewCohortPage.tsx";
export { default as TrainingPage } from "./training/TrainingPage.tsx";
export { default as BankPage } from "./volunteers/BankPage.tsx";
export { default as VolunteerDetailPage } from "./volunteers/VolunteerDetailPage.tsx";
