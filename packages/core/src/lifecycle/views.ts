import { Letters } from "../letters/index.ts";
import type { Request } from "../request/index.ts";

type Req = Request.Request;

/** What a volunteer may know before answering: no surname, no contacts, no matter. */
export function visitView(request: Req) {
  return {
    firstName: Letters.firstName(request.client.name),
    sector: request.sector,
    municipality: request.municipality,
    place: request.place,
    date: request.date,
    startTime: request.startTime,
    durationMinutes: request.durationMinutes,
    languages: [
      ...request.client.languages,
      ...(request.client.otherLanguage ? [request.client.otherLanguage] : []),
    ],
  };
}

/** Everything the volunteer who has the visit needs, shown on their page only. */
export function detailsView(request: Req) {
  const onBehalf = request.requesterRole !== "client";
  return {
    clientName: request.client.name,
    clientPhone: request.client.phone,
    clientEmail: request.client.email,
    requesterName: onBehalf ? request.requester?.name : undefined,
    requesterOrganisation: request.requester?.organisation,
    requesterPhone: onBehalf ? request.requester?.phone : undefined,
    requesterEmail: onBehalf ? request.requester?.email : undefined,
    description: request.description,
    supportNeeds: request.supportNeeds,
    firstMeeting: request.firstMeeting,
  };
}
