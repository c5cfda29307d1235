import * as z from "zod";
import * as Alert from "../alert/index.ts";
import { Audit } from "../audit/index.ts";
import { ConditionsFailed, transact } from "../db/transact.ts";
import * as Link from "../link/index.ts";
import { Outbox } from "../mail/index.ts";
import * as Counts from "../request/counts.ts";
import { eventItem, updateRequest } from "../request/manage.ts";
import { get, keys } from "../request/request.ts";
import { VisibleError } from "../util/errors.ts";
import * as Volunteers from "../volunteer/volunteer.ts";
import { releaseItems } from "./confirm.ts";
import { firstName } from "./letters.ts";
import { OptionalReason } from "./offer.ts";
import { settleOpenOffers } from "./settle.ts";

/**
 * The requester calls the visit off with the link in their confirmation. The volunteer is told
 * at once and the coordinator gets an alert; the reason, if given, stays internal.
 */

const OPEN = ["received", "matching", "offered", "confirmed"];

async function requestOf(token: string, now: Date) {
  const { requestId } = await Link.resolve(token, "cancel", now);
  const request = await get(requestId);
  if (!request) throw new VisibleError(404, "link_invalid", "error.linkUnknown");
  return request;
}

export async function viewByLink(token: string, now = new Date()) {
  const request = await requestOf(token, now);
  return {
    reference: request.reference,
    date: request.date,
    startTime: request.startTime,
    status: request.status,
    ...(request.volunteerName && { volunteerFirstName: firstName(request.volunteerName) }),
  };
}

export const CancelInput = z.object({ reason: OptionalReason });

export async function byRequester(
  token: string,
  input: unknown,
  now = new Date(),
): Promise<"cancelled" | "already_cancelled" | "closed"> {
  const { reason } = CancelInput.parse(input);
  return Link.actingAs(token, "cancel", now, () => cancelAsRequester(token, reason, now));
}

async function cancelAsRequester(
  token: string,
  reason: string | undefined,
  now: Date,
): Promise<"cancelled" | "already_cancelled" | "closed"> {
  for (let attempt = 1; ; attempt++) {
    const request = await requestOf(token, now);
    if (request.status === "cancelled") return "already_cancelled";
    if (!OPEN.includes(request.status)) return "closed";
    const volunteer = request.volunteerId ? await Volunteers.get(request.volunteerId) : undefined;
    const release = releaseItems(request, volunteer, now, "requester");
    const at = now.toISOString();
    try {
      await transact([
        updateRequest(
          request,
          {
            status: "cancelled",
            gsi1pk: keys.byStatus("cancelled", request.startsAt, request.id).gsi1pk,
          },
          now,
        ),
        Counts.change("requests", { [request.status]: -1, cancelled: 1 }),
        eventItem(request.id, {
          at,
          kind: "status",
          from: request.status,
          to: "cancelled",
          ...(reason && { reason }),
          via: "link",
          actorName: "",
        }),
        Audit.entry("request.cancel_by_requester", `request#${request.id}`, { via: "link" }, now),
        Alert.raise("requester_cancelled", request, now),
        ...release.items,
      ]);
      Outbox.dispatch(release.mails);
      await settleOpenOffers(request.id, now);
      return "cancelled";
    } catch (error) {
      if (error instanceof ConditionsFailed && attempt < 4) continue;
      throw error;
    }
  }
}
