import * as z from "zod";
import { defineItem } from "../db/store.ts";
import type { TransactItem } from "../util/db-types.ts";

/**
 * Requests (or volunteers) per status for the list tabs, kept as counters that change in the
 * same transaction as the status. Spread over shards so concurrent writes rarely touch the same
 * item.
 */
const SHARDS = 10;
export type Group = "requests" | "volunteers";

const Shard = defineItem({
  type: "counts",
  schema: z.record(z.string(), z.number()),
  key: ({ group, shard }: { group: Group; shard: number }) => ({
    pk: `counts#${group}`,
    sk: `shard#${shard}`,
  }),
});

export function change(group: Group, deltas: Record<string, number>): TransactItem {
  return Shard.update({ group, shard: Math.floor(Math.random() * SHARDS) }, { add: deltas });
}

export async function read<Status extends string>(group: Group, statuses: readonly Status[]) {
  const shards = await Shard.getMany(
    Array.from({ length: SHARDS }, (_, shard) => ({ group, shard })),
  );
  const totals = Object.fromEntries(statuses.map((s) => [s, 0])) as Record<Status, number>;
  for (const shard of shards.values()) {
    for (const status of statuses) totals[status] += shard[status] ?? 0;
  }
  return totals;
}
