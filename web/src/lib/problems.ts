import { createMemo, createSignal } from "solid-js";
import type { SummaryItem } from "./ErrorSummary.tsx";
import { focusSoon } from "./focus.ts";
import { type MessageKey, tr } from "./i18n.ts";

/** A field's problem: a catalog key from the site's own check, or the server's translated text. */
export type Problem = { key: MessageKey } | { text: string };
export type Problems = Record<string, Problem>;

export const problemText = (problem: Problem) =>
  "key" in problem ? tr(problem.key) : problem.text;

/** Problems from a schema check (path → catalog key, as `fieldErrors` gives them). */
export function fromKeys(keys: Record<string, MessageKey>): Problems {
  const problems: Problems = {};
  for (const [path, key] of Object.entries(keys)) problems[path] = { key };
  return problems;
}

/** Problems from the API's answer (path → text in the user's language). */
export function fromServer(fields: Record<string, string>): Problems {
  const problems: Problems = {};
  for (const [path, text] of Object.entries(fields)) problems[path] = { text };
  return problems;
}

/** "Email: Enter an address…"; a label that already ends in punctuation ("Who…?") gets none. */
export const summaryText = (label: string, text: string) =>
  /[?:.!)]$/.test(label) ? `${label} ${text}` : `${label}: ${text}`;

/**
 * A form's problems, by field path: each field's message, and the items of the form's error
 * summary (`label` names a path's field, `target` is the control its link focuses, `order` puts
 * the paths in page order and leaves out what is not on the page). `show` puts problems up and
 * moves focus to the summary (the form gives it `summaryRef`).
 */
export function createProblems(options: {
  label: (path: string) => string | undefined;
  target: (path: string) => string | undefined;
  order?: (paths: string[]) => string[];
}) {
  const [problems, setProblems] = createSignal<Problems>({});
  let summary: HTMLDivElement | undefined;
  const error = (path: string) => {
    const found = problems()[path];
    return found ? problemText(found) : undefined;
  };
  const items = createMemo((): SummaryItem[] => {
    const found = problems();
    const paths = Object.keys(found);
    return (options.order ? options.order(paths) : paths).map((path) => {
      const text = problemText(found[path] as Problem);
      const label = options.label(path);
      return { text: label ? summaryText(label, text) : text, target: options.target(path) };
    });
  });
  return {
    problems,
    error,
    items,
    show(found: Problems) {
      setProblems(found);
      focusSoon(() => summary);
    },
    clear() {
      setProblems({});
    },
    summaryRef(el: HTMLDivElement) {
      summary = el;
    },
  };
}

export type FormProblems = ReturnType<typeof createProblems>;
