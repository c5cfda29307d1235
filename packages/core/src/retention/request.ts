import { deleteRaw, keyOfItem, putRaw, when } from "../db/index.ts";
import { Request } from "../request/index.ts";
import { Search } from "../search/index.ts";
import type { TransactItem } from "../util/db-types.ts";

/**
 * A request with its client taken out: what the reports count stays (when, which matter, where,
 * in which language, how it came, how it ended, the visit's minutes), everything that could tell
 * who the client was goes — their name, contact, the matter in their words, the place, the
 * timeline's notes, the visit report's text, the offers and the emails about it, the name search.
 *
 * Written as keep-lists rather than remove-lists: a field added later is dropped unless someone
 * decides it is a fact the figures need. Pure over stored items, so the same transformation
 * serves the retention job and an erasure, and a test can read every byte it leaves.
 */

type Raw = Record<string, unknown>;

/** Shown where a required text was: the stored shape stays valid, the detail is gone. */
export const GONE = "—";

const TABLE = ["pk", "sk", "type", "gsi1pk", "gsi1sk"];

const pick = (from: Raw, names: readonly string[]): Raw =>
  Object.fromEntries(names.filter((n) => from[n] !== undefined).map((n) => [n, from[n]]));

const REQUEST_FACTS = [
  ...TABLE,
  "id",
  "reference",
  "status",
  "startsAt",
  "createdAt",
  "updatedAt",
  "closedAt",
  "consentAt",
  "consent",
  "version",
  "locale",
  "requesterRole",
  "preferredContact",
  "sector",
  "municipality",
  "date",
  "startTime",
  "durationMinutes",
  "volunteerId",
  "clientKey",
  "outcome",
  "ownerId",
  "ownerName",
] as const;

const CLIENT_FACTS = ["languages", "mainLanguage", "finnishOrSwedish"] as const;

export function anonymisedRequest(raw: Raw, now: Date, extra: Raw = {}): Raw {
  const client = (raw.client ?? {}) as Raw;
  const requester = raw.requester as Raw | undefined;
  return {
    ...pick(raw, REQUEST_FACTS),
    client: { ...pick(client, CLIENT_FACTS), name: GONE },
    // A partner organisation's name is not the client's: the partner figures count it.
    ...(typeof requester?.organisation === "string" && {
      requester: { organisation: requester.organisation },
    }),
    description: GONE,
    place: GONE,
    version: Number(raw.version ?? 0) + 1,
    updatedAt: now.toISOString(),
    anonymisedAt: now.toISOString(),
    ...extra,
  };
}

const EVENT_FACTS = [
  "at",
  "kind",
  "outcome",
  "minutes",
  "flags",
  "answer",
  "via",
  "from",
  "to",
  "fields",
  "volunteerId",
  "volunteerIds",
  "actorName",
  "ownerName",
] as const;

export function anonymisedEvent(raw: Raw): Raw {
  return { ...pick(raw, [...TABLE, "id"]), event: pick((raw.event ?? {}) as Raw, EVENT_FACTS) };
}

const REPORT_FACTS = ["happened", "minutes", "followUp", "wellbeing", "wantsTalk", "at", "by"];

/** The report without its words: whether it happened and how long stay for the figures. */
export function reportWithoutText(raw: Raw): Raw {
  const report = (raw.report ?? {}) as Raw;
  return { ...pick(raw, TABLE), report: { ...pick(report, REPORT_FACTS), actorName: GONE } };
}

/** Kinds of a request's partition that only ever concern the client and go whole. */
const DELETED = new Set(["offer", "outbox", "feedback-pair"]);

/** The partition rewritten: the request item last, so a run cut short is taken up again. */
export function anonymiseWrites(
  items: readonly Raw[],
  now: Date,
  /** Facts to add to the anonymised request (an erasure's id and undo deadline). */
  extra: Raw = {},
): TransactItem[] {
  const request = items.find((i) => i.type === "request");
  if (!request) return [];
  const writes: TransactItem[] = [];
  for (const item of items) {
    const exists = when.exists("pk");
    if (item.type === "event") writes.push(putRaw(anonymisedEvent(item), exists));
    else if (item.type === "report") writes.push(putRaw(reportWithoutText(item), exists));
    else if (DELETED.has(String(item.type))) writes.push(deleteRaw(keyOfItem(item)));
  }
  const name = String((request.client as Raw | undefined)?.name ?? "");
  writes.push(...Search.unindex(String(request.id), name));
  writes.push(
    putRaw(
      anonymisedRequest(request, now, extra),
      when.eq("version", Number(request.version ?? 0)),
    ),
  );
  return writes;
}

/** Only the report's text, for a report older than its own window. */
export function reportTextWrites(items: readonly Raw[], now: Date): TransactItem[] {
  const request = items.find((i) => i.type === "request");
  const report = items.find((i) => i.type === "report");
  if (!request) return [];
  const parsed = Request.Requests.read(request);
  return [
    ...(report ? [putRaw(reportWithoutText(report), when.exists("pk"))] : []),
    Request.change(parsed, now, { reportTextRemovedAt: now.toISOString() }),
  ];
}
