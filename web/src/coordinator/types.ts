import type { Role } from "@rinnalla/core/actor/index.ts";
import type { Entry } from "@rinnalla/core/audit/audit.ts";
import type { SecondFactor } from "@rinnalla/core/auth/session.ts";
import type { publicView } from "@rinnalla/core/coordinator/coordinator.ts";
import type { view } from "@rinnalla/core/mail/outbox.ts";
import type { summary } from "@rinnalla/core/request/inbox.ts";
import type { TimelineEvent } from "@rinnalla/core/request/manage.ts";
import type { Request, Status } from "@rinnalla/core/request/request.ts";

/**
 * The API's answers, typed from the core functions that produce them (type imports only: no
 * server code reaches the browser).
 */

export type { Request, Role, Status, TimelineEvent };

export const statuses = [
  "received",
  "matching",
  "offered",
  "confirmed",
  "completed",
  "cancelled",
  "no_volunteer",
] as const satisfies readonly Status[];

// Every status of the core has a tab: this fails to compile when core adds one.
type MissingStatus = Exclude<Status, (typeof statuses)[number]>;
export const everyStatus: [MissingStatus] extends [never] ? true : never = true;

export interface Me {
  id: string;
  name: string;
  email: string;
  role: Role;
  secondFactor: SecondFactor;
  totpEnrolled: boolean;
}

export type RequestSummary = ReturnType<typeof summary>;

export interface InboxPage {
  status: Status;
  counts: Record<Status, number>;
  requests: RequestSummary[];
  cursor?: string;
}

export type Email = ReturnType<typeof view>;

export interface Detail {
  request: Request;
  timeline: TimelineEvent[];
}

export type CoordinatorView = ReturnType<typeof publicView>;

export type AuditEntry = Entry;

export interface AuditPage {
  entries: AuditEntry[];
  cursor?: string;
}

/** Status changes a coordinator makes by hand (mirrors `transitions` in core request/manage.ts). */
export type Action = "assess" | "cancel" | "noVolunteer";

export const actionsFor: Record<Status, readonly Action[]> = {
  received: ["assess", "cancel", "noVolunteer"],
  matching: ["cancel", "noVolunteer"],
  offered: ["cancel", "noVolunteer"],
  confirmed: ["cancel"],
  completed: [],
  cancelled: [],
  no_volunteer: [],
};

/** Requests that are finished: no more edits or status changes. */
export const closed: readonly Status[] = ["completed", "cancelled", "no_volunteer"];
