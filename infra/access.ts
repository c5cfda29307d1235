import type { ScheduleId } from "@rinnalla/core/schedule";
import type { TableAction } from "./storage.ts";

/**
 * What each application function may do besides writing its own logs, declared here and nowhere
 * else: infra/function.ts turns a declaration into grants. Each list is what the function's code
 * path in packages/core really calls; widen one only together with the code that needs it.
 */
export interface FunctionAccess {
  /** Item operations on the table and its gsi1 index. */
  tableActions: readonly TableAction[];
  /**
   * Sends email through SES itself. Everything else only writes outbox items (in the same
   * transaction as the change that causes them) and leaves delivery to the outbox mailer.
   */
  sendsMail: boolean;
  /**
   * Sends text messages through End User Messaging SMS itself (`sms-voice:SendTextMessage` from
   * the sender ID, through the configuration set, infra/sms.ts). Like mail, only the outbox
   * deliverers do.
   */
  sendsTexts: boolean;
}

/**
 * The API: every access pattern of the domain, transactions included (authorised item by item
 * through Put, Update, Delete and ConditionCheck). Delete and BatchWrite are for sessions,
 * sign-in codes and the name search index. It never delivers mail.
 */
export const API_ACCESS: FunctionAccess = {
  tableActions: [
    "dynamodb:GetItem",
    "dynamodb:BatchGetItem",
    "dynamodb:Query",
    "dynamodb:PutItem",
    "dynamodb:UpdateItem",
    "dynamodb:DeleteItem",
    "dynamodb:BatchWriteItem",
    "dynamodb:ConditionCheckItem",
  ],
  sendsMail: false,
  sendsTexts: false,
};

/**
 * Outbox delivery (packages/core/src/mail/outbox.ts): finds due entries on gsi1, claims and
 * settles each with a conditional update, reads the association's contact for the footer (GetItem),
 * sends it (an email through SES, a text through End User Messaging); PutItem records a job's
 * run (`job#<id>`) and, with UpdateItem, a text's fallback (packages/core/src/reach/follow-up.ts).
 */
export const OUTBOX_DELIVERY_ACCESS: FunctionAccess = {
  tableActions: ["dynamodb:Query", "dynamodb:GetItem", "dynamodb:UpdateItem", "dynamodb:PutItem"],
  sendsMail: true,
  sendsTexts: true,
};

/**
 * Text delivery events (packages/functions/src/jobs/sms-status.ts → `Delivery.onStatus`): records
 * the status on the outbox entry (a conditional UpdateItem), reads the entry (GetItem) and, for a
 * failed text, marks it fallen back and raises the coordinator's alert in one transaction
 * (authorised item by item: UpdateItem, and PutItem for the alert). It sends nothing itself.
 */
export const SMS_STATUS_ACCESS: FunctionAccess = {
  tableActions: ["dynamodb:GetItem", "dynamodb:UpdateItem", "dynamodb:PutItem"],
  sendsMail: false,
  sendsTexts: false,
};

/**
 * Replies to the long code (packages/functions/src/jobs/sms-inbound.ts → `Delivery.onReply`):
 * STOP writes the number's opt-out (PutItem), START removes it (DeleteItem). Nothing else.
 */
export const SMS_INBOUND_ACCESS: FunctionAccess = {
  tableActions: ["dynamodb:PutItem", "dynamodb:DeleteItem"],
  sendsMail: false,
  sendsTexts: false,
};

/**
 * Jobs that move requests, offers and visits on and write the resulting emails to the outbox, in
 * transactions guarded by condition checks. None of them deletes anything.
 */
const WORKFLOW_JOB_ACCESS: FunctionAccess = {
  tableActions: [
    "dynamodb:Query",
    "dynamodb:GetItem",
    "dynamodb:BatchGetItem",
    "dynamodb:PutItem",
    "dynamodb:UpdateItem",
    "dynamodb:ConditionCheckItem",
  ],
  sendsMail: false,
  sendsTexts: false,
};

/**
 * The monthly report (packages/core/src/jobs/monthly.ts): reads the coordinators (Query on gsi1),
 * the month's counters and feedback answers (Query), its marker (GetItem), and commits the marker
 * with the emails' outbox entries (a transaction of Puts); PutItem records its run. It changes
 * nothing else, so it gets no UpdateItem.
 */
const MONTHLY_REPORT_ACCESS: FunctionAccess = {
  tableActions: ["dynamodb:Query", "dynamodb:GetItem", "dynamodb:PutItem"],
  sendsMail: false,
  sendsTexts: false,
};

/**
 * Every schedule of packages/core/src/schedule and what its job needs. Keyed by `ScheduleId`, so
 * a new schedule does not compile until it is declared here; `jobAccess` refuses one at synth
 * time too, so a job never silently gets nothing or everything.
 */
/**
 * The retention job (packages/core/src/retention): plans with Queries and BatchGets, rewrites
 * records without their personal details in transactions (Put, Delete, ConditionCheck inside
 * them), deletes audit months and delivery records with BatchWriteItem, revokes an anonymised
 * volunteer's links, and records its run and progress (PutItem). It sends no mail.
 */
const RETENTION_ACCESS: FunctionAccess = {
  tableActions: [
    "dynamodb:Query",
    "dynamodb:GetItem",
    "dynamodb:BatchGetItem",
    "dynamodb:PutItem",
    "dynamodb:UpdateItem",
    "dynamodb:DeleteItem",
    "dynamodb:BatchWriteItem",
    "dynamodb:ConditionCheckItem",
  ],
  sendsMail: false,
  sendsTexts: false,
};

export const JOB_ACCESS: Record<ScheduleId, FunctionAccess> = {
  "outbox-retry": OUTBOX_DELIVERY_ACCESS,
  "offer-expiry": WORKFLOW_JOB_ACCESS,
  "visit-reminders": WORKFLOW_JOB_ACCESS,
  "visit-reports": WORKFLOW_JOB_ACCESS,
  "training-reminders": WORKFLOW_JOB_ACCESS,
  "coordinator-digest": WORKFLOW_JOB_ACCESS,
  "gathering-seasons": WORKFLOW_JOB_ACCESS,
  gatherings: WORKFLOW_JOB_ACCESS,
  anniversaries: WORKFLOW_JOB_ACCESS,
  feedback: WORKFLOW_JOB_ACCESS,
  "monthly-report": MONTHLY_REPORT_ACCESS,
  retention: RETENTION_ACCESS,
};

export function jobAccess(scheduleId: string): FunctionAccess {
  const access = (JOB_ACCESS as Partial<Record<string, FunctionAccess>>)[scheduleId];
  if (!access) {
    throw new Error(
      `Schedule "${scheduleId}" has no entry in JOB_ACCESS (infra/access.ts): declare which ` +
        "table actions its job uses and whether it sends mail.",
    );
  }
  return access;
}
