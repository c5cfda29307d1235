/**
 * An erasure as the workspace shows it: still undoable (its 7 days not over) or not, and how
 * long is left. Pure, so the wording's edges (the last day, an hour left) are tested.
 */

import type { MessageKey } from "../../lib/i18n.ts";

export type Subject = "request" | "volunteer";
export type Certificates = "keep" | "remove";

/** Texts that differ between a request's client and a volunteer. */
export const texts = (subject: Subject, name: string): MessageKey =>
  `personal.${subject}.${name}` as MessageKey;

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

/**
 * Days left to undo, to the nearest whole day (just after the erasure 7, not 8 for a second's
 * difference between the clocks), at least 1 while it can still be undone; 0 when over.
 */
export function daysLeft(undoUntil: string, now: Date = new Date()): number {
  const left = new Date(undoUntil).getTime() - now.getTime();
  return Number.isFinite(left) && left > 0 ? Math.max(1, Math.round(left / DAY_MS)) : 0;
}

/** Where a download of someone's data comes from, in either format. */
export const formats = ["html", "json"] as const;
export type ExportFormat = (typeof formats)[number];
