/** Pure helpers of a volunteer's training on their page: completion, and the service draft. */

export interface Completion {
  complete: boolean;
  missing: number[];
  profileMissing: boolean;
}

/**
 * What the page offers: "confirm" when someone in training has met the rule; "waiting" when
 * they are in training and something is missing; nothing otherwise (active, ended…).
 */
export function completionStep(status: string, course: Completion): "confirm" | "waiting" | "none" {
  if (status !== "in_training") return "none";
  return course.complete ? "confirm" : "waiting";
}

/** The certificate's paragraphs as one text to edit: a blank line between paragraphs. */
export const textOf = (lines: readonly string[]) => lines.join("\n\n");

/** The edited text back as paragraphs: split at blank lines, trimmed, empty ones dropped. */
export const linesOf = (text: string) =>
  text
    .split(/\n[ \t]*\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
