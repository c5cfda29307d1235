import type { MessageKey } from "../lib/i18n.ts";
import type { MyChoices, MyMilestone } from "./types.ts";

/**
 * Pure: the volunteer's milestones in words and their two choices about thanks. Milestones come
 * from the record (visits, years, the course); the choices are theirs alone, and being named
 * publicly is never assumed.
 */

/** "Ensimmäinen käynti", "10 käyntiä", "1 vuosi vapaaehtoisena", "Peruskoulutus suoritettu". */
export function milestoneWords(m: Pick<MyMilestone, "kind" | "count">): {
  key: MessageKey;
  vars?: { count: number };
} {
  if (m.kind === "training") return { key: "volunteer.recognition.milestone.training" };
  if (m.count === 1) return { key: `volunteer.recognition.milestone.${m.kind}.first` };
  return { key: `volunteer.recognition.milestone.${m.kind}`, vars: { count: m.count } };
}

/** Newest first: the latest milestone is the one the volunteer looks for. */
export const newestMilestonesFirst = <M extends Pick<MyMilestone, "reachedOn" | "count">>(
  milestones: readonly M[],
): M[] =>
  [...milestones].sort((a, b) => b.reachedOn.localeCompare(a.reachedOn) || b.count - a.count);

/** The two choices as sentences, for a page that can no longer change them. */
export const choiceWords = (choices: MyChoices): MessageKey[] => [
  choices.noThanks ? "volunteer.recognition.noThanks.on" : "volunteer.recognition.noThanks.off",
  choices.namedPublicly ? "volunteer.recognition.named.on" : "volunteer.recognition.named.off",
];
