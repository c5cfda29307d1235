import type { Signal } from "solid-js";
import type { Sent } from "../lib/api.ts";
import { focusSoon } from "../lib/focus.ts";
import { createAnswer } from "./answer.tsx";
import { createLinkView } from "./link.ts";

/**
 * A link page's state: the link's view (`open` asks the API with the token), the answer sent
 * from it, and what that answer came to (`outcome`, a signal of the page's own kind of outcome,
 * shown in the result box, which takes focus).
 * A link opened in this tab for another token starts it all afresh.
 */
export function createLinkPage<R extends Awaited<Sent>, O>(
  open: (token: string) => Promise<R>,
  [outcome, setOutcome]: Signal<O | undefined>,
) {
  const link = createLinkView(open, () => {
    setOutcome(undefined);
    answer.reset();
  });
  const answer = createAnswer(link.view.reload);
  let resultBox: HTMLDivElement | undefined;
  return {
    ...link,
    answer,
    outcome,
    /** What was done: shown, and focus moves to it so it is read out. */
    answered(next: O) {
      setOutcome(() => next);
      focusSoon(() => resultBox);
    },
    forget() {
      setOutcome(undefined);
    },
    resultRef(el: HTMLDivElement) {
      resultBox = el;
    },
  };
}

export type LinkPageState = ReturnType<typeof createLinkPage>;
