import * as z from "zod";
import * as Actor from "../actor/index.ts";
import { Audit } from "../audit/index.ts";
import { transactGuarded, when } from "../db/index.ts";
import { Request } from "../request/index.ts";
import { VisibleError } from "../util/errors.ts";
import { fn } from "../util/fn.ts";
import { line } from "../util/text.ts";
import { Volunteer } from "../volunteer/index.ts";

/**
 * A legal hold: a request or a volunteer kept whole, whatever the retention policy says (a
 * complaint, a claim, an authority's request for the records), until a coordinator lifts it.
 * Erasure is refused while it holds. Setting and lifting are audited with the reason.
 */

export const HoldInput = z.object({
  id: z.string().min(1).max(64),
  /** The version the coordinator saw. */
  version: z.number().int().min(0),
  hold: z.boolean(),
  /** Why: asked when a hold is put on, kept with it. */
  reason: z.optional(line(300)),
});

const holdOf = (input: z.output<typeof HoldInput>, now: Date) => {
  if (!input.reason) {
    throw new VisibleError(400, "validation", "error.validation", { reason: "error.required" });
  }
  return { at: now.toISOString(), by: Actor.coordinator().name, reason: input.reason };
};

export const request = fn(HoldInput, async (input, now: Date = new Date()) => {
  Actor.coordinator();
  const current = await Request.load(input.id);
  if (current.version !== input.version) throw new VisibleError(409, "conflict", "error.conflict");
  const change = input.hold
    ? Request.change(current, now, { legalHold: holdOf(input, now) })
    : Request.change(current, now, {}, { remove: ["legalHold"] });
  await transactGuarded([
    change,
    Audit.entry("request.hold", `request#${input.id}`, { hold: input.hold }, now),
  ]);
  return { id: input.id, hold: input.hold, version: current.version + 1 };
});

export const volunteer = fn(HoldInput, async (input, now: Date = new Date()) => {
  Actor.coordinator();
  const current = await Volunteer.get(input.id);
  if (!current) throw new VisibleError(404, "not_found", "error.notFound");
  if (current.version !== input.version) throw new VisibleError(409, "conflict", "error.conflict");
  const version = current.version + 1;
  const change = input.hold
    ? { set: { legalHold: holdOf(input, now), version } }
    : { set: { version }, remove: ["legalHold"] };
  await transactGuarded([
    Volunteer.Volunteers.update(input.id, change, when.eq("version", current.version)),
    Audit.entry("volunteer.hold", `volunteer#${input.id}`, { hold: input.hold }, now),
  ]);
  return { id: input.id, hold: input.hold, version };
});
