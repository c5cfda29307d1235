import * as z from "zod";
import * as Actor from "../actor/index.ts";
import { Audit } from "../audit/index.ts";
import { Outbox } from "../mail/index.ts";
import { VisibleError } from "../util/errors.ts";
import { fn } from "../util/fn.ts";
import { paragraphs } from "../util/text.ts";
import { type Profile, ProfileInput } from "./schema.ts";
import { everything, get, noteItem, save, type Volunteer } from "./store.ts";

export const IdInput = z.object({ id: z.string().min(1).max(64) });

export async function load(id: string): Promise<Volunteer> {
  const volunteer = await get(id);
  if (!volunteer) throw new VisibleError(404, "not_found", "error.notFound");
  return volunteer;
}

/** Everything a coordinator needs on a volunteer's page; the read is audited. */
export const detail = fn(IdInput, async ({ id }, now: Date = new Date()) => {
  Actor.coordinator();
  const { volunteer, ...rest } = await everything(id);
  if (!volunteer) throw new VisibleError(404, "not_found", "error.notFound");
  await Audit.record("volunteer.read", `volunteer#${id}`, undefined, now);
  return { volunteer, ...rest };
});

/**
 * Saves a profile. Texts (`messages` "sms" or "both") need a phone number on the record; a
 * changed channel is recorded with when and by whom (the volunteer's own choice of texts is
 * their consent to them).
 */
export async function saveProfile(
  v: Volunteer,
  profile: Profile,
  now: Date,
  by: "self" | "coordinator",
) {
  if (profile.messages !== "email" && !v.phone) {
    throw new VisibleError(400, "validation", "error.validation", {
      "profile.messages": "error.preferredPhone",
    });
  }
  const changed = profile.messages !== (v.profile?.messages ?? "email");
  await Outbox.commitGuarded([
    ...save({
      ...v,
      profile,
      ...(changed && { messagesChosenAt: now.toISOString(), messagesChosenBy: by }),
      version: v.version + 1,
      updatedAt: now.toISOString(),
    }),
    Audit.entry(
      "volunteer.profile",
      `volunteer#${v.id}`,
      changed ? { messages: profile.messages } : undefined,
      now,
    ),
  ]);
}

export const ProfileChange = z.object({ version: z.number().int().min(1), profile: ProfileInput });

export const updateProfile = fn(
  ProfileChange.extend({ id: z.string().min(1).max(64) }),
  async ({ id, version, profile }, now: Date = new Date()) => {
    Actor.coordinator();
    await saveProfile({ ...(await load(id)), version }, profile, now, "coordinator");
    return detail({ id }, now);
  },
);

/** A coordinator's note on a volunteer: coordinators only, never sent anywhere. */
export const addNote = fn(
  z.object({ id: z.string().min(1).max(64), text: paragraphs(4000) }),
  async ({ id, text }, now: Date = new Date()) => {
    const actor = Actor.coordinator();
    await load(id);
    await Outbox.commitGuarded([
      noteItem(id, { at: now.toISOString(), text, actorName: actor.name }),
      Audit.entry("volunteer.note", `volunteer#${id}`, undefined, now),
    ]);
  },
);
