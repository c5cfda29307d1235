import { onCleanup } from "solid-js";
import { type ApiFailure, type ApiResult, type Method, request } from "../api.ts";
import { locale } from "../i18n.ts";

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

export function linkApi<T>(method: Method, path: string, body?: unknown): Promise<ApiResult<T>> {
  return request<T>(method, path, body, locale());
}

/** A link the API no longer knows (404) or that ran out (410); other failures can be retried. */
export type LinkProblem = "invalid" | "expired";
export function linkProblem(failure: ApiFailure): LinkProblem | undefined {
  if (failure.kind !== "rejected") return undefined;
  if (failure.status === 404) return "invalid";
  if (failure.status === 410) return "expired";
  return undefined;
}
