import type { Visiting } from "@rinnalla/core/lifecycle";
import type {
  Bank,
  endReasons,
  heardFromOptions,
  Interview,
  languageLevels,
  Profile,
  Volunteer as VolunteerNs,
  VolunteerStatus,
} from "@rinnalla/core/volunteer";

type Card = VolunteerNs.Card;
type HistoryEntry = VolunteerNs.HistoryEntry;
type Volunteer = VolunteerNs.Volunteer;

/**
 * The volunteer API's answers, typed from the core functions that produce them (type imports
 * only: no server code reaches the browser).
 */

export type { Card, HistoryEntry, Interview, Profile, Volunteer, VolunteerStatus };
export type EndReason = (typeof endReasons)[number];
export type HeardFrom = (typeof heardFromOptions)[number];
export type LanguageLevel = (typeof languageLevels)[number];

/** What a volunteer sees of themself: never the interview or coordinators' notes. */
export type SelfView = ReturnType<typeof VolunteerNs.selfView>;
export type VolunteerDetail = Awaited<ReturnType<typeof VolunteerNs.detail>>;
export type BankPage = Awaited<ReturnType<typeof Bank.search>>;

/** The volunteer's own visits and totals. */
export type MyVisits = Awaited<ReturnType<typeof Visiting.mine>>;
export type MyVisit = MyVisits["visits"][number];
