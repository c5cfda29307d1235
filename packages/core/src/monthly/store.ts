import * as z from "zod";
import { deleteMany } from "../db/batch.ts";
import { defineItem, queryEvery, queryPage, run } from "../db/store.ts";
import type { TransactItem } from "../util/db-types.ts";
import { merge, type Tally } from "./tally.ts";

/**
 * The monthly figures: one partition, one item per month and shard (`month#2026-03#2`), each a
 * flat map of counters and sets. Shards keep concurrent changes from meeting on one item; a
 * report over five years reads one Query of at most 60 × SHARDS items, whatever the history.
 */
export const SHARDS = 4;
const PARTITION = "stats";

const Month = defineItem({
  type: "stats-month",
  schema: z.record(z.string(), z.unknown()),
  key: ({ month, shard }: { month: string; shard: number }) => ({
    pk: PARTITION,
    sk: `month#${month}#${shard}`,
  }),
});

/**
 * Shards taken in turn rather than at random: two counts in one transaction (a confirmation
 * that also sends a survey) then never land on the same item, which DynamoDB refuses.
 */
let turn = Math.floor(Math.random() * SHARDS);
const nextShard = () => {
  turn = (turn + 1) % SHARDS;
  return turn;
};

/** The writes for one transaction's tallies: one update per month touched. */
export function count(tallies: readonly Tally[]): TransactItem[] {
  return merge(tallies).map((t) =>
    Month.update(
      { month: t.month, shard: nextShard() },
      {
        set: { month: t.month },
        add: {
          ...t.add,
          ...Object.fromEntries(Object.entries(t.sets ?? {}).map(([k, v]) => [k, new Set(v)])),
        },
      },
    ),
  );
}

/** A month's figures, the shards added up. */
export interface MonthFigures {
  counts: Map<string, number>;
  sets: Map<string, Set<string>>;
}

export const emptyMonth = (): MonthFigures => ({ counts: new Map(), sets: new Map() });

/** Adds one stored item (or a tally) into a month's figures. */
export function addInto(into: MonthFigures, fields: Record<string, unknown>) {
  for (const [name, value] of Object.entries(fields)) {
    if (typeof value === "number") into.counts.set(name, (into.counts.get(name) ?? 0) + value);
    else if (value instanceof Set || Array.isArray(value)) {
      const set = into.sets.get(name) ?? new Set<string>();
      for (const x of value) set.add(String(x));
      into.sets.set(name, set);
    }
  }
}

/** Every month up to and including `lastMonth` (stocks need the months before the period). */
export async function monthsUpTo(lastMonth: string): Promise<Map<string, MonthFigures>> {
  const items = await queryEvery({
    partition: PARTITION,
    range: { le: `month#${lastMonth}#~` },
  });
  const months = new Map<string, MonthFigures>();
  for (const raw of items) {
    const { month, ...fields } = Month.read(raw);
    if (typeof month !== "string") continue;
    const figures = months.get(month) ?? emptyMonth();
    months.set(month, figures);
    addInto(figures, fields);
  }
  return months;
}

/** Every stored month item's key, for the rebuild to replace them. */
export async function storedKeys(): Promise<{ pk: string; sk: string }[]> {
  const keys: { pk: string; sk: string }[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await queryPage({ partition: PARTITION, project: ["pk", "sk"], startKey });
    keys.push(...page.items.map((i) => ({ pk: String(i.pk), sk: String(i.sk) })));
    startKey = page.next;
  } while (startKey);
  return keys;
}

/**
 * Replaces every stored month by the given figures (the rebuild): the old shards removed, then
 * one item per month. Not one transaction — a rebuild runs when nothing else writes.
 */
export async function replaceAll(figures: Map<string, MonthFigures>) {
  await deleteMany(await storedKeys());
  for (const [month, f] of figures) {
    await run(
      Month.update(
        { month, shard: 0 },
        {
          set: { month },
          add: {
            ...Object.fromEntries([...f.counts].filter(([, n]) => n !== 0)),
            ...Object.fromEntries([...f.sets].filter(([, v]) => v.size > 0)),
          },
        },
      ),
    );
  }
}
