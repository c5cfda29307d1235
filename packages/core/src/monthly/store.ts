import * as z from "zod";
import { deleteMany } from "../db/batch.ts";
import { defineItem, queryEvery, queryPage, run } from "../db/store.ts";
import type { TransactItem } from "../util/db-types.ts";
import { merge, type Tally } from "./tally.ts";

/**
 * The monthly figures: one partition; per month and shard, one item of counters
 * (`month#2026-03#2`) and one of distinct members (`sets#2026-03#2`: clients, courses,
 * gatherings), which grow with the activity. Shards keep concurrent changes from meeting on one
 * item. A report reads the counters up to its end (stocks count from the beginning: at most
 * 12 × SHARDS small items a year) and the sets of its own months only: two Queries, whatever
 * the number of visits behind them.
 */
export const SHARDS = 2;
const PARTITION = "stats";

type Part = "month" | "sets";
const Month = defineItem({
  type: "stats-month",
  schema: z.record(z.string(), z.unknown()),
  key: ({ part, month, shard }: { part: Part; month: string; shard: number }) => ({
    pk: PARTITION,
    sk: `${part}#${month}#${shard}`,
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

/** The writes for one transaction's tallies: per month touched, its counters and its sets. */
export function count(tallies: readonly Tally[]): TransactItem[] {
  return merge(tallies).flatMap((t) => {
    const shard = nextShard();
    const sets = Object.entries(t.sets ?? {});
    return [
      ...(Object.keys(t.add).length
        ? [
            Month.update(
              { part: "month", month: t.month, shard },
              { set: { month: t.month }, add: t.add },
            ),
          ]
        : []),
      ...(sets.length
        ? [
            Month.update(
              { part: "sets", month: t.month, shard },
              {
                set: { month: t.month },
                add: Object.fromEntries(sets.map(([k, v]) => [k, new Set(v)])),
              },
            ),
          ]
        : []),
    ];
  });
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

/**
 * The figures a report over `from`…`to` needs: every month's counters up to `to` (stocks count
 * from the beginning) and the sets of the period's months.
 */
export async function read(from: string, to: string): Promise<Map<string, MonthFigures>> {
  const [counts, sets] = await Promise.all([
    queryEvery({ partition: PARTITION, range: { between: ["month#", `month#${to}#~`] } }),
    queryEvery({ partition: PARTITION, range: { between: [`sets#${from}`, `sets#${to}#~`] } }),
  ]);
  const months = new Map<string, MonthFigures>();
  for (const raw of [...counts, ...sets]) {
    const { month, ...fields } = Month.read(raw);
    if (typeof month !== "string") continue;
    const figures = months.get(month) ?? emptyMonth();
    months.set(month, figures);
    addInto(figures, fields);
  }
  return months;
}

/** Every month's figures, all of them (the rebuild compares them whole). */
export const everything = () => read("0000-00", "9999-12");

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
    const counts = Object.fromEntries([...f.counts].filter(([, n]) => n !== 0));
    const sets = Object.fromEntries([...f.sets].filter(([, v]) => v.size > 0));
    const at = { month, shard: 0 };
    if (Object.keys(counts).length) {
      await run(Month.update({ part: "month", ...at }, { set: { month }, add: counts }));
    }
    if (Object.keys(sets).length) {
      await run(Month.update({ part: "sets", ...at }, { set: { month }, add: sets }));
    }
  }
}
