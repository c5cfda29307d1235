import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import { db, tableName } from "@rinnalla/core/db";

/**
 * Every item of the table, in four parallel segments: for operator commands that must see all
 * the records (the report figures' rebuild), never for the application, which only Queries.
 */
export async function everyItem(): Promise<Record<string, unknown>[]> {
  const SEGMENTS = 4;
  const parts = await Promise.all(
    Array.from({ length: SEGMENTS }, async (_, segment) => {
      const items: Record<string, unknown>[] = [];
      let ExclusiveStartKey: Record<string, unknown> | undefined;
      do {
        const page = await db().send(
          new ScanCommand({
            TableName: tableName(),
            Segment: segment,
            TotalSegments: SEGMENTS,
            ConsistentRead: true,
            ExclusiveStartKey,
          }),
        );
        items.push(...(page.Items ?? []));
        ExclusiveStartKey = page.LastEvaluatedKey;
      } while (ExclusiveStartKey);
      return items;
    }),
  );
  return parts.flat();
}
