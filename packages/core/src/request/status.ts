/**
 * A request's statuses and the changes a coordinator may make by hand. Pure data, shared by the
 * API (which enforces it) and the coordinator app (which offers only what is allowed).
 */
export const statuses = [
  "received",
  "matching",
  "offered",
  "confirmed",
  "completed",
  "cancelled",
  "no_volunteer",
] as const;
export type Status = (typeof statuses)[number];

/** Matching and offers add their own moves later. */
export const transitions: Record<Status, readonly Status[]> = {
  received: ["matching", "cancelled", "no_volunteer"],
  matching: ["cancelled", "no_volunteer"],
  offered: ["matching", "cancelled", "no_volunteer"],
  confirmed: ["completed", "cancelled"],
  completed: [],
  cancelled: [],
  no_volunteer: [],
};

/** Finished requests: no more edits or status changes. */
export const closedStatuses: readonly Status[] = ["completed", "cancelled", "no_volunteer"];
