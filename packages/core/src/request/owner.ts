import * as z from "zod";
import * as Actor from "../actor/index.ts";
import { Audit } from "../audit/index.ts";
import { when } from "../db/expr.ts";
import { transactGuarded } from "../db/transact.ts";
import { VisibleError } from "../util/errors.ts";
import { fn } from "../util/fn.ts";
import { closedStatuses } from "./status.ts";
import { change, eventItem, load } from "./store.ts";

/**
 * Who handles a request. A coordinator takes it ("I'll handle this") or lets it go; taking one
 * over from a colleague names the owner they saw, so two people acting at once do not both
 * believe it is theirs: the second is told someone else just changed it.
 */
export const OwnerInput = z.object({
  id: z.string().min(1).max(64),
  /** `true` takes it, `false` lets it go. */
  take: z.boolean({ error: "error.invalid" }),
  /** The owner's id as the coordinator saw it, or null when nobody had it. */
  seen: z.string().max(64).nullable(),
});

export const setOwner = fn(OwnerInput, async ({ id, take, seen }, now: Date = new Date()) => {
  const actor = Actor.coordinator();
  const request = await load(id);
  if (closedStatuses.includes(request.status)) {
    throw new VisibleError(409, "not_allowed", "error.notAllowed");
  }
  const guard = seen === null ? when.notExists("ownerId") : when.eq("ownerId", seen);
  const owner = take ? { ownerId: actor.coordinatorId, ownerName: actor.name } : {};
  await transactGuarded([
    change(request, now, owner, {
      when: guard,
      ...(!take && { remove: ["ownerId", "ownerName"] }),
    }),
    eventItem(id, {
      at: now.toISOString(),
      kind: "owner",
      actorName: actor.name,
      ...(take && { ownerName: actor.name }),
    }),
    Audit.entry("request.owner", `request#${id}`, { take }, now),
  ]);
  return { ownerId: owner.ownerId ?? null, ownerName: owner.ownerName ?? null };
});
