export { moveVisit } from "../../packages/local/src/move-visit.ts";

import { call, submitRequest } from "./harness.ts";
import { activeVolunteer } from "./volunteers.ts";

/**
 * A request from the public form, confirmed by phone for a new active volunteer: the quickest
 * way to a planned visit. Returns the request, the volunteer and the visit's start.
 */
export async function confirmedVisit(
  cookie: string,
  overrides: Record<string, unknown> = {},
  volunteerName?: string,
) {
  const { id, reference, email } = await submitRequest(cookie, overrides);
  const volunteer = await activeVolunteer(cookie, {}, volunteerName ? { name: volunteerName } : {});
  const { request } = await (await call("GET", `/api/requests/${id}`, { cookie })).json();
  const assigned = await call("POST", `/api/requests/${id}/assign`, {
    cookie,
    body: { version: request.version, volunteerId: volunteer.id },
  });
  if (assigned.status !== 200) {
    throw new Error(`assign: ${assigned.status} ${await assigned.text()}`);
  }
  return { id, reference, volunteer, clientEmail: email, startsAt: request.startsAt as string };
}
