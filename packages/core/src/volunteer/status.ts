import * as z from "zod";
import * as Actor from "../actor/index.ts";
import { Audit } from "../audit/index.ts";
import * as Session from "../auth/session.ts";
import { Counts } from "../counts/index.ts";
import { Outbox } from "../mail/index.ts";
import { Monthly, Tally } from "../monthly/index.ts";
import type { TransactItem } from "../util/db-types.ts";
import { VisibleError } from "../util/errors.ts";
import { fn } from "../util/fn.ts";
import { helsinkiDate } from "../util/time.ts";
import { detail, load } from "./profile.ts";
import {
  InterviewInput,
  StatusChangeInput,
  type VolunteerStatus,
  volunteerTransitions,
} from "./schema.ts";
import { historyItem, interviewItem, save, type Volunteer } from "./store.ts";

/**
 * A volunteer's way through the bank: the interview, then training, active, paused and ended,
 * each move with its history entry, its count and its audit entry in one transaction.
 */

/** A move to another status: the saved volunteer (on the version read) and its count. */
export function moveItems(
  v: Volunteer,
  to: VolunteerStatus,
  extra: Partial<Volunteer>,
  now: Date,
): TransactItem[] {
  const next: Volunteer = {
    ...v,
    ...extra,
    ...(to === "active" && !v.activeSince && { activeSince: helsinkiDate(now) }),
    status: to,
    version: v.version + 1,
    updatedAt: now.toISOString(),
  };
  if (to !== "paused") delete next.pausedUntil;
  return [
    ...save(next),
    Counts.change("volunteers", { [v.status]: -1, [to]: 1 }),
    ...Monthly.count(Tally.volunteerMoved(v, to, now.toISOString(), next.endReason)),
  ];
}

const decisionTo: Record<z.output<typeof InterviewInput>["decision"], VolunteerStatus> = {
  to_training: "in_training",
  not_now: "interviewed",
  not_suitable: "ended",
};

/** The interview: notes only coordinators see, and the decision that moves the applicant on. */
export const interview = fn(
  z.object({
    id: z.string().min(1).max(64),
    version: z.number().int().min(1),
    interview: InterviewInput,
  }),
  async ({ id, version, interview: input }, now: Date = new Date()) => {
    const actor = Actor.coordinator();
    const v = { ...(await load(id)), version };
    const at = now.toISOString();
    const to = decisionTo[input.decision];
    const languages = input.languages.length ? input.languages : v.languages;
    const moves = v.status === "applicant" || (v.status === "interviewed" && to !== "interviewed");
    await Outbox.commitGuarded([
      interviewItem(id, { ...input, at, actorName: actor.name }),
      Audit.entry("volunteer.interview", `volunteer#${id}`, { decision: input.decision }, now),
      ...(moves
        ? [
            ...moveItems(
              v,
              to,
              { languages, ...(to === "ended" && { endedAt: at, endReason: "not_suitable" }) },
              now,
            ),
            historyItem(id, {
              at,
              from: v.status,
              to,
              reason: input.reason,
              ...(to === "ended" && { endReason: "not_suitable" as const }),
              actorName: actor.name,
            }),
          ]
        : save({ ...v, languages, version: v.version + 1, updatedAt: at })),
    ]);
    return detail({ id }, now);
  },
);

/** A lifecycle move by a coordinator, with its history and reason. */
export const changeStatus = fn(
  z.object({
    id: z.string().min(1).max(64),
    version: z.number().int().min(1),
    change: StatusChangeInput,
  }),
  async ({ id, version, change }, now: Date = new Date()) => {
    const actor = Actor.coordinator();
    const v = { ...(await load(id)), version };
    if (!volunteerTransitions[v.status].includes(change.to)) {
      throw new VisibleError(409, "not_allowed", "error.notAllowed");
    }
    const at = now.toISOString();
    await Outbox.commitGuarded([
      ...moveItems(
        v,
        change.to,
        {
          ...(change.to === "paused" && { pausedUntil: change.until }),
          ...(change.to === "ended" && { endedAt: at, endReason: change.endReason }),
        },
        now,
      ),
      historyItem(id, {
        at,
        from: v.status,
        to: change.to,
        reason: change.reason,
        until: change.until,
        endReason: change.endReason,
        actorName: actor.name,
      }),
      Audit.entry("volunteer.status", `volunteer#${id}`, { from: v.status, to: change.to }, now),
    ]);
    // Someone who left keeps no way in.
    if (change.to === "ended") await Session.endAll(id);
    return detail({ id }, now);
  },
);
