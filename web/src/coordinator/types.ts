import { type Status, transitions } from "@rinnalla/core/request";
import type { Answer, api } from "../lib/api.ts";

/** The API's answers as the coordinator app uses them, typed from the API client. */

export { closedStatuses as closed, statuses } from "@rinnalla/core/request";
export type { Status };

/** The signed-in coordinator and how far their sign-in has come. */
export type Me = Answer<typeof api.auth.me.$get>;
export type Role = Me["role"];

/** A new authenticator app's secret (also as a QR code), and whether it replaces one. */
export type Enrolment = Answer<typeof api.auth.totp.enrolment.$post>;

export type InboxPage = Answer<typeof api.inbox.$get>;
export type RequestSummary = InboxPage["requests"][number];

export type Email = Answer<typeof api.emails.failed.$get>["emails"][number];

/** One request: the request, its timeline, and (once reported) the visit report. */
export type Detail = Answer<(typeof api.requests)[":id"]["$get"]>;
export type Request = Detail["request"];
export type TimelineEvent = Detail["timeline"][number];
export type VisitReport = NonNullable<Detail["report"]>;
export type VisitOutcome = VisitReport["happened"];

export type CoordinatorView = Answer<typeof api.admin.coordinators.$get>["coordinators"][number];

export type AuditPage = Answer<typeof api.admin.audit.$get>;
export type AuditEntry = AuditPage["entries"][number];

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
