import { BatchWriteCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";

export const BATCH = 25;
export const IN_FLIGHT = 8;

/**
 * Writes items fast for a benchmark's starting state: batches of 25, several in flight, with
 * what DynamoDB hands back unprocessed sent again after a pause.
 */
export async function putAll(
  documents: DynamoDBDocumentClient,
  tableName: string,
  items: Record<string, unknown>[],
) {
  const batches: Record<string, unknown>[][] = [];
  for (let i = 0; i < items.length; i += BATCH) {
    batches.push(items.slice(i, i + BATCH).map((Item) => ({ PutRequest: { Item } })));
  }
  let next = 0;
  let retries = 0;
  const worker = async () => {
    while (next < batches.length) {
      let requests: Record<string, unknown>[] | undefined = batches[next++];
      for (let attempt = 0; requests?.length; attempt++) {
        if (attempt > 0) {
          retries++;
          await new Promise((r) => setTimeout(r, Math.min(1000, 10 * 2 ** attempt)));
        }
        const result = await documents.send(
          new BatchWriteCommand({ RequestItems: { [tableName]: requests } }),
        );
        requests = result.UnprocessedItems?.[tableName] as Record<string, unknown>[] | undefined;
      }
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return { retries, batches: batches.length };
}
