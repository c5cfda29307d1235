import * as z from "zod";
import * as Alert from "../alert/index.ts";
import { Audit } from "../audit/index.ts";
import { Counts } from "../counts/index.ts";
import { ConditionsFailed } from "../db/transact.ts";
import { type ClientLocale, t } from "../i18n/index.ts";
import { Letters } from "../letters/index.ts";
import * as Link from "../link/index.ts";
import { type Letter, Outbox } from "../mail/index.ts";
import { Monthly } from "../monthly/index.ts";
import { Request } from "../request/index.ts";
import { VisibleError } from "../util/errors.ts";
import { fn } from "../util/fn.ts";
import { formatAppointment } from "../util/time.ts";
import { Volunteer } from "../volunteer/index.ts";
import { releaseItems } from "./confirmation.ts";
import { OptionalReason } from "./offering.ts";
import { settleOpenOffers } from "./settle.ts";

/**
 * A request closed before its visit: by a coordinator (cancelled, or no volunteer found, with a
 * reason kept internal and a kind email to the requester in their language), or by the requester
 * through the link in their confirmation. A volunteer who had the visit is told at once; those
 * still holding an offer hear it is no longer needed.
 */

export const ReasonInput = Request.ReasonInput;

export function requesterLetter(kind: "cancelled" | "noVolunteer") {
  return (request: Request.Request): Letter => {
    const locale: ClientLocale = request.locale;
    const vars = {
      reference: request.reference,
      when: formatAppointment(locale, request.date, request.startTime),
    };
    // No greeting by name: the name and the address were typed into a public form.
    return {
      locale,
      subject: t(locale, `mail.${kind}.subject`, vars),
      body: [t(locale, `mail.${kind}.body`, vars), t(locale, `mail.${kind}.next`, vars)],
    };
  };
}

/** Calling off a confirmed visit tells its volunteer at once. */
async function releaseOnCancel(request: Request.Request, now: Date) {
  if (!request.volunteerId) return { items: [], mails: [] };
  return releaseItems(request, await Volunteer.get(request.volunteerId), now, "coordinator");
}

/** Cancels with a reason (kept internal); the requester is told kindly, in their language. */
export const cancel = fn(ReasonInput, async ({ id, reason, version }, now: Date = new Date()) => {
  const moved = await Request.move(id, version, "cancelled", "request.cancel", now, {
    reason,
    letter: { template: "request-cancelled", write: requesterLetter("cancelled") },
    with: (request) => releaseOnCancel(request, now),
  });
  await settleOpenOffers(id, now);
  return moved;
});

/** No volunteer could be found; the requester is told, kindly, in their language. */
export const closeNoVolunteer = fn(
  ReasonInput,
  async ({ id, reason, version }, now: Date = new Date()) => {
    const moved = await Request.move(id, version, "no_volunteer", "request.no_volunteer", now, {
      reason,
      letter: { template: "request-no_volunteer", write: requesterLetter("noVolunteer") },
    });
    await settleOpenOffers(id, now);
    return moved;
  },
);

/**
 * The requester calls the visit off with the link in their confirmation. The volunteer is told
 * at once and the coordinator gets an alert; the reason, if given, stays internal.
 */

const OPEN = ["received", "matching", "offered", "confirmed"];

async function requestOf(token: string, now: Date) {
  const { requestId } = await Link.resolve(token, "cancel", now);
  const request = await Request.get(requestId);
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
    ...(request.volunteerName && { volunteerFirstName: Letters.firstName(request.volunteerName) }),
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
    const volunteer = request.volunteerId ? await Volunteer.get(request.volunteerId) : undefined;
    const release = releaseItems(request, volunteer, now, "requester");
    const at = now.toISOString();
    try {
      await Outbox.commit(
        [
          Request.change(request, now, { status: "cancelled" }),
          Counts.change("requests", { [request.status]: -1, cancelled: 1 }),
          ...Monthly.count(Request.closedUnmatched(request.status, "cancelled", now)),
          Request.eventItem(request.id, {
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
        ],
        release.mails,
      );
      await settleOpenOffers(request.id, now);
      return "cancelled";
    } catch (error) {
      if (error instanceof ConditionsFailed && attempt < 4) continue;
      throw error;
    }
  }
}
