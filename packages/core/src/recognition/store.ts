import * as z from "zod";
import { when } from "../db/expr.ts";
import { defineItem, queryEvery } from "../db/store.ts";
import type { TransactItem } from "../util/db-types.ts";
import type { Milestone } from "./milestones.ts";

/**
 * Recognition as stored: each milestone a volunteer reached, in their partition and, until a
 * coordinator thanks them for it, in the "due for thanks" index; and the volunteer's own
 * choices (no thank-you messages; may be named publicly) with the day they were last thanked.
 */

const StoredMilestone = z.object({
  volunteerId: z.string(),
  id: z.string(),
  kind: z.enum(["visits", "years", "training"]),
  count: z.number(),
  reachedOn: z.string(),
  thankedOn: z.string().optional(),
});
export type StoredMilestone = z.output<typeof StoredMilestone>;

export const DUE = "thanks#due";

export const Milestones = defineItem({
  type: "milestone",
  schema: StoredMilestone,
  key: ({ volunteerId, id }: { volunteerId: string; id: string }) => ({
    pk: `volunteer#${volunteerId}`,
    sk: `milestone#${id}`,
  }),
  id: (m) => ({ volunteerId: m.volunteerId, id: m.id }),
  index: (m) =>
    m.thankedOn ? undefined : { gsi1pk: DUE, gsi1sk: `${m.reachedOn}#${m.volunteerId}#${m.id}` },
});

/** A milestone reached: written once (a second writer's condition fails). */
export const reachedItem = (volunteerId: string, m: Milestone, reachedOn: string): TransactItem =>
  Milestones.put({ volunteerId, ...m, reachedOn }, when.notExists("pk"));

export async function milestonesOf(volunteerId: string): Promise<StoredMilestone[]> {
  const items = await queryEvery({
    partition: `volunteer#${volunteerId}`,
    range: { beginsWith: "milestone#" },
  });
  return items.map(Milestones.read).sort((a, b) => a.reachedOn.localeCompare(b.reachedOn));
}

/** Milestones nobody has thanked for yet, oldest first. */
export async function dueMilestones(): Promise<StoredMilestone[]> {
  return (await queryEvery({ index: "gsi1", partition: DUE })).map(Milestones.read);
}

const StoredPreferences = z.object({
  volunteerId: z.string(),
  /** The volunteer asked not to get thank-you messages. */
  noThanks: z.boolean(),
  /** The volunteer agreed to be named publicly (e.g. in a newsletter). */
  namedPublicly: z.boolean(),
  lastThankedOn: z.string().optional(),
  updatedAt: z.string().optional(),
});
export type Preferences = z.output<typeof StoredPreferences>;

export const Preferences = defineItem({
  type: "recognition-preferences",
  schema: StoredPreferences,
  key: (volunteerId: string) => ({ pk: `volunteer#${volunteerId}`, sk: "recognition" }),
  id: (p) => p.volunteerId,
});

/** Until a volunteer says otherwise: thank-yous welcome, never named publicly. */
export const defaultPreferences = (volunteerId: string): Preferences => ({
  volunteerId,
  noThanks: false,
  namedPublicly: false,
});

export async function preferencesOf(volunteerId: string): Promise<Preferences> {
  return (await Preferences.get(volunteerId)) ?? defaultPreferences(volunteerId);
}

export async function preferencesOfMany(ids: string[]): Promise<Map<string, Preferences>> {
  const found = await Preferences.getMany(ids);
  return new Map(ids.map((id) => [id, found.get(id) ?? defaultPreferences(id)]));
}
