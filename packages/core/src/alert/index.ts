import * as z from "zod";
import * as Actor from "../actor/index.ts";
import { Audit } from "../audit/index.ts";
import { config } from "../config/index.ts";
import { Coordinator } from "../coordinator/index.ts";
import { when } from "../db/expr.ts";
import { defineItem, queryPage } from "../db/store.ts";
import { ConditionsFailed, transact } from "../db/transact.ts";
import { type Locale, t } from "../i18n/index.ts";
import { addressed, type Letter, Outbox } from "../mail/index.ts";
import type { TransactItem } from "../util/db-types.ts";
import { VisibleError } from "../util/errors.ts";
import { fn } from "../util/fn.ts";
import { createId } from "../util/id.ts";

/**
 * Things a coordinator must act on that nobody asked them about: every volunteer declined, the
 * offers ran out, the requester cancelled. Raised in the same transaction as their cause, listed
 * on the inbox until someone marks them handled.
 */

export const kinds = [
  "offers_declined",
  "offers_expired",
  "requester_cancelled",
  "volunteer_cancelled",
  /** A volunteer who ended or was paused had this visit: it went back to matching. */
  "volunteer_left",
  "safety_concern",
  "volunteer_talk",
  "follow_up",
  /** The seasonal job drafted a gathering: the coordinators complete and publish it. */
  "gathering_draft",
  /** A season passed its deadline with no gathering invited. */
  "season_missed",
  /** A text message did not reach someone who gave no email address: call them. */
  "text_failed",
] as const;
export type Kind = (typeof kinds)[number];

/** Alerts that cannot wait for the morning: someone may be left alone, or something happened. */
const URGENT = ["volunteer_cancelled", "safety_concern"] as const satisfies readonly Kind[];
type UrgentKind = (typeof URGENT)[number];
const isUrgent = (kind: Kind): kind is UrgentKind => (URGENT as readonly Kind[]).includes(kind);

const StoredAlert = z.object({
  id: z.string(),
  kind: z.enum(kinds),
  /** What it is about: a request, or a gathering and its season. */
  requestId: z.string().optional(),
  reference: z.string().optional(),
  gatheringId: z.string().optional(),
  season: z.string().optional(),
  at: z.string(),
  urgent: z.boolean(),
  resolvedAt: z.string().optional(),
  resolvedBy: z.string().optional(),
});
export type Alert = Omit<z.output<typeof StoredAlert>, "resolvedAt" | "resolvedBy">;

const OPEN = "alerts#open";

const Alerts = defineItem({
  type: "alert",
  schema: StoredAlert,
  key: (id: string) => ({ pk: `alert#${id}`, sk: "alert" }),
  id: (a) => a.id,
  // Open alerts, oldest first, until someone marks them handled.
  index: (a) => (a.resolvedAt ? undefined : { gsi1pk: OPEN, gsi1sk: `${a.at}#${a.id}` }),
});

export function raise(
  kind: Kind,
  request: { id: string; reference: string },
  now: Date,
): TransactItem {
  return Alerts.put(
    {
      id: createId("alr"),
      kind,
      requestId: request.id,
      reference: request.reference,
      at: now.toISOString(),
      urgent: isUrgent(kind),
    },
    when.notExists("pk"),
  );
}

/**
 * One open alert of a kind per request, however many times its cause happens (several texts to
 * the same person failing): a cause after the alert was handled opens it again.
 */
export function raiseOnce(
  kind: Kind,
  request: { id: string; reference: string },
  now: Date,
): TransactItem {
  return Alerts.put({
    id: `alr_${kind}_${request.id}`,
    kind,
    requestId: request.id,
    reference: request.reference,
    at: now.toISOString(),
    urgent: isUrgent(kind),
  });
}

/**
 * An alert about a season's gathering. Its id is the season's and the kind's, so however many
 * runs raise it, there is one.
 */
export function raiseAbout(
  kind: "gathering_draft" | "season_missed",
  about: { gatheringId?: string; season: string },
  now: Date,
): TransactItem {
  return Alerts.put(
    {
      id: `alr_${kind}_${about.season}`,
      kind,
      ...(about.gatheringId && { gatheringId: about.gatheringId }),
      season: about.season,
      at: now.toISOString(),
      urgent: false,
    },
    when.notExists("pk"),
  );
}

/**
 * Urgent alerts do not wait for someone to open the inbox: every active coordinator gets an
 * email with the reference and a link, nothing more (no names, no matter). Written in the same
 * transaction as the alert.
 */
export async function urgentMails(
  kind: Kind,
  request: { id: string; reference: string },
  now: Date,
) {
  if (!isUrgent(kind)) return [];
  const coordinators = (await Coordinator.list()).filter((c) => c.active);
  return coordinators.map((c) =>
    Outbox.entry(
      `coordinator#${c.id}`,
      "urgent-alert",
      addressed(c.email, urgentLetter(c.name, kind, request)),
      now,
    ),
  );
}

export function urgentLetter(
  name: string,
  kind: UrgentKind,
  request: { id: string; reference: string },
  locale: Locale = "fi",
): Letter {
  return {
    locale,
    name,
    subject: t(locale, "mail.alert.subject", { reference: request.reference }),
    body: [
      t(locale, `mail.alert.${kind}`, { reference: request.reference }),
      {
        action: {
          label: t(locale, "mail.action.request"),
          url: `${config().SITE_URL}/coordinator/requests/${request.id}`,
        },
      },
    ],
  };
}

/** Open alerts: urgent first, then oldest first. */
export async function open(): Promise<Alert[]> {
  Actor.coordinator();
  const { items } = await queryPage({ index: "gsi1", partition: OPEN, limit: 200 });
  return (
    items
      .map(Alerts.read)
      .map(({ resolvedAt: _at, resolvedBy: _by, ...alert }) => alert)
      // The urgent ones first, then the longest waiting.
      .sort((a, b) => Number(b.urgent) - Number(a.urgent) || a.at.localeCompare(b.at))
  );
}

export const resolve = fn(
  z.object({ id: z.string().min(1).max(64) }),
  async ({ id }, now: Date = new Date()) => {
    const actor = Actor.coordinator();
    try {
      await transact([
        Alerts.update(
          id,
          {
            set: { resolvedAt: now.toISOString(), resolvedBy: actor.name },
            remove: ["gsi1pk", "gsi1sk"],
          },
          when.exists("gsi1pk"),
        ),
        Audit.entry("alert.resolve", `alert#${id}`, undefined, now),
      ]);
    } catch (error) {
      if (error instanceof ConditionsFailed) {
        // Someone else marked it a moment ago: the outcome is what was asked for.
        if (await Alerts.get(id, { consistent: false })) return;
        throw new VisibleError(404, "not_found", "error.notFound");
      }
      throw error;
    }
  },
);
