import { transact } from "@rinnalla/core/db";
import { Request } from "@rinnalla/core/request";
import { helsinkiToUtc } from "@rinnalla/core/util";
import { Visit } from "@rinnalla/core/visit";

/**
 * Demo data and tests only: moves a confirmed visit to another time. The public form accepts
 * only future dates, and the report is asked for only after a visit's planned end, so on the
 * real clock there is no other way to a visit that is over. Rewritten, in one transaction: the
 * request (its date, time, start and status index), the visit (its start, end and month index)
 * and the volunteer's own copy (whose sort key holds the start).
 */
export async function moveVisit(requestId: string, date: string, startTime: string) {
  const [request, visit] = await Promise.all([Request.get(requestId), Visit.get(requestId)]);
  if (!request || !visit) throw new Error(`no confirmed visit for ${requestId}`);
  const startsAt = helsinkiToUtc(date, startTime).toISOString();
  const endsAt = new Date(Date.parse(startsAt) + request.durationMinutes * 60_000).toISOString();
  await transact([
    Request.change(request, new Date(), { date, startTime, startsAt }),
    ...Visit.reschedule(visit, startsAt, endsAt, {
      durationMinutes: request.durationMinutes,
      municipality: request.municipality,
      sector: request.sector,
    }),
  ]);
  return { startsAt, endsAt };
}
