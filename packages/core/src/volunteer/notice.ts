import * as z from "zod";
import * as Actor from "../actor/index.ts";
import { Audit } from "../audit/index.ts";
import { Outbox } from "../mail/index.ts";
import { Privacy } from "../privacy/index.ts";
import { VisibleError } from "../util/errors.ts";
import { fn } from "../util/fn.ts";
import { load } from "./profile.ts";
import { save, type Volunteer } from "./store.ts";

/**
 * A new version of the privacy notice is shown to volunteers at their next visit to their own
 * page: until they say they have read it, the page says it changed, since when, what is new
 * (for the built-in notice) and where to read it. Saying so keeps the version and the date.
 */

/** What their page needs: the current notice, and whether it is news to them. */
export function noticeView(v: Volunteer, notice: Privacy.Notice) {
  return {
    ...Privacy.summary(notice),
    /** Absent for someone who applied before versions were kept: every version is news then. */
    acknowledged: v.notice?.version,
    changed: v.notice?.version !== notice.version,
    /** What is new, in each language; the association's own notice says it itself. */
    ...(notice.kind === "built-in" && {
      changes: {
        fi: notice.texts.fi["privacy.changes"],
        sv: notice.texts.sv["privacy.changes"],
        en: notice.texts.en["privacy.changes"],
      },
    }),
  };
}

export const AcknowledgeInput = z.object({ version: z.string().min(1).max(100) });

/**
 * "I have read it", for the version the page showed. A version that is no longer current (it
 * changed again meanwhile) is refused, so the page shows the newer one. Someone who has ended
 * may still say it: it changes nothing of their record but the date they read it.
 */
export const acknowledge = fn(AcknowledgeInput, async ({ version }, now: Date = new Date()) => {
  const actor = Actor.volunteer();
  const [v, notice] = await Promise.all([load(actor.volunteerId), Privacy.current()]);
  if (version !== notice.version) {
    throw new VisibleError(409, "notice_changed", "error.noticeChanged");
  }
  if (v.notice?.version === version) return v;
  await Privacy.keep(notice);
  const at = now.toISOString();
  await Outbox.commitGuarded([
    ...save({ ...v, notice: { version, at }, version: v.version + 1, updatedAt: at }),
    Audit.entry("volunteer.notice", `volunteer#${v.id}`, { noticeVersion: version }, now),
  ]);
  return v;
});
