import type { Role } from "@rinnalla/core/actor/index.ts";
import type { Entry } from "@rinnalla/core/audit/audit.ts";
import type { SecondFactor } from "@rinnalla/core/auth/session.ts";
import type { beginEnrolment } from "@rinnalla/core/auth/totp.ts";
import type { publicView } from "@rinnalla/core/coordinator/coordinator.ts";
import type { view } from "@rinnalla/core/mail/outbox.ts";
import type { summary } from "@rinnalla/core/request/inbox.ts";
import type { TimelineEvent, VisitReport } from "@rinnalla/core/request/manage.ts";
import type { Request } from "@rinnalla/core/request/request.ts";
import { type Status, transitions } from "@rinnalla/core/request/status.ts";
import type { VisitOutcome } from "@rinnalla/core/visit/schema.ts";

/**
 * The API's answers, typed from the core functions that produce them (type imports only: no
 * server code reaches the browser).
 */

export { closedStatuses as closed, statuses } from "@rinnalla/core/request/status.ts";
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
export type Enrolment = Awaited<ReturnType<typeof beginEnrolment>>;

export type RequestSummary = ReturnType<typeof summary>;

export interface InboxPage {
  status: Status;
  counts: Record<Status, number>;
  requests: RequestSummary[];
  cursor?: string;
}

export type Email = ReturnType<typeof view>;

export interface Detail {
  /** `outcome` once the visit is reported: did it happen. */
  request: Request & { outcome?: VisitOutcome };
  timeline: TimelineEvent[];
  /** What the volunteer (or a coordinator) reported after the visit. */
  report?: VisitReport | null;
}

export type CoordinatorView = ReturnType<typeof publicView>;

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
