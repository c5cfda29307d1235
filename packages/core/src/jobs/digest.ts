import * as z from "zod";
import { AccessibilityFeedback } from "../accessibility-feedback/index.ts";
import { config } from "../config/index.ts";
import { Coordinator } from "../coordinator/index.ts";
import { when } from "../db/expr.ts";
import { defineItem } from "../db/store.ts";
import { ConditionsFailed } from "../db/transact.ts";
import { type Locale, t } from "../i18n/index.ts";
import { Letters } from "../letters/index.ts";
import { addressed, type Letter, Outbox } from "../mail/index.ts";
import { Offer } from "../offer/index.ts";
import { Request } from "../request/index.ts";
import { DIGEST_HOUR } from "../schedule/index.ts";
import { addDays, formatAppointment, helsinkiDate, helsinkiHour } from "../util/time.ts";
import { Visit } from "../visit/index.ts";

/**
 * The morning digest: one email per active coordinator, from 07:00 Helsinki time, once a day
 * (a marker item for the date commits with the emails). References and times only: the digest
 * names nobody.
 */

const AHEAD_DAYS = 7;
const LISTED = 15;

/** Requests without a volunteer whose appointment is in the coming days, soonest first. */
async function unmatched(now: Date, until: string) {
  const lists = await Promise.all(
    (["received", "matching", "offered"] as const).map((status) =>
      Request.startingBetween(status, now.toISOString(), until),
    ),
  );
  return lists.flat().sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

/** The day's marker: its conditional write makes the digest go out once a day. */
const Sent = defineItem({
  type: "digest",
  schema: z.object({ date: z.string(), at: z.string() }),
  key: (date: string) => ({ pk: "digest", sk: date }),
  id: (d) => d.date,
  // Cleanup after a month (TTL).
  expiresAt: (d) => Math.floor(Date.parse(`${addDays(d.date, 31)}T00:00:00Z`) / 1000),
});

export interface Situation {
  today: string;
  open: Pick<Request.Request, "reference" | "date" | "startTime">[];
  offers: number;
  unreported: number;
  /** Accessibility feedback past its 14 days and still unanswered: said only when there is some. */
  a11yOverdue?: number;
}

/** References and times only: the digest names nobody. */
export function digestLetter(
  name: string,
  { today, open, offers, unreported, a11yOverdue = 0 }: Situation,
  locale: Locale = "fi",
): Letter {
  const lines = open
    .slice(0, LISTED)
    .map((r) => `${r.reference} – ${formatAppointment(locale, r.date, r.startTime)}`);
  return {
    locale,
    name,
    subject: t(locale, "mail.digest.subject", {
      date: Letters.dateOf(locale, today),
    }),
    body: [
      t(locale, "mail.digest.body"),
      [t(locale, "mail.digest.unmatched", { count: open.length }), ...lines].join("\n"),
      t(locale, "mail.digest.pendingOffers", { count: offers }),
      t(locale, "mail.digest.unreported", { count: unreported }),
      ...(a11yOverdue > 0 ? [t(locale, "mail.digest.a11yOverdue", { count: a11yOverdue })] : []),
      {
        action: {
          label: t(locale, "mail.action.workspace"),
          url: `${config().SITE_URL}/coordinator`,
        },
      },
    ],
  };
}

export async function sendDue(now = new Date()) {
  if (helsinkiHour(now) < DIGEST_HOUR) return { sent: 0, skipped: "before 07:00" };
  const today = helsinkiDate(now);
  const until = new Date(now.getTime() + AHEAD_DAYS * 86_400_000).toISOString();
  const [coordinators, open, offers, unreported, a11yOverdue] = await Promise.all([
    Coordinator.list(),
    unmatched(now, until),
    Offer.openCount(now),
    Visit.plannedBetween(
      new Date(now.getTime() - 45 * 86_400_000).toISOString(),
      now.toISOString(),
    ).then((visits) => visits.filter((v) => v.endsAt <= now.toISOString()).length),
    AccessibilityFeedback.overdueCount(now),
  ]);
  const active = coordinators.filter((c) => c.active);
  const situation = { today, open, offers, unreported, a11yOverdue };
  const mails = active.map((c) =>
    Outbox.entry(
      `coordinator#${c.id}`,
      "digest",
      addressed(c.email, digestLetter(c.name, situation)),
      now,
    ),
  );
  try {
    await Outbox.commit(
      [Sent.put({ date: today, at: now.toISOString() }, when.notExists("pk"))],
      mails,
    );
  } catch (error) {
    if (error instanceof ConditionsFailed) return { sent: 0, skipped: "already sent today" };
    throw error;
  }
  return {
    sent: mails.length,
    unmatched: open.length,
    pendingOffers: offers,
    unreported,
    a11yOverdue,
  };
}
