import { TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import { TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import type { TransactItem } from "../util/db-types.ts";
import { VisibleError } from "../util/errors.ts";
import { db } from "./client.ts";

/** Which items of a cancelled transaction failed their condition (by position). */
export class ConditionsFailed extends Error {
  constructor(readonly failed: number[]) {
    super(`conditions failed at ${failed.join(", ")}`);
    this.name = "ConditionsFailed";
  }
}

const ATTEMPTS = 6;

/**
 * All-or-nothing writes. Two transactions touching the same item at once cancel one of them
 * ("TransactionConflict"); that one is tried again after a short random pause. A failed
 * condition is the caller's business and comes back as ConditionsFailed.
 */
export async function transact(items: TransactItem[]): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await db().send(new TransactWriteCommand({ TransactItems: items }));
      return;
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const reasons = error.CancellationReasons ?? [];
      const failed = reasons.flatMap((r, i) => (r.Code === "ConditionalCheckFailed" ? [i] : []));
      if (failed.length > 0) throw new ConditionsFailed(failed);
      const conflict = reasons.some((r) => r.Code === "TransactionConflict");
      if (!conflict || attempt >= ATTEMPTS) throw error;
      await new Promise((r) => setTimeout(r, Math.random() * 20 * 2 ** attempt));
    }
  }
}

/**
 * A change guarded by the version the user saw: a failed condition means someone changed the
 * record meanwhile, which the user is told as a 409 "reload and check".
 */
export async function transactGuarded(items: TransactItem[]): Promise<void> {
  try {
    await transact(items);
  } catch (error) {
    if (error instanceof ConditionsFailed) {
      throw new VisibleError(409, "conflict", "error.conflict");
    }
    throw error;
  }
}
