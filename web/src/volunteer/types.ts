import type { mine } from "@rinnalla/core/visit/page.ts";
import type { search } from "@rinnalla/core/volunteer/bank.ts";
import type {
  endReasons,
  heardFromOptions,
  Interview,
  languageLevels,
  Profile,
  VolunteerStatus,
} from "@rinnalla/core/volunteer/schema.ts";
import type {
  Card,
  detail,
  HistoryEntry,
  selfView,
  Volunteer,
} from "@rinnalla/core/volunteer/volunteer.ts";

/**
 * The volunteer API's answers, typed from the core functions that produce them (type imports
 * only: no server code reaches the browser).
 */

export type { Card, HistoryEntry, Interview, Profile, Volunteer, VolunteerStatus };
export type EndReason = (typeof endReasons)[number];
export type HeardFrom = (typeof heardFromOptions)[number];
export type LanguageLevel = (typeof languageLevels)[number];

/** What a volunteer sees of themself: never the interview or coordinators' notes. */
export type SelfView = ReturnType<typeof selfView>;
export type VolunteerDetail = Awaited<ReturnType<typeof detail>>;
export type BankPage = Awaited<ReturnType<typeof search>>;

/** The volunteer's own visits and totals. */
export type MyVisits = Awaited<ReturnType<typeof mine>>;
export type MyVisit = MyVisits["visits"][number];
