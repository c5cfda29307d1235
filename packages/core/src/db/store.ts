import {
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  type QueryCommandInput,
  UpdateCommand,
} from "@aws-sdk/lib-dynamodb";
import type * as z from "zod/v4/core";
import { parse } from "zod/v4/core";
import type { TransactItem } from "../util/db-types.ts";
import { getMany } from "./batch.ts";
import { db, tableName } from "./client.ts";
import { type Change, type Condition, Expressions } from "./expr.ts";

/**
 * One kind of item in the single table: its keys, its place in the index, and how it maps to
 * the domain (a zod schema, so what is read is checked and typed, never cast). Writes are built
 * as transaction items, guarded by conditions written as data (`expr.ts`); `run` sends one on
 * its own when no transaction is needed.
 */

export interface Key {
  pk: string;
  sk: string;
}

export interface IndexKeys {
  gsi1pk: string;
  gsi1sk: string;
}

/** Attributes that belong to the table, not to the domain object (and `expiresAt` with TTL). */
const TABLE_ATTRIBUTES = ["pk", "sk", "gsi1pk", "gsi1sk", "type"];

export interface ItemSpec<Schema extends z.$ZodType, Id> {
  /** The `type` attribute every item of this kind carries. */
  type: string;
  schema: Schema;
  key: (id: Id) => Key;
  /** The id of a whole item, for kinds that are put whole (not only updated). */
  id?: (item: z.output<Schema>) => Id;
  /** Its gsi1 entry, when it is in the index. */
  index?: (item: z.output<Schema>) => IndexKeys | undefined;
  /** When TTL may clean it up (epoch seconds). */
  expiresAt?: (item: z.output<Schema>) => number | undefined;
}

export type ItemOf<S extends { read: (raw: Record<string, unknown>) => unknown }> = ReturnType<
  S["read"]
>;

/** One kind of item. Its methods are arrow functions, so they can be passed around (`map(X.read)`). */
export class ItemKind<Schema extends z.$ZodType, Id> {
  constructor(readonly spec: ItemSpec<Schema, Id>) {}

  key = (id: Id): Key => this.spec.key(id);

  /** The stored form: keys, index entry, TTL and `type` around the domain object. */
  item = (value: z.output<Schema>): Record<string, unknown> => {
    const { spec } = this;
    if (!spec.id) throw new Error(`${spec.type} items are not put whole`);
    const expiresAt = spec.expiresAt?.(value);
    return {
      ...spec.key(spec.id(value)),
      ...spec.index?.(value),
      ...(expiresAt !== undefined && { expiresAt }),
      type: spec.type,
      ...(value as object),
    };
  };

  /** The domain object of a stored item, checked against the schema. */
  read = (raw: Record<string, unknown>): z.output<Schema> => {
    const fields = Object.fromEntries(
      Object.entries(raw).filter(
        ([name]) =>
          !TABLE_ATTRIBUTES.includes(name) && !(this.spec.expiresAt && name === "expiresAt"),
      ),
    );
    return parse(this.spec.schema, fields);
  };

  /** Its gsi1 entry (for a change that moves it in the index). */
  indexOf = (value: z.output<Schema>): Partial<IndexKeys> => this.spec.index?.(value) ?? {};

  put = (value: z.output<Schema>, when?: Condition): TransactItem => {
    const expressions = new Expressions();
    const condition = guard(expressions, when);
    return {
      Put: {
        TableName: tableName(),
        Item: this.item(value),
        ...condition,
        ...expressions.attributes(),
      },
    };
  };

  /** An update, or the first write of an item built up by updates: it always says its type. */
  update = (id: Id, change: Change, when?: Condition): TransactItem => {
    const expressions = new Expressions();
    const UpdateExpression = expressions.update({
      ...change,
      set: { ...change.set, type: this.spec.type },
    });
    return {
      Update: {
        TableName: tableName(),
        Key: this.spec.key(id),
        UpdateExpression,
        ...guard(expressions, when),
        ...expressions.attributes(),
      },
    };
  };

  remove = (id: Id, when?: Condition): TransactItem => {
    const expressions = new Expressions();
    return {
      Delete: {
        TableName: tableName(),
        Key: this.spec.key(id),
        ...guard(expressions, when),
        ...expressions.attributes(),
      },
    };
  };

  /** A condition on the item that writes nothing: the transaction needs it to hold. */
  check = (id: Id, when: Condition): TransactItem => {
    const expressions = new Expressions();
    return {
      ConditionCheck: {
        TableName: tableName(),
        Key: this.spec.key(id),
        ConditionExpression: expressions.condition(when),
        ...expressions.attributes(),
      },
    };
  };

  get = async (id: Id, options: { consistent?: boolean } = {}) => {
    const { Item } = await db().send(
      new GetCommand({
        TableName: tableName(),
        Key: this.spec.key(id),
        ConsistentRead: options.consistent ?? true,
      }),
    );
    return Item ? this.read(Item) : undefined;
  };

  /** Many by id, in BatchGetItems of 100; what does not exist is left out. */
  getMany = async (ids: Id[]): Promise<Map<Id, z.output<Schema>>> => {
    const found = await getMany(ids.map(this.spec.key));
    const byKey = new Map(ids.map((id) => [keyString(this.spec.key(id)), id]));
    const out = new Map<Id, z.output<Schema>>();
    for (const [k, raw] of found) {
      const id = byKey.get(k);
      if (id !== undefined) out.set(id, this.read(raw));
    }
    return out;
  };
}

const guard = (expressions: Expressions, when?: Condition) =>
  when ? { ConditionExpression: expressions.condition(when) } : {};

export function defineItem<Schema extends z.$ZodType, Id>(spec: ItemSpec<Schema, Id>) {
  return new ItemKind(spec);
}

const keyString = (k: Key) => `${k.pk}|${k.sk}`;

/**
 * Sends one write on its own. `returnOld`/`returnNew` give the item as it was or became.
 * A failed condition throws `ConditionalCheckFailedException`.
 */
export async function run(
  write: TransactItem,
  options: { returnNew?: boolean; returnOld?: boolean } = {},
): Promise<Record<string, unknown> | undefined> {
  const ReturnValues = options.returnNew ? "ALL_NEW" : options.returnOld ? "ALL_OLD" : undefined;
  if (write.Put) {
    const { Attributes } = await db().send(new PutCommand({ ...write.Put, ReturnValues }));
    return Attributes;
  }
  if (write.Update) {
    const { Attributes } = await db().send(new UpdateCommand({ ...write.Update, ReturnValues }));
    return Attributes;
  }
  if (write.Delete) {
    const { Attributes } = await db().send(new DeleteCommand({ ...write.Delete, ReturnValues }));
    return Attributes;
  }
  throw new Error("only a put, an update or a delete can run on its own");
}

/** A Query, written as data: a partition (of the table or of gsi1) and a range of sort keys. */
export interface Query {
  index?: "gsi1";
  partition: string;
  range?:
    | { beginsWith: string }
    | { between: [string, string] }
    | { le: string }
    | { lt: string }
    | { ge: string }
    | { gt: string };
  filter?: Condition;
  /** Only these attributes. */
  project?: string[];
  limit?: number;
  newestFirst?: boolean;
  consistent?: boolean;
  startKey?: Record<string, unknown>;
}

function queryInput(query: Query): QueryCommandInput {
  const expressions = new Expressions();
  const [pk, sk] = query.index === "gsi1" ? ["gsi1pk", "gsi1sk"] : ["pk", "sk"];
  const parts = [`${expressions.path(pk)} = ${expressions.value(query.partition)}`];
  const { range } = query;
  if (range) {
    const path = expressions.path(sk);
    if ("beginsWith" in range)
      parts.push(`begins_with(${path}, ${expressions.value(range.beginsWith)})`);
    else if ("between" in range) {
      const [from, to] = range.between;
      parts.push(`${path} BETWEEN ${expressions.value(from)} AND ${expressions.value(to)}`);
    } else {
      const [op, value] = Object.entries(range)[0] as [string, string];
      const symbol = { le: "<=", lt: "<", ge: ">=", gt: ">" }[op];
      parts.push(`${path} ${symbol} ${expressions.value(value)}`);
    }
  }
  const FilterExpression = query.filter ? expressions.condition(query.filter) : undefined;
  const ProjectionExpression = query.project?.map((p) => expressions.path(p)).join(", ");
  return {
    TableName: tableName(),
    ...(query.index && { IndexName: query.index }),
    KeyConditionExpression: parts.join(" AND "),
    ...(FilterExpression && { FilterExpression }),
    ...(ProjectionExpression && { ProjectionExpression }),
    ...expressions.attributes(),
    ...(query.limit && { Limit: query.limit }),
    ...(query.newestFirst && { ScanIndexForward: false }),
    ...(query.consistent && { ConsistentRead: true }),
    ...(query.startKey && { ExclusiveStartKey: query.startKey }),
  };
}

/** One page of a Query, and where the next one starts. */
export async function queryPage(query: Query) {
  const page = await db().send(new QueryCommand(queryInput(query)));
  return { items: page.Items ?? [], next: page.LastEvaluatedKey };
}

/** Every item a Query finds, page after page. Only for ranges known to stay small. */
export async function queryEvery(query: Query): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let startKey = query.startKey;
  do {
    const page = await queryPage({ ...query, startKey });
    items.push(...page.items);
    startKey = page.next;
  } while (startKey);
  return items;
}
