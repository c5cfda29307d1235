import { focusField } from "../../lib/focus.ts";
import { languageName, tr } from "../../lib/i18n.ts";
import { type FirstMeeting, fieldIdOf, type Phrase } from "./matching.ts";

/** The matching forms' shared pieces: wording, an empty first meeting, where errors go. */

export function say(phrase: Phrase): string {
  const vars = { ...phrase.vars };
  for (const name of phrase.languages ?? []) vars[name] = languageName(String(vars[name]));
  return tr(phrase.key, vars);
}
export const noMeeting = (): FirstMeeting => ({ date: "", time: "", place: "" });

/** The API's field errors, placed by control; what has no control goes to the form's message. */
export function placeErrors(fields: Record<string, string>, prefix: "offer" | "assign") {
  const placed: Record<string, string> = {};
  const rest: string[] = [];
  for (const [path, text] of Object.entries(fields)) {
    const id = fieldIdOf(path, prefix);
    if (id) placed[id] ??= text;
    else rest.push(text);
  }
  return { placed, rest };
}

/** Focus to the first of `order` with an error; a group's first control takes it. */
export function focusFirst(found: Record<string, string>, order: string[]) {
  const first = order.find((id) => found[id]);
  if (!first) return;
  // Its legend and error are read with it.
  const target =
    first === "offer-pick"
      ? (document.querySelector<HTMLInputElement>("#offer-pick input:not(:disabled)")?.id ?? first)
      : first.endsWith("-meeting")
        ? `${first}-date`
        : first;
  queueMicrotask(() => focusField(target));
}
