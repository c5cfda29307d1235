import { BatchGetCommand, BatchWriteCommand } from "@aws-sdk/lib-dynamodb";
import { db, tableName } from "./client.ts";

interface Key {
  pk: string;
  sk: string;
}

/**
 * Many items by key: BatchGetItem in chunks of 100, asking again for any keys DynamoDB left
 * unprocessed (it may, under load). Missing items are simply absent from the map.
 */
export async function getMany(
  keys: Key[],
  options: { consistent?: boolean } = {},
): Promise<Map<string, Record<string, unknown>>> {
  const found = new Map<string, Record<string, unknown>>();
  const unique = [...new Map(keys.map((k) => [`${k.pk}|${k.sk}`, k])).values()];
  for (let i = 0; i < unique.length; i += 100) {
    let pending: Key[] = unique.slice(i, i + 100);
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt > 0) await new Promise((r) => setTimeout(r, 20 * 2 ** Math.min(attempt, 6)));
      const result = await db().send(
        new BatchGetCommand({
          RequestItems: {
            [tableName()]: { Keys: pending, ...(options.consistent && { ConsistentRead: true }) },
          },
        }),
      );
      for (const item of result.Responses?.[tableName()] ?? []) {
        found.set(`${item.pk}|${item.sk}`, item);
      }
      pending = (result.UnprocessedKeys?.[tableName()]?.Keys ?? []) as Key[];
    }
  }
  return found;
}

export const keyOf = (k: Key) => `${k.pk}|${k.sk}`;

/** Deletes items by key, 25 to a BatchWriteItem, sending again what DynamoDB left unprocessed. */
export async function deleteMany(keys: Key[]): Promise<void> {
  for (let i = 0; i < keys.length; i += 25) {
    let requests: Record<string, unknown>[] | undefined = keys
      .slice(i, i + 25)
      .map((key) => ({ DeleteRequest: { Key: { pk: key.pk, sk: key.sk } } }));
    while (requests?.length) {
      const result = await db().send(
        new BatchWriteCommand({ RequestItems: { [tableName()]: requests } }),
      );
      requests = result.UnprocessedItems?.[tableName()] as Record<string, unknown>[] | undefined;
    }
  }
}
