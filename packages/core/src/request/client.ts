import { tableName } from "../db/client.ts";
import { queryAll } from "../db/query.ts";
import type { TransactItem } from "../util/db-types.ts";

/**
 * Continuity: requests the coordinator linked as the same client share a key, and each member
 * records the volunteer who went along. "Has supported this client before" is one Query.
 */

export function member(clientKey: string, requestId: string, volunteerId?: string): TransactItem {
  return {
    Put: {
      TableName: tableName(),
      Item: {
        pk: `client#${clientKey}`,
        sk: `request#${requestId}`,
        type: "client-member",
        requestId,
        ...(volunteerId && { volunteerId }),
      },
    },
  };
}

/** Volunteers who went with this client, other than on the given request. */
export async function supporters(clientKey: string, exceptRequestId: string): Promise<Set<string>> {
  const items = await queryAll({
    TableName: tableName(),
    KeyConditionExpression: "pk = :pk",
    ExpressionAttributeValues: { ":pk": `client#${clientKey}` },
  });
  return new Set(
    items
      .filter((i) => i.requestId !== exceptRequestId && i.volunteerId)
      .map((i) => i.volunteerId as string),
  );
}
