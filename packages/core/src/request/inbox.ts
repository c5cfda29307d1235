import * as z from "zod";
import * as Actor from "../actor/index.ts";
import { Counts } from "../counts/index.ts";
import { Search } from "../search/index.ts";
import { fn } from "../util/fn.ts";
import { line } from "../util/text.ts";
import { closedStatuses, type Status, statuses } from "./status.ts";
import { findByReference, inStatusAfter, placeOf, type Request, Requests } from "./store.ts";

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
    ownerId: request.ownerId ?? null,
    ownerName: request.ownerName ?? null,
    volunteerId: request.volunteerId ?? null,
    volunteerName: request.volunteerName ?? null,
    version: request.version,
  };
}

/** Requests still in hand: not completed, cancelled or closed without a volunteer. */
export const openStatuses = statuses.filter((s) => !closedStatuses.includes(s));

export const views = ["open", ...statuses] as const;
export const owners = ["any", "me", "none"] as const;

export const ListInput = z.object({
  /** "open" (every request still in hand) or one status. */
  view: z.enum(views).default("open"),
  owner: z.enum(owners).default("any"),
  /** Only requests whose visit is near and nobody has been found for. */
  // From a query string, and again as parsed (the API validates, then the operation does).
  urgent: z
    .union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")])
    .default(false),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});

/**
 * One page of the inbox, soonest appointment first, with the count per status. "Open" reads
 * the statuses still in hand side by side and merges them; the cursor is the place in that
 * order (appointment, then id), so a page never repeats or skips one.
 */
export const list = fn(ListInput, async (input, now: Date = new Date()) => {
  const actor = Actor.coordinator();
  const shown = input.view === "open" ? openStatuses : [input.view];
  const after = input.cursor ? Buffer.from(input.cursor, "base64url").toString() : undefined;
  const keep = (r: Request) =>
    (input.owner === "any" ||
      (input.owner === "me" ? r.ownerId === actor.coordinatorId : !r.ownerId)) &&
    (!input.urgent || summary(r, now).urgent);
  const [pages, counts] = await Promise.all([
    Promise.all(shown.map((status) => inStatusAfter(status, after, input.limit, keep))),
    Counts.read("requests", statuses),
  ]);
  const merged = pages
    .flatMap((p) => p.requests)
    .sort((a, b) => placeOf(a).localeCompare(placeOf(b)));
  const page = merged.slice(0, input.limit);
  const more = merged.length > input.limit || pages.some((p) => p.more);
  const last = page.at(-1);
  return {
    view: input.view,
    counts: { ...counts, open: openStatuses.reduce((sum, s) => sum + (counts[s] ?? 0), 0) },
    requests: page.map((request) => summary(request, now)),
    // The place of the last one shown, written so it travels in a URL as it is.
    cursor: more && last ? Buffer.from(placeOf(last)).toString("base64url") : undefined,
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
