import { BatchGetCommand, GetCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { db, tableName } from "../db/client.ts";
import type { TransactItem } from "../util/db-types.ts";
import { words } from "../util/words.ts";

/**
 * Finding a request by the client's name: one small item per word of the name, under the
 * word's first letter, so a Query with begins_with finds "virt" in "Aino Virtanen".
 */

const keyFor = (word: string, requestId: string) => ({
  pk: `search#name#${[...word][0]}`,
  sk: `${word}#${requestId}`,
});

export function index(requestId: string, name: string): TransactItem[] {
  return words(name).map((word) => ({
    Put: {
      TableName: tableName(),
      Item: { ...keyFor(word, requestId), type: "search", requestId },
    },
  }));
}

export function unindex(requestId: string, name: string): TransactItem[] {
  return words(name).map((word) => ({
    Delete: { TableName: tableName(), Key: keyFor(word, requestId) },
  }));
}

/** Request ids whose client name has words starting with every word of the query. */
export async function byName(query: string, limit = 25): Promise<string[]> {
  const [first, ...rest] = words(query);
  if (!first) return [];
  let ids = await idsStartingWith(first);
  // Further words narrow the result: each must start some word of the same name.
  for (const word of rest) {
    const found = new Set(await idsStartingWith(word));
    ids = ids.filter((id) => found.has(id));
  }
  return ids.slice(0, limit);
}

async function idsStartingWith(word: string): Promise<string[]> {
  const page = await db().send(
    new QueryCommand({
      TableName: tableName(),
      KeyConditionExpression: "pk = :pk AND begins_with(sk, :word)",
      ExpressionAttributeValues: { ":pk": `search#name#${[...word][0]}`, ":word": word },
      Limit: 200,
    }),
  );
  return [...new Set((page.Items ?? []).map((i) => i.requestId as string))];
}

export async function getMany(ids: string[]) {
  if (ids.length === 0) return [];
  const { Responses } = await db().send(
    new BatchGetCommand({
      RequestItems: {
        [tableName()]: { Keys: ids.map((id) => ({ pk: `request#${id}`, sk: "request" })) },
      },
    }),
  );
  return Responses?.[tableName()] ?? [];
}

export async function byReference(reference: string): Promise<string[]> {
  const { Item } = await db().send(
    new GetCommand({
      TableName: tableName(),
      Key: { pk: `reference#${reference}`, sk: "reference" },
    }),
  );
  return Item ? [Item.requestId as string] : [];
}
