import type { MessageKey } from "../../lib/i18n.ts";
import { textsOf } from "../jobs.ts";
import type { AuditEntry } from "../types.ts";

/** Each audit action in words (a record: a new action fails the typecheck until it has one). */
export const actionLabels: Record<AuditEntry["action"], MessageKey> = {
  "request.read": "admin.audit.action.requestRead",
  "request.update": "admin.audit.action.requestUpdate",
  "request.assess": "admin.audit.action.requestAssess",
  "request.cancel": "admin.audit.action.requestCancel",
  "request.no_volunteer": "admin.audit.action.requestNoVolunteer",
  "request.note": "admin.audit.action.requestNote",
  "request.assign": "admin.audit.action.requestAssign",
  "request.cancel_by_requester": "admin.audit.action.requestCancelByRequester",
  "request.link_client": "admin.audit.action.requestLinkClient",
  "request.owner": "admin.audit.action.requestOwner",
  "offer.create": "admin.audit.action.offerCreate",
  "offer.accept": "admin.audit.action.offerAccept",
  "offer.decline": "admin.audit.action.offerDecline",
  "offer.withdraw": "admin.audit.action.offerWithdraw",
  "offer.expire": "admin.audit.action.offerExpire",
  "request.follow_up": "admin.audit.action.requestFollowUp",
  "visit.cant_come": "admin.audit.action.visitCantCome",
  "visit.report": "admin.audit.action.visitReport",
  "email.retry": "admin.audit.action.emailRetry",
  "coordinator.add": "admin.audit.action.coordinatorAdd",
  "coordinator.deactivate": "admin.audit.action.coordinatorDeactivate",
  "coordinator.activate": "admin.audit.action.coordinatorActivate",
  "coordinator.role": "admin.audit.action.coordinatorRole",
  "coordinator.reset_totp": "admin.audit.action.coordinatorResetTotp",
  "settings.security": "admin.audit.action.settingsSecurity",
  "settings.organisation": "admin.audit.action.settingsOrganisation",
  "auth.sign_in": "admin.audit.action.signIn",
  "auth.sign_out": "admin.audit.action.signOut",
  "auth.sign_out_everywhere": "admin.audit.action.signOutEverywhere",
  "auth.totp_enrol": "admin.audit.action.totpEnrol",
  "auth.totp_verify": "admin.audit.action.totpVerify",
  "auth.totp_failed": "admin.audit.action.totpFailed",
  "alert.resolve": "admin.audit.action.alertResolve",
  "volunteer.read": "bank.audit.read",
  "volunteer.interview": "bank.audit.interview",
  "volunteer.status": "bank.audit.status",
  "volunteer.profile": "bank.audit.profile",
  "volunteer.note": "bank.audit.note",
  "volunteer.notice": "bank.audit.notice",
  "settings.course": "admin.audit.action.settingsCourse",
  "training.cohort": "admin.audit.action.trainingCohort",
  "training.enrol": "admin.audit.action.trainingEnrol",
  "training.attendance": "admin.audit.action.trainingAttendance",
  "training.complete": "admin.audit.action.trainingComplete",
  "certificate.issue": "admin.audit.action.certificateIssue",
  "certificate.revoke": "admin.audit.action.certificateRevoke",
  "survey.close": "admin.audit.action.surveyClose",
  "questionnaire.save": "admin.audit.action.questionnaireSave",
  "feedback.enter": "admin.audit.action.feedbackEnter",
  "gathering.draft": "admin.audit.action.gatheringDraft",
  "gathering.missed": "admin.audit.action.gatheringMissed",
  "gathering.edit": "admin.audit.action.gatheringEdit",
  "gathering.publish": "admin.audit.action.gatheringPublish",
  "gathering.cancel": "admin.audit.action.gatheringCancel",
  "gathering.answer": "admin.audit.action.gatheringAnswer",
  "gathering.attendance": "admin.audit.action.gatheringAttendance",
  "gathering.needs_cleared": "admin.audit.action.gatheringNeedsCleared",
  "gathering.settings": "admin.audit.action.gatheringSettings",
  "thanks.send": "admin.audit.action.thanksSend",
  "thanks.preferences": "admin.audit.action.thanksPreferences",
  "audit.export": "admin.audit.action.auditExport",
  "accessibility_feedback.answer": "admin.audit.action.a11yFeedbackAnswer",
  "settings.retention": "admin.audit.action.settingsRetention",
  "retention.run": "admin.audit.action.retentionRun",
  "request.hold": "admin.audit.action.requestHold",
  "volunteer.hold": "admin.audit.action.volunteerHold",
  "person.erase": "admin.audit.action.personErase",
  "person.erase_undo": "admin.audit.action.personEraseUndo",
  "person.export": "admin.audit.action.personExport",
};

/** An action in words; one this app does not know yet shows as it is. */
export const actionText = (action: string): MessageKey | undefined =>
  (actionLabels as Record<string, MessageKey | undefined>)[action];

/**
 * Who acted, in words: a message and its values, and the page of the person it names when
 * there is one. `actorId` is a coordinator's id (with their email), a volunteer's `vol_…` (their
 * own pages, with their email), `link:volunteer:<id>` or `link:requester:<requestId>` (someone
 * using an emailed link), `system:<job id or command>` or `public`.
 */
export type ActorText =
  | { text: string }
  | {
      key: MessageKey;
      values?: Record<string, string>;
      /** A message of its own to fill `{name}` with (a job's name). */
      nameKey?: MessageKey;
      href?: string;
    };

export function actorOf(entry: Pick<AuditEntry, "actorId" | "actorEmail">): ActorText {
  const { actorId: id, actorEmail: email } = entry;
  const link = /^link:(volunteer|requester):(.+)$/.exec(id);
  if (link?.[1] === "volunteer" && link[2]) {
    return {
      key: "admin.audit.actor.volunteerLink",
      href: `/coordinator/volunteers/${encodeURIComponent(link[2])}`,
    };
  }
  if (link?.[1] === "requester" && link[2]) {
    return {
      key: "admin.audit.actor.requesterLink",
      href: `/coordinator/requests/${encodeURIComponent(link[2])}`,
    };
  }
  if (id.startsWith("system:")) {
    const name = id.slice("system:".length);
    const job = textsOf(name);
    return job
      ? { key: "admin.audit.actor.job", nameKey: job.name }
      : { key: "admin.audit.actor.system", values: { name } };
  }
  if (id === "public") return { key: "admin.audit.actor.public" };
  if (id.startsWith("vol_") && email) {
    return {
      key: "admin.audit.actor.volunteer",
      values: { email },
      href: `/coordinator/volunteers/${encodeURIComponent(id)}`,
    };
  }
  // A coordinator: their email, as the log has always shown them.
  if (email) return { text: email };
  return { key: "admin.audit.system" };
}
