import * as z from "zod";
import * as Actor from "../actor/index.ts";
import { Audit } from "../audit/index.ts";
import { Certificate } from "../certificate/index.ts";
import { Outbox } from "../mail/index.ts";
import { Recognition } from "../recognition/index.ts";
import { Progress } from "../training/index.ts";
import { VisibleError } from "../util/errors.ts";
import { fn } from "../util/fn.ts";
import { Volunteer } from "../volunteer/index.ts";

/**
 * Completing the course: when a volunteer in training has attended every session (and written
 * their profile, if the association asks for it), a coordinator confirms it. In one
 * transaction they become active, the history says why, and their training certificate is
 * issued.
 */
export const confirm = fn(
  z.object({ id: z.string().min(1).max(64), version: z.number().int().min(1) }),
  async ({ id, version }, now: Date = new Date()) => {
    const actor = Actor.coordinator();
    const found = await Volunteer.get(id);
    if (!found) throw new VisibleError(404, "not_found", "error.notFound");
    const v = { ...found, version };
    if (v.status !== "in_training") throw new VisibleError(409, "not_allowed", "error.notAllowed");
    const progress = await Progress.of(v);
    if (!progress.course.complete) {
      throw new VisibleError(409, "training_incomplete", "error.trainingIncomplete");
    }
    const { certificate, items } = await Certificate.issueTraining(v, actor.name, now);
    // Someone who once completed the course and came back keeps their first milestone.
    const { milestones } = await Recognition.ofVolunteer(id);
    const milestone = milestones.some((m) => m.id === "training")
      ? []
      : [Recognition.trainingMilestone(id, now)];
    const at = now.toISOString();
    await Outbox.commitGuarded([
      ...Volunteer.moveItems(v, "active", {}, now),
      Volunteer.historyItem(id, {
        at,
        from: "in_training",
        to: "active",
        cause: "training_completed",
        actorName: actor.name,
      }),
      Audit.entry("training.complete", `volunteer#${id}`, { serial: certificate.serial }, now),
      ...items,
      ...milestone,
    ]);
    return {
      status: "active" as const,
      certificate: { id: certificate.id, serial: certificate.serial },
    };
  },
);
