/**
 * DynamoDB expressions built from data, so no module writes expression strings by hand: a
 * condition is a small tree (`when.eq("status", "pending")`), a change is the attributes to set,
 * add, remove or delete. `compile` gives the strings with `#n`/`:v` placeholders, unique within
 * one request however many parts it has.
 */

export type Condition =
  | { op: "exists" | "notExists"; path: string }
  | { op: "=" | "<>" | "<" | "<=" | ">" | ">="; path: string; value: unknown }
  | { op: "in"; path: string; values: unknown[] }
  | { op: "beginsWith" | "contains"; path: string; value: unknown }
  | { op: "and" | "or"; parts: Condition[] }
  | { op: "not"; part: Condition };

/** Conditions, named as they read. */
export const when = {
  exists: (path: string): Condition => ({ op: "exists", path }),
  notExists: (path: string): Condition => ({ op: "notExists", path }),
  eq: (path: string, value: unknown): Condition => ({ op: "=", path, value }),
  ne: (path: string, value: unknown): Condition => ({ op: "<>", path, value }),
  lt: (path: string, value: unknown): Condition => ({ op: "<", path, value }),
  le: (path: string, value: unknown): Condition => ({ op: "<=", path, value }),
  gt: (path: string, value: unknown): Condition => ({ op: ">", path, value }),
  ge: (path: string, value: unknown): Condition => ({ op: ">=", path, value }),
  in: (path: string, values: unknown[]): Condition => ({ op: "in", path, values }),
  beginsWith: (path: string, value: string): Condition => ({ op: "beginsWith", path, value }),
  contains: (path: string, value: unknown): Condition => ({ op: "contains", path, value }),
  and: (...parts: (Condition | undefined)[]): Condition => ({
    op: "and",
    parts: parts.filter((p): p is Condition => !!p),
  }),
  or: (...parts: Condition[]): Condition => ({ op: "or", parts }),
  not: (part: Condition): Condition => ({ op: "not", part }),
};

/** What an update does to an item. `add` counts up (numbers) or adds to a set. */
export interface Change {
  set?: Record<string, unknown>;
  add?: Record<string, number | Set<string>>;
  remove?: string[];
  /** Takes elements out of a set attribute. */
  delete?: Record<string, Set<string>>;
}

/** Placeholders for one request: every name and value gets its own. */
export class Expressions {
  readonly names: Record<string, string> = {};
  readonly values: Record<string, unknown> = {};
  private nameOf = new Map<string, string>();

  path(path: string): string {
    return path
      .split(".")
      .map((part) => {
        let placeholder = this.nameOf.get(part);
        if (!placeholder) {
          placeholder = `#n${this.nameOf.size}`;
          this.nameOf.set(part, placeholder);
          this.names[placeholder] = part;
        }
        return placeholder;
      })
      .join(".");
  }

  value(value: unknown): string {
    const placeholder = `:v${Object.keys(this.values).length}`;
    this.values[placeholder] = value;
    return placeholder;
  }

  condition(c: Condition): string {
    switch (c.op) {
      case "exists":
        return `attribute_exists(${this.path(c.path)})`;
      case "notExists":
        return `attribute_not_exists(${this.path(c.path)})`;
      case "in":
        return `${this.path(c.path)} IN (${c.values.map((v) => this.value(v)).join(", ")})`;
      case "beginsWith":
        return `begins_with(${this.path(c.path)}, ${this.value(c.value)})`;
      case "contains":
        return `contains(${this.path(c.path)}, ${this.value(c.value)})`;
      case "and":
      case "or":
        if (c.parts.length === 0) throw new Error(`an empty ${c.op} condition`);
        return c.parts.length === 1
          ? this.condition(c.parts[0] as Condition)
          : c.parts.map((p) => `(${this.condition(p)})`).join(` ${c.op.toUpperCase()} `);
      case "not":
        return `NOT (${this.condition(c.part)})`;
      default:
        return `${this.path(c.path)} ${c.op} ${this.value(c.value)}`;
    }
  }

  update(change: Change): string {
    const clauses: string[] = [];
    const set = Object.entries(change.set ?? {}).filter(([, v]) => v !== undefined);
    if (set.length) {
      clauses.push(`SET ${set.map(([p, v]) => `${this.path(p)} = ${this.value(v)}`).join(", ")}`);
    }
    const add = Object.entries(change.add ?? {});
    if (add.length) {
      clauses.push(`ADD ${add.map(([p, v]) => `${this.path(p)} ${this.value(v)}`).join(", ")}`);
    }
    if (change.remove?.length) {
      clauses.push(`REMOVE ${change.remove.map((p) => this.path(p)).join(", ")}`);
    }
    const del = Object.entries(change.delete ?? {});
    if (del.length) {
      clauses.push(`DELETE ${del.map(([p, v]) => `${this.path(p)} ${this.value(v)}`).join(", ")}`);
    }
    if (clauses.length === 0) throw new Error("an update that changes nothing");
    return clauses.join(" ");
  }

  /** The placeholders to send, leaving out empty maps (DynamoDB refuses them). */
  attributes() {
    return {
      ...(Object.keys(this.names).length && { ExpressionAttributeNames: this.names }),
      ...(Object.keys(this.values).length && { ExpressionAttributeValues: this.values }),
    };
  }
}
