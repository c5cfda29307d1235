import * as Alert from "../alert/index.ts";
import { Audit } from "../audit/index.ts";
import { Counts } from "../counts/index.ts";
import { tableName } from "../db/client.ts";
import { offerKey, type RequestState } from "../offer/state.ts";
import { keys } from "../request/request.ts";
import { eventItem, updateRequest } from "../request/store.ts";
import type { TransactItem } from "../util/db-types.ts";
import * as Visit from "../visit/visit.ts";

/**
 * A confirmed visit given back by its volunteer: they can't come, they paused over it, or they
 * left. The request goes back to matching, the visit is cancelled, their offer counts as
 * declined, and the coordinators are alerted (at once, by email, when the volunteer did it
 * themself: someone may be left alone). One transaction, guarded by the request still being
 * this volunteer's.
 */
export async function releaseItems(
  state: RequestState,
  visit: Visit.Visit,
  release: {
    volunteerName: string;
    reason?: string;
    /** `volunteer`: by their own link or pages; `coordinator`: the coordinator ended them. */
    by: "volunteer" | "coordinator";
    actorName: string;
  },
  now: Date,
) {
  const { request } = state;
  const kind = release.by === "volunteer" ? "volunteer_cancelled" : "volunteer_left";
  const urgent = await Alert.urgentMails(kind, request, now);
  const at = now.toISOString();
  const { reason } = release;
  const items: TransactItem[] = [
    updateRequest(
      request,
      {
        status: "matching",
        gsi1pk: keys.byStatus("matching", request.startsAt, request.id).gsi1pk,
      },
      now,
      {
        condition: "#st = :confirmed AND volunteerId = :volunteer",
        names: { "#st": "status" },
        values: { ":confirmed": "confirmed", ":volunteer": visit.volunteerId },
      },
      ["volunteerId", "volunteerName"],
    ),
    ...Visit.cancel(visit, now, release.by === "volunteer" ? "volunteer" : "coordinator"),
    {
      Update: {
        TableName: tableName(),
        Key: offerKey(request.id, visit.volunteerId),
        UpdateExpression: `SET #status = :declined, answeredAt = :now${reason ? ", reason = :reason" : ""}`,
        ConditionExpression: "attribute_exists(pk)",
        ExpressionAttributeNames: { "#status": "status" },
        ExpressionAttributeValues: {
          ":declined": "declined",
          ":now": at,
          ...(reason && { ":reason": reason }),
        },
      },
    },
    // Offers that lost to this volunteer stay lost: the coordinator decides whom to ask now.
    ...coverOpenOffers(state),
    Counts.change("requests", { confirmed: -1, matching: 1 }),
    eventItem(request.id, {
      at,
      kind: "answer",
      volunteerName: release.volunteerName,
      answer: "declined",
      via: release.by === "volunteer" ? "link" : undefined,
      ...(reason && { reason }),
      actorName: release.actorName,
    }),
    eventItem(request.id, {
      at,
      kind: "status",
      from: "confirmed",
      to: "matching",
      actorName: release.actorName,
    }),
    Alert.raise(kind, request, now),
    ...urgent.map((m) => m.put),
    Audit.entry(
      "visit.cant_come",
      `request#${request.id}`,
      { volunteerId: visit.volunteerId, by: release.by },
      now,
    ),
  ];
  return { items, mails: urgent.map((m) => m.key) };
}

function coverOpenOffers(state: RequestState): TransactItem[] {
  return state.offers
    .filter((o) => o.status === "pending")
    .map((o) => ({
      Update: {
        TableName: tableName(),
        Key: offerKey(state.request.id, o.volunteerId),
        UpdateExpression: "SET #status = :covered REMOVE gsi1pk, gsi1sk",
        ConditionExpression: "#status = :pending",
        ExpressionAttributeNames: { "#status": "status" },
        ExpressionAttributeValues: { ":covered": "covered", ":pending": "pending" },
      },
    }));
}
