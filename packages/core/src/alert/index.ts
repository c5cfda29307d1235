import { GetCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import * as z from "zod";
import * as Actor from "../actor/index.ts";
import { Audit } from "../audit/index.ts";
import { config } from "../config/index.ts";
import * as Coordinators from "../coordinator/coordinator.ts";
import { db, tableName } from "../db/client.ts";
import { ConditionsFailed, transact } from "../db/transact.ts";
import { t } from "../i18n/index.ts";
import { Outbox, render } from "../mail/index.ts";
import type { TransactItem } from "../util/db-types.ts";
import { VisibleError } from "../util/errors.ts";
import { fn } from "../util/fn.ts";
import { createId } from "../util/id.ts";

/**
 * Things a coordinator must act on that nobody asked them about: every volunteer declined, the
 * offers ran out, the requester cancelled. Raised in the same transaction as their cause, listed
 * on the inbox until someone marks them handled.
 */

export type Kind =
  | "offers_declined"
  | "offers_expired"
  | "requester_cancelled"
  | "volunteer_cancelled"
  /** A volunteer who ended or was paused had this visit: it went back to matching. */
  | "volunteer_left"
  | "safety_concern"
  | "volunteer_talk"
  | "follow_up";

/** Alerts that cannot wait for the morning: someone may be left alone, or something happened. */
const URGENT: readonly Kind[] = ["volunteer_cancelled", "safety_concern"];

export interface Alert {
  id: string;
  kind: Kind;
  requestId: string;
  reference: string;
  at: string;
  urgent: boolean;
}

const OPEN = "alerts#open";

export function raise(
  kind: Kind,
  request: { id: string; reference: string },
  now: Date,
): TransactItem {
  const id = createId("alr");
  const at = now.toISOString();
  return {
    Put: {
      TableName: tableName(),
      Item: {
        pk: `alert#${id}`,
        sk: "alert",
        gsi1pk: OPEN,
        gsi1sk: `${at}#${id}`,
        type: "alert",
        id,
        kind,
        requestId: request.id,
        reference: request.reference,
        at,
        urgent: URGENT.includes(kind),
      },
      ConditionExpression: "attribute_not_exists(pk)",
    },
  };
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
  if (!URGENT.includes(kind)) return [];
  const locale = "fi" as const;
  const coordinators = (await Coordinators.list()).filter((c) => c.active);
  return coordinators.map((c) =>
    Outbox.entry(
      `coordinator#${c.id}`,
      "urgent-alert",
      render(c.email, {
        locale,
        name: c.name,
        subject: t(locale, "mail.alert.subject", { reference: request.reference }),
        paragraphs: [
          t(locale, `mail.alert.${kind as "volunteer_cancelled" | "safety_concern"}`, {
            reference: request.reference,
          }),
          `${t(locale, "mail.alert.open")}\n${config().SITE_URL}/coordinator/requests/${request.id}`,
        ],
      }),
      now,
    ),
  );
}

/** Open alerts: urgent first, then oldest first. */
export async function open(): Promise<Alert[]> {
  Actor.coordinator();
  const { Items = [] } = await db().send(
    new QueryCommand({
      TableName: tableName(),
      IndexName: "gsi1",
      KeyConditionExpression: "gsi1pk = :open",
      ExpressionAttributeValues: { ":open": OPEN },
      Limit: 200,
    }),
  );
  return (
    Items.map(
      (i): Alert => ({
        id: i.id,
        kind: i.kind,
        requestId: i.requestId,
        reference: i.reference,
        at: i.at,
        urgent: Boolean(i.urgent),
      }),
    )
      // The urgent ones first, then the longest waiting.
      .sort((a, b) => Number(b.urgent) - Number(a.urgent) || a.at.localeCompare(b.at))
  );
}

export const resolve = fn(
  z.object({ id: z.string().min(1).max(64) }),
  async ({ id }, now: Date = new Date()) => {
    const actor = Actor.coordinator();
    const key = { pk: `alert#${id}`, sk: "alert" };
    try {
      await transact([
        {
          Update: {
            TableName: tableName(),
            Key: key,
            UpdateExpression: "SET resolvedAt = :now, resolvedBy = :by REMOVE gsi1pk, gsi1sk",
            ConditionExpression: "attribute_exists(gsi1pk)",
            ExpressionAttributeValues: { ":now": now.toISOString(), ":by": actor.name },
          },
        },
        Audit.entry("alert.resolve", `alert#${id}`, undefined, now),
      ]);
    } catch (error) {
      if (error instanceof ConditionsFailed) {
        // Someone else marked it a moment ago: the outcome is what was asked for.
        const { Item } = await db().send(new GetCommand({ TableName: tableName(), Key: key }));
        if (Item) return;
        throw new VisibleError(404, "not_found", "error.notFound");
      }
      throw error;
    }
  },
);
