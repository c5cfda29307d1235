import * as z from "zod";
import * as Actor from "../actor/index.ts";
import { Audit } from "../audit/index.ts";
import { config } from "../config/index.ts";
import { type Condition, when } from "../db/expr.ts";
import { ConditionsFailed } from "../db/transact.ts";
import { addressed, Outbox } from "../mail/index.ts";
import type { TransactItem } from "../util/db-types.ts";
import { VisibleError } from "../util/errors.ts";
import { optionalLine } from "../util/text.ts";
import { helsinkiDate } from "../util/time.ts";
import { hashToken, newToken } from "../util/token.ts";
import { Volunteer } from "../volunteer/index.ts";
import * as Letters from "./letters.ts";
import { isSeated, isWaiting, type SeatChange, seatChange } from "./seats.ts";
import {
  type Answer,
  type Gathering,
  Gatherings,
  type Guest,
  Guests,
  guestOf,
  Invitations,
  waitingGuests,
  waitingKeys,
} from "./store.ts";

/**
 * Answers by link: opening the page changes nothing, a press does. An answer may be changed
 * until the last day to answer. A yes takes a seat or waits for one; a seat given up goes to the
 * longest waiting, who is told by email. Each change is one transaction guarded by what was
 * read (the seat count, the guest's answer), tried again when someone else got there first.
 */

const ATTEMPTS = 5;

/** A new link for a guest: the token goes in the email, only its hash is kept. */
export function newLink(gatheringId: string, volunteerId: string) {
  const token = newToken();
  return {
    token,
    item: Invitations.put({ hash: hashToken(token), gatheringId, volunteerId }),
    url: Letters.answerUrl(config().SITE_URL, token),
  };
}

/** The gathering and the guest a link is for: two reads, however many guests there are. */
async function byToken(token: string) {
  const found = /^[A-Za-z0-9_-]{20,100}$/.test(token)
    ? await Invitations.get(hashToken(token))
    : undefined;
  if (!found) throw new VisibleError(404, "link_invalid", "error.linkUnknown");
  const [gathering, guest] = await Promise.all([
    Gatherings.get(found.gatheringId),
    guestOf(found.gatheringId, found.volunteerId),
  ]);
  if (!gathering || !guest) throw new VisibleError(404, "link_invalid", "error.linkUnknown");
  return { gathering, guest };
}

/** Until the end of the last day to answer, and never after the gathering has begun. */
export function answersOpen(g: Gathering, now: Date): boolean {
  if (g.status !== "published" || !g.answerBy) return false;
  if (g.startsAt && now.toISOString() >= g.startsAt) return false;
  return helsinkiDate(now) <= g.answerBy;
}

const placeOf = (g: Guest) => (isSeated(g) ? "seat" : isWaiting(g) ? "waiting" : undefined);

/** What the link's page shows: the gathering and the answer given so far. */
export async function viewByLink(token: string, now: Date = new Date()) {
  const { gathering: g, guest } = await byToken(token);
  return {
    title: g.title,
    date: g.date,
    startTime: g.startTime,
    endTime: g.endTime,
    place: g.place,
    accessibility: g.accessibility,
    programme: g.programme,
    answerBy: g.answerBy,
    status: g.status,
    open: answersOpen(g, now),
    firstName: guest.name.split(" ")[0],
    answer: guest.answer,
    seat: placeOf(guest),
    diet: guest.diet,
    access: guest.access,
  };
}

export const AnswerInput = z.object({
  answer: z.enum(["yes", "maybe", "no"], { error: "error.required" }),
  diet: optionalLine(300),
  access: optionalLine(300),
});

export type Outcome =
  | { outcome: "answered"; answer: Answer; place?: "seat" | "waiting" }
  | { outcome: "closed" }
  | { outcome: "cancelled" };

/** The guest's answer, with the seat it takes or gives up. */
export async function answer(
  token: string,
  input: z.output<typeof AnswerInput>,
  now: Date = new Date(),
): Promise<Outcome> {
  for (let attempt = 1; ; attempt++) {
    const { gathering, guest } = await byToken(token);
    if (gathering.status === "cancelled") return { outcome: "cancelled" };
    if (!answersOpen(gathering, now)) return { outcome: "closed" };
    try {
      const place = await Actor.provide(
        { type: "link", holder: "volunteer", id: guest.volunteerId },
        () => commitAnswer(gathering, guest, input, now),
      );
      return { outcome: "answered", answer: input.answer, ...(place && { place }) };
    } catch (error) {
      if (!(error instanceof ConditionsFailed) || attempt >= ATTEMPTS) throw error;
    }
  }
}

/** The gathering's seat count as read: the write fails if someone took or gave one meanwhile. */
const seatsAsRead = (g: Gathering): Condition => when.eq("seated", g.seated);
const roomLeft = (g: Gathering): Condition =>
  g.capacity === undefined
    ? when.notExists("capacity")
    : when.and(when.eq("capacity", g.capacity), when.lt("seated", g.capacity));

async function commitAnswer(
  gathering: Gathering,
  guest: Guest,
  input: z.output<typeof AnswerInput>,
  now: Date,
): Promise<"seat" | "waiting" | undefined> {
  const at = now.toISOString();
  // Only a seat given up looks at the waiting list, and only when someone is on it.
  const handsOver = isSeated(guest) && input.answer !== "yes" && gathering.waiting > 0;
  const waiting = handsOver ? await waitingGuests(gathering.id, 1) : [];
  const change = seatChange(gathering, guest, input.answer, waiting);
  const key = { gatheringId: gathering.id, volunteerId: guest.volunteerId };
  const unchanged = when.and(
    when.eq("answer", guest.answer),
    guest.waitingSince
      ? when.eq("waitingSince", guest.waitingSince)
      : when.notExists("waitingSince"),
  );
  const needs = {
    ...(input.answer !== "no" && input.diet && { diet: input.diet }),
    ...(input.answer !== "no" && input.access && { access: input.access }),
  };
  const cleared = ["diet", "access"].filter((k) => !(k in needs));
  const items: TransactItem[] = [];
  const mails: Outbox.Entry[] = [];
  const waitingSince =
    change.kind === "wait"
      ? { waitingSince: at, ...waitingKeys(gathering.id, at, guest.volunteerId) }
      : {};
  const keepsWaiting = change.kind === "none" && isWaiting(guest);
  const leavesQueue = change.kind === "wait" || keepsWaiting ? [] : NOT_WAITING;
  items.push(
    Guests.update(
      key,
      {
        set: { answer: input.answer, answeredAt: at, ...needs, ...waitingSince },
        remove: [...cleared, ...leavesQueue],
      },
      unchanged,
    ),
  );
  const counts = seatCounts(change);
  if (counts) {
    const guard = change.kind === "take" ? roomLeft(gathering) : seatsAsRead(gathering);
    items.push(Gatherings.update(gathering.id, { add: counts }, guard));
  }
  if (change.kind === "handOver") {
    const moved = await moveUp(gathering, change.to, now);
    items.push(...moved.items);
    mails.push(...moved.mails);
  }
  items.push(
    Audit.entry("gathering.answer", `gathering#${gathering.id}`, { answer: input.answer }, now),
  );
  await Outbox.commit(items, mails);
  if (change.kind === "take") return "seat";
  if (change.kind === "wait" || keepsWaiting) return "waiting";
  return input.answer === "yes" ? "seat" : undefined;
}

/** Leaving the waiting list: the attribute and the guest's place in its index. */
const NOT_WAITING = ["waitingSince", "gsi1pk", "gsi1sk"];

/** How a change moves the gathering's counts of seats taken and guests waiting. */
function seatCounts(change: SeatChange): Record<string, number> | undefined {
  switch (change.kind) {
    case "take":
      return { seated: 1 };
    case "free":
      return { seated: -1 };
    case "wait":
      return { waiting: 1 };
    case "leaveQueue":
    case "handOver":
      return { waiting: -1 };
    case "none":
      return undefined;
  }
}

/** The writes that give a waiting guest a seat, and the email that tells them. */
async function moveUp(gathering: Gathering, guest: Guest, now: Date) {
  const volunteer = await Volunteer.Volunteers.get(guest.volunteerId);
  const link = newLink(gathering.id, guest.volunteerId);
  const items: TransactItem[] = [
    Guests.update(
      { gatheringId: gathering.id, volunteerId: guest.volunteerId },
      { remove: NOT_WAITING },
      when.eq("waitingSince", guest.waitingSince ?? ""),
    ),
    link.item,
  ];
  const mails = volunteer
    ? [
        Outbox.entry(
          `volunteer#${volunteer.id}`,
          "gathering-moved-up",
          addressed(
            volunteer.email,
            Letters.movedUp(volunteer.locale, volunteer.name, gathering, link.url),
            Letters.calendarFile(volunteer.locale, gathering, now),
          ),
          now,
        ),
      ]
    : [];
  return { items, mails };
}

/**
 * Gives free seats to the longest waiting, one transaction each (after the seats were raised,
 * or to mend what a crash left): each takes a seat only while there is room.
 */
export async function fillSeats(gatheringId: string, now: Date = new Date()): Promise<number> {
  let moved = 0;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const gathering = await Gatherings.get(gatheringId);
    if (gathering?.status !== "published" || gathering.waiting <= 0) return moved;
    const room = gathering.capacity === undefined || gathering.seated < gathering.capacity;
    const [next] = room ? await waitingGuests(gatheringId, 1) : [];
    if (!next) return moved;
    const { items, mails } = await moveUp(gathering, next, now);
    try {
      await Outbox.commit(
        [
          ...items,
          Gatherings.update(gatheringId, { add: { seated: 1, waiting: -1 } }, roomLeft(gathering)),
        ],
        mails,
      );
      moved++;
      attempt = 0;
    } catch (error) {
      if (!(error instanceof ConditionsFailed)) throw error;
    }
  }
  return moved;
}
