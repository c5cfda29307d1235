import type { TransactItem } from "../util/db-types.ts";
import { tableName } from "./client.ts";
import { type Condition, Expressions } from "./expr.ts";
import type { Key } from "./store.ts";

/**
 * Writes of whole stored items, whatever their kind: for the data's lifecycle, which rewrites an
 * item with its personal details taken out and, on undo, puts it back exactly as it was. Every
 * other write goes through its kind's typed store.
 */

const guarded = (when: Condition | undefined) => {
  if (!when) return {};
  const expressions = new Expressions();
  return { ConditionExpression: expressions.condition(when), ...expressions.attributes() };
};

export const putRaw = (item: Record<string, unknown>, when?: Condition): TransactItem => ({
  Put: { TableName: tableName(), Item: item, ...guarded(when) },
});

export const deleteRaw = (key: Key, when?: Condition): TransactItem => ({
  Delete: { TableName: tableName(), Key: { pk: key.pk, sk: key.sk }, ...guarded(when) },
});

/** The key of a stored item. */
export const keyOfItem = (item: Record<string, unknown>): Key => ({
  pk: String(item.pk),
  sk: String(item.sk),
});
