import { config } from "../config/index.ts";
import { list } from "../coordinator/coordinator.ts";
import { tableName } from "../db/client.ts";
import { queryAll } from "../db/query.ts";
import { ConditionsFailed, transact } from "../db/transact.ts";
import { t } from "../i18n/index.ts";
import { Outbox, render } from "../mail/index.ts";
import type { Request } from "../request/request.ts";
import { DIGEST_HOUR } from "../schedule/index.ts";
import { addDays, formatAppointment, helsinkiDate, helsinkiHour } from "../util/time.ts";
import * as Visit from "../visit/visit.ts";

/**
 * The morning digest: one email per active coordinator, from 07:00 Helsinki time, once a day
 * (a marker item for the date commits with the emails). References and times only: the digest
 * names nobody.
 */

const AHEAD_DAYS = 7;
const LISTED = 15;

async function unmatched(now: Date, until: string) {
  const lists = await Promise.all(
    (["received", "matching", "offered"] as const).map((status) =>
      queryAll({
        TableName: tableName(),
        IndexName: "gsi1",
        KeyConditionExpression: "gsi1pk = :pk AND gsi1sk BETWEEN :from AND :to",
        ExpressionAttributeValues: {
          ":pk": `requests#${status}`,
          ":from": now.toISOString(),
          ":to": `${until}#~`,
        },
        ProjectionExpression: "#reference, #date, startTime, startsAt, #status",
        ExpressionAttributeNames: {
          "#reference": "reference",
          "#date": "date",
          "#status": "status",
        },
      }),
    ),
  );
  // Soonest first: the most urgent is the one happening next.
  return (
    lists.flat() as unknown as Pick<
      Request,
      "reference" | "date" | "startTime" | "startsAt" | "status"
    >[]
  ).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

async function pendingOffers(now: Date) {
  const items = await queryAll({
    TableName: tableName(),
    IndexName: "gsi1",
    KeyConditionExpression: "gsi1pk = :pk AND gsi1sk > :now",
    ExpressionAttributeValues: { ":pk": "offers#pending", ":now": now.toISOString() },
    ProjectionExpression: "requestId",
  });
  return items.length;
}

export async function sendDue(now = new Date()) {
  if (helsinkiHour(now) < DIGEST_HOUR) return { sent: 0, skipped: "before 07:00" };
  const today = helsinkiDate(now);
  const until = new Date(now.getTime() + AHEAD_DAYS * 86_400_000).toISOString();
  const [coordinators, open, offers, unreported] = await Promise.all([
    list(),
    unmatched(now, until),
    pendingOffers(now),
    Visit.plannedBetween(
      new Date(now.getTime() - 45 * 86_400_000).toISOString(),
      now.toISOString(),
    ).then((visits) => visits.filter((v) => v.endsAt <= now.toISOString()).length),
  ]);
  const active = coordinators.filter((c) => c.active);
  const locale = "fi" as const;
  const lines = open
    .slice(0, LISTED)
    .map((r) => `${r.reference} – ${formatAppointment(locale, r.date, r.startTime)}`);
  const mails = active.map((c) =>
    Outbox.entry(
      `coordinator#${c.id}`,
      "digest",
      render(c.email, {
        locale,
        name: c.name,
        subject: t(locale, "mail.digest.subject", {
          date: new Intl.DateTimeFormat("fi-FI", { timeZone: "UTC" }).format(
            new Date(`${today}T12:00:00Z`),
          ),
        }),
        paragraphs: [
          t(locale, "mail.digest.body"),
          [t(locale, "mail.digest.unmatched", { count: open.length }), ...lines].join("\n"),
          t(locale, "mail.digest.pendingOffers", { count: offers }),
          t(locale, "mail.digest.unreported", { count: unreported }),
          `${t(locale, "mail.digest.open")}\n${config().SITE_URL}/coordinator`,
        ],
      }),
      now,
    ),
  );
  try {
    await transact([
      {
        Put: {
          TableName: tableName(),
          Item: {
            pk: "digest",
            sk: today,
            type: "digest",
            at: now.toISOString(),
            // Cleanup after a month (TTL).
            expiresAt: Math.floor(Date.parse(`${addDays(today, 31)}T00:00:00Z`) / 1000),
          },
          ConditionExpression: "attribute_not_exists(pk)",
        },
      },
      ...mails.map((m) => m.put),
    ]);
  } catch (error) {
    if (error instanceof ConditionsFailed) return { sent: 0, skipped: "already sent today" };
    throw error;
  }
  Outbox.dispatch(mails.map((m) => m.key));
  return { sent: mails.length, unmatched: open.length, pendingOffers: offers, unreported };
}
