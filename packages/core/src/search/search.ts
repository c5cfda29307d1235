import * as z from "zod";
import { defineItem, queryPage } from "../db/store.ts";
import type { TransactItem } from "../util/db-types.ts";
import { words } from "../util/words.ts";

/**
 * Finding a request by the client's name: one small item per word of the name, under the
 * word's first letter, so a Query with begins_with finds "virt" in "Aino Virtanen".
 */

interface WordId {
  word: string;
  requestId: string;
}

const Word = defineItem({
  type: "search",
  schema: z.object({ requestId: z.string(), word: z.string() }),
  key: ({ word, requestId }: WordId) => ({
    pk: `search#name#${[...word][0]}`,
    sk: `${word}#${requestId}`,
  }),
  id: (item) => item,
});

/** What a search item points at (items of old only ever held this). */
const RequestRef = z.object({ requestId: z.string() });

export function index(requestId: string, name: string): TransactItem[] {
  return words(name).map((word) => Word.put({ word, requestId }));
}

export function unindex(requestId: string, name: string): TransactItem[] {
  return words(name).map((word) => Word.remove({ word, requestId }));
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
  const { items } = await queryPage({
    partition: Word.key({ word, requestId: "" }).pk,
    range: { beginsWith: word },
    limit: 200,
  });
  return [...new Set(items.map((item) => RequestRef.parse(item).requestId))];
}
