import type { MessageKey } from "../../lib/i18n.ts";
import type { Due, Milestone } from "../gatherings/types.ts";

/**
 * The thanks page's rules: a milestone in words, and how a volunteer may be thanked today (by
 * email only if they have not said no to thank-you messages; at most once a month).
 */

/** A milestone's words as a catalog key and its number ("10 visits", "3 years", the course). */
export function milestoneWords(m: Pick<Milestone, "kind" | "count">): {
  key: MessageKey;
  count: number;
} {
  if (m.kind === "visits") {
    return m.count === 1
      ? { key: "coord.thanks.milestone.firstVisit", count: 1 }
      : { key: "coord.thanks.milestone.visits", count: m.count };
  }
  if (m.kind === "years") {
    return m.count === 1
      ? { key: "coord.thanks.milestone.firstYear", count: 1 }
      : { key: "coord.thanks.milestone.years", count: m.count };
  }
  return { key: "coord.thanks.milestone.training", count: 0 };
}

export interface ThankWays {
  /** Thanks may be given today (a month has passed since the last). */
  now: boolean;
  email: boolean;
  inPerson: boolean;
}

export function thankWays(due: Pick<Due, "noThanks" | "mayThankFrom">, today: string): ThankWays {
  const now = due.mayThankFrom <= today;
  return { now, email: now && !due.noThanks, inPerson: now };
}

/** The row's message as the API takes it: trimmed, paragraphs kept. */
export const messageBody = (text: string) => text.replace(/\r\n/g, "\n").trim();
