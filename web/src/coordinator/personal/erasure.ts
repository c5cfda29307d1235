/**
 * An erasure as the workspace shows it: still undoable (its 7 days not over) or not, and how
 * long is left. Pure, so the wording's edges (the last day, an hour left) are tested.
 */

export interface ErasureMark {
  id: string;
  undoUntil: string;
}

const DAY_MS = 86_400_000;

/** The erasure while it can still be undone; nothing once its deadline has passed. */
export function undoable(
  erasure: ErasureMark | undefined,
  now: Date = new Date(),
): ErasureMark | undefined {
  if (!erasure) return undefined;
  const until = new Date(erasure.undoUntil).getTime();
  return Number.isFinite(until) && until > now.getTime() ? erasure : undefined;
}

/** Whole days left to undo, counting a day begun as a day (6 days 1 hour → 7); 0 when over. */
export function daysLeft(undoUntil: string, now: Date = new Date()): number {
  const left = new Date(undoUntil).getTime() - now.getTime();
  return Number.isFinite(left) && left > 0 ? Math.ceil(left / DAY_MS) : 0;
}

/** Where a download of someone's data comes from, in either format. */
export const formats = ["html", "json"] as const;
export type ExportFormat = (typeof formats)[number];
