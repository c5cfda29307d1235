import * as z from "zod";
import * as Actor from "../actor/index.ts";
import { Audit } from "../audit/index.ts";
import * as Session from "../auth/session.ts";
import {
  defineItem,
  deleteRaw,
  getMany,
  keyOfItem,
  putRaw,
  queryEvery,
  queryPage,
  transact,
  when,
} from "../db/index.ts";
import * as Link from "../link/index.ts";
import { Request } from "../request/index.ts";
import { closedStatuses } from "../request/status.ts";
import { Search } from "../search/index.ts";
import * as Secret from "../secret/index.ts";
import type { TransactItem } from "../util/db-types.ts";
import { VisibleError } from "../util/errors.ts";
import { fn } from "../util/fn.ts";
import { createId } from "../util/id.ts";
import { Volunteer } from "../volunteer/index.ts";
import * as ClientData from "./request.ts";
import * as VolunteerData from "./volunteer.ts";

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
/** Who erased, when it was the volunteer themselves. */
export const SELF = "(the volunteer)";
/** Records guarded by a version: put back only over the anonymised version. */
const VERSIONED = new Set(["request", "volunteer"]);
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
  const { erasure, record } = await sealed(
    {
      subject: `request#${id}`,
      references: requests.map((r) => String(r.reference)),
      requestIds: ids,
    },
    partitions.flat(),
    actor.name,
    now,
  );
  const erasureId = erasure.id;
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

/** The erasure's record and its sealed copy of what is about to change, as writes. */
async function sealed(
  about: Pick<Erasure, "subject" | "references" | "requestIds">,
  items: Raw[],
  by: string,
  now: Date,
) {
  const id = createId("era");
  const parts = await seal(id, items);
  const erasure: Erasure = {
    id,
    ...about,
    at: now.toISOString(),
    by,
    undoUntil: new Date(now.getTime() + UNDO_DAYS * DAY_MS).toISOString(),
    parts: parts.length,
  };
  const record: TransactItem[] = [
    Erasures.put(erasure, when.notExists("pk")),
    ...parts.map((pieces, n) => Parts.update({ id, n }, { set: { pieces } })),
    Audit.entry("person.erase", about.subject, { requests: about.requestIds.length }, now),
  ];
  return { erasure, record };
}

/** Writes in order, 100 to a transaction: the item that marks the work done comes last. */
async function commitInOrder(writes: TransactItem[]) {
  for (let i = 0; i < writes.length; i += 100) await transact(writes.slice(i, i + 100));
}

export const VolunteerEraseInput = z.object({
  /** Certificates stay as a minimal register (verifiable) unless the person asks otherwise. */
  certificates: z.enum(["keep", "remove"]).default("keep"),
});

/**
 * Erases a volunteer: someone still volunteering is first ended (with the history's cause), then
 * their details are taken out as the retention policy would, their links and sessions end, and
 * their certificates stay verifiable unless they asked for them to go. A volunteer with a visit
 * still ahead is refused: the coordinator finds someone else first.
 */
async function eraseVolunteerNow(
  id: string,
  certificates: "keep" | "remove",
  by: string,
  now: Date,
) {
  const v = await Volunteer.get(id);
  if (!v) throw new VisibleError(404, "not_found", "error.notFound");
  if (v.legalHold) throw new VisibleError(409, "legal_hold", "error.legalHold");
  if (v.anonymisedAt) throw new VisibleError(409, "already_erased", "error.alreadyErased");
  const ahead = await queryEvery({
    partition: `volunteer#${id}`,
    range: { gt: `visit#${now.toISOString()}` },
    filter: when.eq("status", "planned"),
  });
  if (ahead.some((visit) => String(visit.sk).startsWith("visit#"))) {
    throw new VisibleError(409, "visits_ahead", "error.eraseVisitsAhead");
  }
  if (v.status !== "ended") await endForErasure(v, by, now);
  const partition = await queryEvery({ partition: `volunteer#${id}`, consistent: true });
  const volunteer = partition.find((i) => i.type === "volunteer") as Raw;
  const elsewhere = await VolunteerData.rowsNaming(id, String(volunteer.createdAt), now);
  const address = await getMany([
    { pk: `volunteer-email#${volunteer.email}`, sk: "volunteer-email" },
  ]);
  const visited = await VolunteerData.requestsVisited(partition);
  const naming = VolunteerData.namedOnRequests(
    { id, name: String(volunteer.name), email: String(volunteer.email) },
    visited,
  );
  const touched = visited.filter((i) =>
    naming.some((w) => {
      const item = (w.Put?.Item ?? {}) as Raw;
      return item.pk === i.pk && item.sk === i.sk;
    }),
  );
  const held =
    certificates === "remove"
      ? await queryEvery({ index: "gsi1", partition: `certificates#${id}` })
      : [];
  const { erasure, record } = await sealed(
    { subject: `volunteer#${id}`, references: [], requestIds: [] },
    [...partition, ...elsewhere, ...address.values(), ...held, ...touched],
    by,
    now,
  );
  const marker = { erasure: { id: erasure.id, undoUntil: erasure.undoUntil } };
  await commitInOrder([
    ...record,
    ...held.map((c) => deleteRaw(keyOfItem(c))),
    ...naming,
    ...VolunteerData.anonymiseWrites(partition, elsewhere, now, marker),
  ]);
  await Link.revokeAllOf(id);
  await Session.endAll(id);
  return { id: erasure.id, undoUntil: erasure.undoUntil };
}

/** Someone still volunteering leaves first, as any ending is recorded (history, counts). */
async function endForErasure(v: Volunteer.Volunteer, by: string, now: Date) {
  const at = now.toISOString();
  await transact([
    ...Volunteer.moveItems(v, "ended", { endedAt: at, endReason: "other" }, now),
    Volunteer.historyItem(v.id, {
      at,
      from: v.status,
      to: "ended",
      cause: "erasure",
      actorName: by,
    }),
    Audit.entry("volunteer.status", `volunteer#${v.id}`, { from: v.status, to: "ended" }, now),
  ]);
}

/** A coordinator erases a volunteer (at their wish). */
export const eraseVolunteer = fn(
  VolunteerEraseInput.extend({ id: z.string().min(1).max(64) }),
  async ({ id, certificates }, now: Date = new Date()) =>
    eraseVolunteerNow(id, certificates, Actor.coordinator().name, now),
);

/** A volunteer erases themselves, from their own page; their session ends with it. */
export const eraseMine = fn(
  VolunteerEraseInput,
  async ({ certificates }, now: Date = new Date()) => {
    // Their own name would stay in the history and the erasure's record: "themselves" instead.
    return eraseVolunteerNow(Actor.volunteer().volunteerId, certificates, SELF, now);
  },
);

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
  // Versioned records go back on top of their anonymised version, guarded by it: nobody changed
  // them since, and their version keeps growing.
  const versioned = items.filter((i) => VERSIONED.has(String(i.type)));
  const current = await getMany(versioned.map(keyOfItem));
  const restore: TransactItem[] = [];
  const guarded: TransactItem[] = [];
  for (const item of items) {
    // An email that was still waiting at the erasure is not sent after all these days.
    if (item.type === "outbox" && item.status !== "sent") continue;
    if (item.type === "request") {
      const client = item.client as { name?: string } | undefined;
      restore.push(...Search.index(String(item.id), client?.name ?? ""));
    }
    if (VERSIONED.has(String(item.type))) {
      const now = Number(current.get(`${item.pk}|${item.sk}`)?.version ?? -1);
      guarded.push(putRaw({ ...item, version: now + 1 }, when.eq("version", now)));
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
    Audit.entry("person.erase_undo", erasure.subject, undefined, now),
  ];
  const writes = [...restore, ...guarded, ...closing];
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
