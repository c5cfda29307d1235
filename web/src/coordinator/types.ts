import type { Role } from "@rinnalla/core/actor";
import type { Audit } from "@rinnalla/core/audit";
import type { Session, Totp } from "@rinnalla/core/auth";
import type { Coordinator } from "@rinnalla/core/coordinator";
import type { Outbox } from "@rinnalla/core/mail";
import type { Inbox, Request as RequestNs } from "@rinnalla/core/request";
import { type Status, transitions } from "@rinnalla/core/request";

type Entry = Audit.Entry;
type SecondFactor = Session.SecondFactor;
type Request = RequestNs.Request;
type TimelineEvent = RequestNs.TimelineEvent;
type VisitReport = RequestNs.VisitReport;

import type { VisitOutcome } from "@rinnalla/core/visit";

/**
 * The API's answers, typed from the core functions that produce them (type imports only: no
 * server code reaches the browser).
 */

export { closedStatuses as closed, statuses } from "@rinnalla/core/request";
export type { Request, Role, Status, TimelineEvent, VisitOutcome, VisitReport };

export interface Me {
  id: string;
  name: string;
  email: string;
  role: Role;
  secondFactor: SecondFactor;
  totpEnrolled: boolean;
}

/** A new authenticator app's secret (also as a QR code), and whether it replaces one. */
export type Enrolment = Awaited<ReturnType<typeof Totp.beginEnrolment>>;

export type RequestSummary = ReturnType<typeof Inbox.summary>;

export interface InboxPage {
  status: Status;
  counts: Record<Status, number>;
  requests: RequestSummary[];
  cursor?: string;
}

export type Email = ReturnType<typeof Outbox.view>;

export interface Detail {
  /** `outcome` once the visit is reported: did it happen. */
  request: Request & { outcome?: VisitOutcome };
  timeline: TimelineEvent[];
  /** What the volunteer (or a coordinator) reported after the visit. */
  report?: VisitReport | null;
}

export type CoordinatorView = ReturnType<typeof Coordinator.publicView>;

export type AuditEntry = Entry;

export interface AuditPage {
  entries: AuditEntry[];
  cursor?: string;
}

/** Status changes a coordinator makes by hand, and the status each one leads to. */
export type Action = "assess" | "cancel" | "noVolunteer";
const leadsTo: Record<Action, Status> = {
  assess: "matching",
  cancel: "cancelled",
  noVolunteer: "no_volunteer",
};

/** The actions core's `transitions` allow from a status ("assessed" only means the first look). */
export const actionsFor = (status: Status): readonly Action[] =>
  (Object.keys(leadsTo) as Action[]).filter(
    (action) =>
      transitions[status].includes(leadsTo[action]) &&
      (action !== "assess" || status === "received"),
  );
