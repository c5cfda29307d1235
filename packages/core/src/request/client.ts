import * as z from "zod";
import { defineItem, queryEvery } from "../db/store.ts";
import type { TransactItem } from "../util/db-types.ts";

/**
 * Continuity: requests the coordinator linked as the same client share a key, and each member
 * records the volunteer who went along. "Has supported this client before" is one Query.
 */

const Members = defineItem({
  type: "client-member",
  schema: z.object({
    clientKey: z.string().optional(),
    requestId: z.string(),
    volunteerId: z.string().optional(),
  }),
  key: ({ clientKey, requestId }: { clientKey: string; requestId: string }) => ({
    pk: `client#${clientKey}`,
    sk: `request#${requestId}`,
  }),
  id: (m) => ({ clientKey: m.clientKey ?? "", requestId: m.requestId }),
});

export function member(clientKey: string, requestId: string, volunteerId?: string): TransactItem {
  return Members.put({ clientKey, requestId, ...(volunteerId && { volunteerId }) });
}

/** Volunteers who went with this client, other than on the given request. */
export async function supporters(clientKey: string, exceptRequestId: string): Promise<Set<string>> {
  const items = await queryEvery({ partition: `client#${clientKey}` });
  return new Set(
    items
      .map(Members.read)
      .filter((m) => m.requestId !== exceptRequestId)
      .flatMap((m) => (m.volunteerId ? [m.volunteerId] : [])),
  );
}
