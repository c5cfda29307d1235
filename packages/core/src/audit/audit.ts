import * as z from "zod";
import * as Actor from "../actor/index.ts";
import { when } from "../db/expr.ts";
import { defineItem, queryPage, run } from "../db/store.ts";
import { decodeCursor, encodeCursor, type TransactItem } from "../util/db-types.ts";
import { createId } from "../util/id.ts";
import { helsinkiDate } from "../util/time.ts";

/**
 * Who read or changed what, and when. Entries are only ever put (never updated or deleted by
 * the app); a change writes its entry in the same transaction as the change itself.
 */
export const actions = [
  "request.read",
  "request.update",
  "request.assess",
  "request.cancel",
  "request.no_volunteer",
  "request.note",
  "request.assign",
  "request.cancel_by_requester",
  "request.link_client",
  "request.owner",
  "offer.create",
  "offer.accept",
  "offer.decline",
  "offer.withdraw",
  "offer.expire",
  "visit.cant_come",
  "visit.report",
  "request.follow_up",
  "email.retry",
  "coordinator.add",
  "coordinator.deactivate",
  "coordinator.activate",
  "coordinator.role",
  "settings.security",
  "settings.organisation",
  "survey.close",
  "questionnaire.save",
  "feedback.enter",
  "settings.course",
  "training.cohort",
  "training.enrol",
  "training.attendance",
  "training.complete",
  "certificate.issue",
  "certificate.revoke",
  "gathering.draft",
  "gathering.missed",
  "gathering.edit",
  "gathering.publish",
  "gathering.cancel",
  "gathering.answer",
  "gathering.attendance",
  "gathering.needs_cleared",
  "gathering.settings",
  "thanks.send",
  "thanks.preferences",
  "auth.sign_in",
  "auth.sign_out",
  "auth.sign_out_everywhere",
  "auth.totp_enrol",
  "auth.totp_verify",
  "auth.totp_failed",
  "coordinator.reset_totp",
  "alert.resolve",
  "volunteer.read",
  "volunteer.interview",
  "volunteer.status",
  "volunteer.profile",
  "volunteer.note",
  "volunteer.notice",
  "audit.export",
  "accessibility_feedback.answer",
  "settings.retention",
  "retention.run",
  "request.hold",
  "volunteer.hold",
  "person.erase",
  "person.erase_undo",
  "person.export",
] as const;
export type Action = (typeof actions)[number];

const StoredEntry = z.object({
  id: z.string(),
  at: z.string(),
  action: z.enum(actions),
  /** What it concerns, e.g. `request#req_…`. */
  subject: z.string(),
  actorId: z.string(),
  actorEmail: z.string(),
  details: z.record(z.string(), z.unknown()).optional(),
});
export type Entry = z.output<typeof StoredEntry>;

/** The log is kept by Helsinki month, as people look it up. */
const month = (at: string) => helsinkiDate(new Date(at)).slice(0, 7);

const Entries = defineItem({
  type: "audit",
  schema: StoredEntry,
  key: (e: { at: string; id: string }) => ({ pk: `audit#${month(e.at)}`, sk: `${e.at}#${e.id}` }),
  id: (e) => e,
  // gsi1: everything about one subject.
  index: (e) => ({ gsi1pk: `audit#${e.subject}`, gsi1sk: `${e.at}#${e.id}` }),
});

function newEntry(
  action: Action,
  subject: string,
  details: Record<string, unknown> | undefined,
  now: Date,
) {
  const who = Actor.auditName(Actor.use());
  return {
    id: createId("aud"),
    at: now.toISOString(),
    action,
    subject,
    actorId: who.id,
    actorEmail: who.email,
    ...(details && { details }),
  };
}

/** An audit entry to commit with the change it records (entries are only ever put). */
export function entry(
  action: Action,
  subject: string,
  details?: Record<string, unknown>,
  now = new Date(),
): TransactItem {
  return Entries.put(newEntry(action, subject, details, now), when.notExists("pk"));
}

/** For reads, which have no transaction of their own. */
export async function record(
  action: Action,
  subject: string,
  details?: Record<string, unknown>,
  now = new Date(),
): Promise<void> {
  await run(entry(action, subject, details, now));
}

const read = (raw: Record<string, unknown>) => Entries.read(raw);

/** A queried entry, checked (for the admin's filtered view, `audit-log/`). */
export const readEntry = read;

/** One month of the log, newest first. */
export async function listMonth(monthKey: string, cursor?: string, limit = 50) {
  const page = await queryPage({
    partition: `audit#${monthKey}`,
    newestFirst: true,
    limit,
    ...(decodeCursor(cursor) && { startKey: decodeCursor(cursor) }),
  });
  return { entries: page.items.map(read), cursor: encodeCursor(page.next) };
}

/** Everything recorded about one subject (e.g. a request), newest first. */
export async function forSubject(subject: string, limit = 100) {
  const page = await queryPage({
    index: "gsi1",
    partition: `audit#${subject}`,
    newestFirst: true,
    limit,
  });
  return page.items.map(read);
}
