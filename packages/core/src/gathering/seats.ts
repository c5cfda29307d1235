import type { Answer, Guest } from "./store.ts";

/**
 * Seats and the waiting list, as rules. A yes takes a seat while there is one, otherwise waits;
 * whoever leaves a seat hands it to the longest waiting, so the count of seats taken only
 * changes when nobody waits. No capacity means everyone who says yes has a seat.
 */

export type SeatChange =
  /** Nothing about seats changes. */
  | { kind: "none" }
  /** Take a free seat (the gathering's count goes up by one, if it still has room). */
  | { kind: "take" }
  /** Wait for one. */
  | { kind: "wait" }
  /** Stop waiting. */
  | { kind: "leaveQueue" }
  /** Free a seat nobody waits for (the count goes down by one). */
  | { kind: "free" }
  /** Hand the seat to the longest waiting guest. */
  | { kind: "handOver"; to: Guest };

export const isSeated = (g: Pick<Guest, "answer" | "waitingSince">) =>
  g.answer === "yes" && !g.waitingSince;
export const isWaiting = (g: Pick<Guest, "answer" | "waitingSince">) =>
  g.answer === "yes" && !!g.waitingSince;

/** The waiting list in the order places are offered: the earliest yes first. */
export function waitingList(guests: Guest[]): Guest[] {
  return guests
    .filter(isWaiting)
    .sort(
      (a, b) =>
        (a.waitingSince ?? "").localeCompare(b.waitingSince ?? "") ||
        a.volunteerId.localeCompare(b.volunteerId),
    );
}

export function seatChange(
  gathering: { capacity?: number; seated: number },
  guest: Guest,
  answer: Answer,
  guests: Guest[],
): SeatChange {
  const wasSeated = isSeated(guest);
  const wasWaiting = isWaiting(guest);
  if (answer === "yes") {
    if (wasSeated || wasWaiting) return { kind: "none" };
    const room = gathering.capacity === undefined || gathering.seated < gathering.capacity;
    return room ? { kind: "take" } : { kind: "wait" };
  }
  if (wasWaiting) return { kind: "leaveQueue" };
  if (!wasSeated) return { kind: "none" };
  const [next] = waitingList(guests.filter((g) => g.volunteerId !== guest.volunteerId));
  return next ? { kind: "handOver", to: next } : { kind: "free" };
}
