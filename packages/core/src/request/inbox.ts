import * as z from "zod";
import * as Actor from "../actor/index.ts";
import { Counts } from "../counts/index.ts";
import { Search } from "../search/index.ts";
import { decodeCursor, encodeCursor } from "../util/db-types.ts";
import { fn } from "../util/fn.ts";
import { line } from "../util/text.ts";
import { type Status, statuses } from "./status.ts";
import { findByReference, inStatus, type Request, Requests } from "./store.ts";

/** A request is urgent when its appointment is this close and nobody has been found yet. */
export const URGENT_MS = 3 * 24 * 3_600_000;
const unstaffed: readonly Status[] = ["received", "matching", "offered"];

/** What the inbox shows per request: enough to choose, nothing more. */
export function summary(request: Request, now: Date) {
  const until = Date.parse(request.startsAt) - now.getTime();
  return {
    id: request.id,
    reference: request.reference,
    status: request.status,
    clientName: request.client.name,
    sector: request.sector,
    municipality: request.municipality,
    date: request.date,
    startTime: request.startTime,
    startsAt: request.startsAt,
    createdAt: request.createdAt,
    urgent: unstaffed.includes(request.status) && until < URGENT_MS,
  };
}

export const ListInput = z.object({
  status: z.enum(statuses).default("received"),
  cursor: z.string().max(2000).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});

/** One page of requests in a status, soonest appointment first, with the count per status. */
export const list = fn(ListInput, async (input, now: Date = new Date()) => {
  Actor.coordinator();
  const [page, counts] = await Promise.all([
    inStatus(input.status, input.limit, decodeCursor(input.cursor)),
    Counts.read("requests", statuses),
  ]);
  return {
    status: input.status,
    counts,
    requests: page.requests.map((request) => summary(request, now)),
    cursor: encodeCursor(page.next),
  };
});

export const SearchInput = z.object({ q: line(100) });

const referencePattern = /^(?:r-?)?(\d{4})-?(\d{1,6})$/i;

/** By reference number (R-2026-0001, 2026-1) or by words of the client's name. */
export const search = fn(SearchInput, async ({ q }, now: Date = new Date()) => {
  Actor.coordinator();
  const reference = q.replace(/\s/g, "").match(referencePattern);
  const found = reference
    ? [await findByReference(`R-${reference[1]}-${reference[2]?.padStart(4, "0")}`)]
    : [...(await Requests.getMany(await Search.byName(q))).values()];
  return {
    requests: found
      .filter((request): request is Request => !!request)
      .map((request) => summary(request, now))
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt)),
  };
});
