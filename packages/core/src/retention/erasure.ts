import * as z from "zod";
import * as Actor from "../actor/index.ts";
import { Audit } from "../audit/index.ts";
import { defineItem, putRaw, queryEvery, queryPage, transact, when } from "../db/index.ts";
import { Request } from "../request/index.ts";
import { closedStatuses } from "../request/status.ts";
import { Search } from "../search/index.ts";
import * as Secret from "../secret/index.ts";
import type { TransactItem } from "../util/db-types.ts";
import { VisibleError } from "../util/errors.ts";
import { fn } from "../util/fn.ts";
import { createId } from "../util/id.ts";
import * as ClientData from "./request.ts";

/**
 * A client's right to erasure: every request of theirs (those the coordinator linked as the
 * same client) anonymised at once — what reports count stays, who they were goes, from the
 * requests, their timelines and reports, their emails (sent or waiting), offers and the name
 * search. For 7 days it can be undone: the records as they were are kept sealed (KMS in AWS,
 * AES-GCM locally), so a copy of the table reads nothing of them; after that the sealed copy
 * is deleted and nothing can bring them back.
 */

type Raw = Record<string, unknown>;

export const UNDO_DAYS = 7;
const DAY_MS = 86_400_000;
/** KMS seals at most 4 KB at once: the copy goes in pieces this long (ASCII, base64). */
const PIECE = 3_000;
/** Sealed pieces per stored part, well under DynamoDB's 400 KB an item. */
const PIECES_PER_PART = 60;

const StoredErasure = z.object({
  id: z.string(),
  subject: z.string(),
  /** The requests' references, so the coordinator knows what was erased (no name). */
  references: z.array(z.string()),
  requestIds: z.array(z.string()),
  at: z.string(),
  by: z.string(),
  undoUntil: z.string(),
  parts: z.number(),
  undoneAt: z.string().optional(),
  /** The sealed copy was deleted: the erasure is final. */
  finalAt: z.string().optional(),
});
export type Erasure = z.output<typeof StoredErasure>;

const Erasures = defineItem({
  type: "erasure",
  schema: StoredErasure,
  key: (id: string) => ({ pk: `erasure#${id}`, sk: "erasure" }),
  id: (e) => e.id,
  // Undoable ones, by when their time runs out: the daily job makes them final.
  index: (e) =>
    e.undoneAt || e.finalAt
      ? undefined
      : { gsi1pk: "erasures#undoable", gsi1sk: `${e.undoUntil}#${e.id}` },
});

const Parts = defineItem({
  type: "erasure-part",
  schema: z.object({ pieces: z.array(z.string()) }),
  key: ({ id, n }: { id: string; n: number }) => ({
    pk: `erasure#${id}`,
    sk: `part#${String(n).padStart(3, "0")}`,
  }),
});

const context = (id: string) => `erasure#${id}`;

async function seal(id: string, items: Raw[]): Promise<string[][]> {
  const plain = Buffer.from(JSON.stringify(items), "utf8").toString("base64");
  const pieces: string[] = [];
  for (let i = 0; i < plain.length; i += PIECE) {
    pieces.push(await Secret.seal(plain.slice(i, i + PIECE), context(id)));
  }
  const parts: string[][] = [];
  for (let i = 0; i < pieces.length; i += PIECES_PER_PART) {
    parts.push(pieces.slice(i, i + PIECES_PER_PART));
  }
  return parts;
}

async function unseal(id: string): Promise<Raw[]> {
  const stored = await queryEvery({
    partition: `erasure#${id}`,
    range: { beginsWith: "part#" },
    consistent: true,
  });
  const pieces = stored.flatMap((p) => Parts.read(p).pieces);
  const opened = await Promise.all(pieces.map((p) => Secret.open(p, context(id))));
  return JSON.parse(Buffer.from(opened.join(""), "base64").toString("utf8")) as Raw[];
}

/** The client's requests: this one and those linked to it as the same client. */
async function requestsOfClient(request: Request.Request): Promise<string[]> {
  if (!request.clientKey) return [request.id];
  const members = await queryEvery({ partition: `client#${request.clientKey}`, project: ["sk"] });
  const ids = members.map((m) => String(m.sk).replace(/^request#/, ""));
  return [...new Set([request.id, ...ids])];
}

export const EraseInput = z.object({ id: z.string().min(1).max(64) });

/** Erases the client of a request (and of the requests linked to it). */
export const eraseClient = fn(EraseInput, async ({ id }, now: Date = new Date()) => {
  const actor = Actor.coordinator();
  const request = await Request.load(id);
  const ids = await requestsOfClient(request);
  const partitions = await Promise.all(ids.map((r) => Request.partition(r)));
  const requests = partitions.map((p) => p.find((i) => i.type === "request") as Raw);
  if (requests.some((r) => r.legalHold)) {
    throw new VisibleError(409, "legal_hold", "error.legalHold");
  }
  if (requests.some((r) => !closedStatuses.includes(r.status as Request.Request["status"]))) {
    throw new VisibleError(409, "still_open", "error.eraseOpen");
  }
  if (requests.every((r) => r.anonymisedAt)) {
    throw new VisibleError(409, "already_erased", "error.alreadyErased");
  }
  const erasureId = createId("era");
  const parts = await seal(erasureId, partitions.flat());
  const erasure: Erasure = {
    id: erasureId,
    subject: `request#${id}`,
    references: requests.map((r) => String(r.reference)),
    requestIds: ids,
    at: now.toISOString(),
    by: actor.name,
    undoUntil: new Date(now.getTime() + UNDO_DAYS * DAY_MS).toISOString(),
    parts: parts.length,
  };
  const record: TransactItem[] = [
    Erasures.put(erasure, when.notExists("pk")),
    ...parts.map((pieces, n) => Parts.update({ id: erasureId, n }, { set: { pieces } })),
    Audit.entry("person.erase", `request#${id}`, { requests: ids.length }, now),
  ];
  const marker = { erasure: { id: erasureId, undoUntil: erasure.undoUntil } };
  const writes = partitions.flatMap((p) => ClientData.anonymiseWrites(p, now, marker));
  if (record.length + writes.length <= 100) await transact([...record, ...writes]);
  else {
    // Too many for one transaction: the sealed copy first, then each request, its own item
    // last, so an interrupted erasure is visible (the request not anonymised) and can be re-run.
    await transact(record);
    for (const p of partitions) {
      const w = ClientData.anonymiseWrites(p, now, marker);
      for (let i = 0; i < w.length; i += 100) await transact(w.slice(i, i + 100));
    }
  }
  return { id: erasureId, undoUntil: erasure.undoUntil, references: erasure.references };
});

export const UndoInput = z.object({ id: z.string().min(1).max(64) });

/** Puts the client's records back as they were, within 7 days. */
export const undo = fn(UndoInput, async ({ id }, now: Date = new Date()) => {
  Actor.coordinator();
  const erasure = await Erasures.get(id);
  if (!erasure) throw new VisibleError(404, "not_found", "error.notFound");
  if (erasure.undoneAt) throw new VisibleError(409, "already_undone", "error.alreadyUndone");
  if (erasure.finalAt || now.toISOString() >= erasure.undoUntil) {
    throw new VisibleError(410, "undo_expired", "error.undoExpired");
  }
  const items = await unseal(id);
  const current = await Promise.all(erasure.requestIds.map((r) => Request.get(r)));
  const versionNow = new Map(current.flatMap((r) => (r ? [[r.id, r.version]] : [])));
  const restore: TransactItem[] = [];
  const requestItems: TransactItem[] = [];
  for (const item of items) {
    // An email that was still waiting at the erasure is not sent after all these days.
    if (item.type === "outbox" && item.status !== "sent") continue;
    if (item.type === "request") {
      const anonymised = versionNow.get(String(item.id)) ?? -1;
      const client = item.client as { name?: string } | undefined;
      restore.push(...Search.index(String(item.id), client?.name ?? ""));
      // Guarded: nobody changed the anonymised request since; its version keeps growing.
      requestItems.push(
        putRaw({ ...item, version: anonymised + 1 }, when.eq("version", anonymised)),
      );
    } else restore.push(putRaw(item));
  }
  const parts = Array.from({ length: erasure.parts }, (_, n) => Parts.remove({ id, n }));
  const closing = [
    Erasures.update(
      id,
      { set: { undoneAt: now.toISOString() }, remove: ["gsi1pk", "gsi1sk"] },
      when.notExists("undoneAt"),
    ),
    ...parts,
    Audit.entry("person.erase_undo", erasure.subject, { requests: erasure.requestIds.length }, now),
  ];
  const writes = [...restore, ...requestItems, ...closing];
  for (let i = 0; i < writes.length; i += 100) await transact(writes.slice(i, i + 100));
  return { id, references: erasure.references };
});

/** Erasures whose 7 days have passed lose their sealed copy: from then on they are final. */
export async function finalise(now: Date): Promise<number> {
  const { items } = await queryPage({
    index: "gsi1",
    partition: "erasures#undoable",
    range: { lt: now.toISOString() },
    limit: 100,
  });
  for (const raw of items) {
    const e = Erasures.read(raw);
    await transact([
      Erasures.update(
        e.id,
        { set: { finalAt: now.toISOString() }, remove: ["gsi1pk", "gsi1sk"] },
        when.notExists("undoneAt"),
      ),
      ...Array.from({ length: e.parts }, (_, n) => Parts.remove({ id: e.id, n })),
    ]);
  }
  return items.length;
}

export const get = (id: string) => Erasures.get(id);
