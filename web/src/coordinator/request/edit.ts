import { type DetailsDraft, requestDetails } from "../../lib/request-details.ts";
import type { Request } from "../types.ts";
import { onBehalf } from "./fields.ts";

/** The edit form's model: what the controls hold, and which fields a save sends. */

/** What the edit form's controls hold: plain strings, as in the public form. */
export interface EditDraft extends DetailsDraft {
  preferredContact: "phone" | "email";
  sector: Request["sector"];
}

const text = (value: string | undefined | null) => value ?? "";

export function draftOf(request: Request): EditDraft {
  return {
    requester: {
      name: text(request.requester?.name),
      organisation: text(request.requester?.organisation),
      email: text(request.requester?.email),
      phone: text(request.requester?.phone),
    },
    client: {
      name: text(request.client.name),
      email: text(request.client.email),
      phone: text(request.client.phone),
      languages: [...(request.client.languages ?? [])],
      otherLanguage: text(request.client.otherLanguage),
    },
    preferredContact: request.preferredContact,
    sector: request.sector,
    description: text(request.description),
    place: text(request.place),
    municipality: text(request.municipality),
    date: request.date,
    startTime: request.startTime,
    durationMinutes: String(request.durationMinutes),
    supportNeeds: text(request.supportNeeds),
  };
}

/** The API body for each field, from a draft: blanks left out, as the public form sends them. */
function payloadOf(draft: EditDraft, withRequester: boolean, withOrganisation: boolean) {
  return {
    ...requestDetails(draft, { requester: withRequester, organisation: withOrganisation }),
    preferredContact: draft.preferredContact,
    sector: draft.sector,
  };
}

/** Only the fields that differ from what the request holds now. */
export function changedFields(
  request: Request,
  draft: EditDraft,
): Record<string, unknown> | undefined {
  const withRequester = onBehalf(request);
  const withOrganisation =
    request.requesterRole === "professional" || request.requesterRole === "partner";
  const before = payloadOf(draftOf(request), withRequester, withOrganisation);
  const after = payloadOf(draft, withRequester, withOrganisation);
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof typeof after)[]) {
    if (JSON.stringify(after[key]) !== JSON.stringify(before[key])) changes[key] = after[key];
  }
  return Object.keys(changes).length > 0 ? changes : undefined;
}
