import { createSignal, onCleanup, onMount } from "solid-js";
import { type ApiFailure, call, type Sent } from "../lib/api.ts";
import { type MessageKey, tr, useTitle } from "../lib/i18n.ts";
import { createLoader } from "../lib/load.ts";

/**
 * The token of an emailed link is the part after `#`: it never reaches a server log or a
 * Referer. It stays in the address, so a reload or a language change keeps the page working.
 */
export const currentToken = () => decodeURIComponent(location.hash.slice(1)) || undefined;

/** Calls `changed` when a link opened in this same tab replaces the hash. */
export function onTokenChange(changed: () => void) {
  window.addEventListener("hashchange", changed);
  onCleanup(() => window.removeEventListener("hashchange", changed));
}

/** A link the API no longer knows (404) or that ran out (410); other failures can be retried. */
export type LinkProblem = "invalid" | "expired";
export function linkProblem(failure: ApiFailure): LinkProblem | undefined {
  if (failure.kind !== "rejected") return undefined;
  if (failure.status === 404) return "invalid";
  if (failure.status === 410) return "expired";
  return undefined;
}

/**
 * What a link page shows (`open` asks the API with the token, e.g. `api.links.offer.$get`), loaded
 * on opening and again when a link opened in this tab replaces the token (`reset` first clears
 * what was done with the last one), and the problem with the link, if any.
 */
export function createLinkView<R extends Awaited<Sent>>(
  open: (token: string) => Promise<R>,
  reset: () => void,
) {
  const [token, setToken] = createSignal(currentToken());
  const view = createLoader(() => call(open(token() ?? "")));
  const load = () => {
    if (token()) void view.reload();
  };
  onMount(load);
  onTokenChange(() => {
    setToken(currentToken());
    reset();
    load();
  });
  const problem = () => {
    if (!token()) return "noToken" as const;
    const failure = view.failure();
    return failure ? linkProblem(failure) : undefined;
  };
  return { token, view, load, problem };
}

/** What a page says about a link that does not work: the usual words, or the page's own. */
export type TroubleTexts = Record<LinkProblem, { title: MessageKey; body: MessageKey }>;
export const usualTrouble: TroubleTexts = {
  invalid: { title: "links.invalid.title", body: "links.invalid.body" },
  expired: { title: "links.expired.title", body: "links.expired.body" },
};

/** The page title for a link that does not work, if it does not. */
export const problemTitle = (
  problem: LinkProblem | "noToken" | undefined,
  texts: TroubleTexts = usualTrouble,
) => (problem ? tr(texts[problem === "expired" ? "expired" : "invalid"].title) : undefined);

/** What a link page says once something was done: a title, what it means, and further lines. */
export type Panel = {
  kind: "success" | "info";
  title: MessageKey;
  body: MessageKey;
  more?: MessageKey[];
};

/**
 * A link page's document title: why the link does not work, or what was done, or the page's own
 * (`own`, once its view is loaded).
 */
export function useLinkTitle(page: {
  problem: () => LinkProblem | "noToken" | undefined;
  panel: () => Panel | undefined;
  own: () => MessageKey | undefined;
  trouble?: TroubleTexts;
}) {
  useTitle(
    () =>
      problemTitle(page.problem(), page.trouble) ??
      tr(page.panel()?.title ?? page.own() ?? "ui.loading"),
  );
}
