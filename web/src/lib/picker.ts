/**
 * The logic of a searchable multi-select (see MultiSelect.tsx), kept apart from the DOM so it
 * can be tested on its own: how typed text finds options, how the active option moves, and how a
 * choice is added or removed.
 */

/** Text as the search compares it: lower case, accents and other marks removed ("Å" → "a"). */
export function searchable(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase().trim();
}

/**
 * The options that match typed text, in a stable order: those with a name that begins with the
 * text first, then those with a word that begins with it, then those that merely contain it.
 * An option may have several names (in the UI language, in its own language, its code).
 */
export function matching<T>(
  options: readonly T[],
  query: string,
  names: (option: T) => readonly string[],
): T[] {
  const wanted = searchable(query);
  if (!wanted) return [...options];
  const rank = (option: T) => {
    let best = 3;
    for (const name of names(option)) {
      const text = searchable(name);
      if (text.startsWith(wanted)) return 0;
      if (text.split(/[\s\-–(),/]+/).some((word) => word.startsWith(wanted)))
        best = Math.min(best, 1);
      else if (text.includes(wanted)) best = Math.min(best, 2);
    }
    return best;
  };
  return options
    .map((option, index) => ({ option, index, rank: rank(option) }))
    .filter((entry) => entry.rank < 3)
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((entry) => entry.option);
}

/** Where the active option goes: a step down or up (wrapping round), or the first or last one. */
export type Move = "next" | "previous" | "first" | "last";

/** The index of the active option after a move; `-1` when there are no options. */
export function moveActive(current: number, move: Move, count: number): number {
  if (count <= 0) return -1;
  switch (move) {
    case "first":
      return 0;
    case "last":
      return count - 1;
    case "next":
      return current < 0 || current >= count - 1 ? 0 : current + 1;
    case "previous":
      return current <= 0 || current >= count ? count - 1 : current - 1;
  }
}

/** The chosen options with one added or removed, always in the options' own order. */
export function toggled<T>(options: readonly T[], chosen: readonly T[], option: T): T[] {
  const next = chosen.includes(option) ? chosen.filter((o) => o !== option) : [...chosen, option];
  return options.filter((o) => next.includes(o));
}

/**
 * After a chosen item is removed from a list of removable items, the one to focus: the item now
 * at the same place, else the one before it, else none (`undefined`: focus goes to the input).
 */
export function focusAfterRemoval<T>(before: readonly T[], removed: T): T | undefined {
  const index = before.indexOf(removed);
  const after = before.filter((item) => item !== removed);
  return after[Math.min(index, after.length - 1)];
}
