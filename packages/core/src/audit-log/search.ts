import { Audit } from "../audit/index.ts";
import { type Condition, when } from "../db/expr.ts";
import { type Query, queryPage } from "../db/store.ts";
import { Request } from "../request/index.ts";
import { decodeCursor, encodeCursor } from "../util/db-types.ts";
import { monthsBetween } from "../util/time.ts";
import { daysOf, endOf, type Filters, startOf } from "./filters.ts";

/**
 * The log narrowed by the admin's filters, newest first, a page at a time.
 *
 * With a subject, its own gsi1 partition (`audit#<subject>`) holds everything about it, in time
 * order. Without one, the log is read month partition by month partition, newest month first.
 * Either way the days narrow the sort key (`<at>#<id>`) and the action and the actor are a
 * filter on what is read. The cursor names the partition to go on in and the key to go on
 * after, so "load more" crosses month boundaries without repeating or skipping an entry.
 */

interface Source {
  /** The month (`2026-05`) or `subject`: what the cursor names. */
  id: string;
  query: Pick<Query, "index" | "partition">;
}

interface Cursor {
  source: string;
  key?: Record<string, unknown>;
}

/** Items DynamoDB evaluates per call; a filter may keep few of them. */
const READ_PER_CALL = 200;
/** Calls per page at most: a filter that matches little returns a short page and a cursor. */
const CALLS_PER_PAGE = 25;

/** `R-2026-7` or `req_…` as the subject the log keeps (`request#req_…`). */
export async function subjectOf(given: string): Promise<string> {
  const reference = /^R-(\d{4})-(\d{1,6})$/i.exec(given);
  if (reference) {
    const ref = `R-${reference[1]}-${reference[2]?.padStart(4, "0")}`;
    const request = await Request.findByReference(ref);
    // An unknown reference finds nothing rather than failing: the log may outlive the request.
    return `request#${request?.id ?? ref}`;
  }
  const bare = /^(req|vol|coo)_/i.exec(given);
  if (bare) {
    const kind = { req: "request", vol: "volunteer", coo: "coordinator" }[
      (bare[1] ?? "").toLowerCase() as "req" | "vol" | "coo"
    ];
    return `${kind}#${given}`;
  }
  return given;
}

function sourcesOf(subject: string | undefined, from: string, to: string): Source[] {
  if (subject) {
    return [{ id: "subject", query: { index: "gsi1", partition: `audit#${subject}` } }];
  }
  return monthsBetween(from, to)
    .reverse()
    .map((month) => ({ id: month, query: { partition: `audit#${month}` } }));
}

const filterOf = (f: Filters): Condition | undefined =>
  f.action || f.actor
    ? when.and(
        f.action ? when.eq("action", f.action) : undefined,
        f.actor ? when.eq("actorId", f.actor) : undefined,
      )
    : undefined;

/** The key to start after an item that was read: the table's, and the index's when queried there. */
function keyOf(raw: Record<string, unknown>, source: Source): Record<string, unknown> {
  const key: Record<string, unknown> = { pk: raw.pk, sk: raw.sk };
  if (source.query.index === "gsi1") Object.assign(key, { gsi1pk: raw.gsi1pk, gsi1sk: raw.gsi1sk });
  return key;
}

function readCursor(cursor: string | undefined, sources: Source[]) {
  const decoded = decodeCursor(cursor) as Partial<Cursor> | undefined;
  const at = sources.findIndex((s) => s.id === decoded?.source);
  // A cursor from other filters (or none) starts from the newest.
  return at === -1 ? { at: 0, key: undefined } : { at, key: decoded?.key };
}

export interface Page {
  entries: Audit.Entry[];
  cursor?: string;
}

/** One page of entries matching the filters (the subject already as the log keeps it). */
export async function page(filters: Filters, cursor?: string, limit = 50): Promise<Page> {
  const days = daysOf(filters);
  const [from, to] = [startOf(days.from), endOf(days.to)];
  const sources = sourcesOf(filters.subject, from, to);
  const filter = filterOf(filters);
  const entries: Audit.Entry[] = [];
  let { at, key } = readCursor(cursor, sources);
  for (let calls = 0; at < sources.length && calls < CALLS_PER_PAGE; calls++) {
    const source = sources[at] as Source;
    const read = await queryPage({
      ...source.query,
      range: { between: [from, `${to}#~`] },
      ...(filter && { filter }),
      newestFirst: true,
      limit: READ_PER_CALL,
      ...(key && { startKey: key }),
    });
    for (const [i, raw] of read.items.entries()) {
      entries.push(Audit.readEntry(raw));
      const last = i === read.items.length - 1;
      if (entries.length === limit && (!last || read.next)) {
        return { entries, cursor: encodeCursor({ source: source.id, key: keyOf(raw, source) }) };
      }
    }
    if (read.next) key = read.next;
    else [at, key] = [at + 1, undefined];
    if (entries.length === limit) break;
  }
  const more = at < sources.length;
  return { entries, ...(more && { cursor: encodeCursor({ source: sources[at]?.id, key }) }) };
}
