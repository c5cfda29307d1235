import { BatchGetCommand } from "@aws-sdk/lib-dynamodb";
import { db, tableName } from "../db/client.ts";
import type { TransactItem } from "../util/db-types.ts";

/**
 * Requests (or volunteers) per status for the list tabs, kept as counters that change in the same transaction
 * as the status. Spread over shards so concurrent submissions rarely touch the same item.
 */
const SHARDS = 10;
export type Group = "requests" | "volunteers";
const key = (group: Group, shard: number) => ({ pk: `counts#${group}`, sk: `shard#${shard}` });

export function change(group: Group, deltas: Record<string, number>): TransactItem {
  const names: Record<string, string> = {};
  const values: Record<string, number> = {};
  const parts = Object.entries(deltas).map(([status, delta], i) => {
    names[`#s${i}`] = status;
    values[`:d${i}`] = delta;
    return `#s${i} :d${i}`;
  });
  return {
    Update: {
      TableName: tableName(),
      Key: key(group, Math.floor(Math.random() * SHARDS)),
      UpdateExpression: `ADD ${parts.join(", ")}`,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    },
  };
}

export async function read<Status extends string>(group: Group, statuses: readonly Status[]) {
  const { Responses } = await db().send(
    new BatchGetCommand({
      RequestItems: {
        [tableName()]: { Keys: Array.from({ length: SHARDS }, (_, i) => key(group, i)) },
      },
    }),
  );
  const totals = Object.fromEntries(statuses.map((s) => [s, 0])) as Record<Status, number>;
  for (const shard of Responses?.[tableName()] ?? []) {
    for (const status of statuses) totals[status] += Number(shard[status] ?? 0);
  }
  return totals;
}
