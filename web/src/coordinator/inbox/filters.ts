import { createSignal } from "solid-js";
import type { MessageKey } from "../../lib/i18n.ts";
import { type Status, statuses } from "../types.ts";

/**
 * The inbox's filters as the address holds them (`?view=matching&owner=me&urgent=true`), so a
 * reload, a bookmark and the back button keep them. Defaults stay out of the address.
 */

export const views = ["open", ...statuses] as const;
export type View = (typeof views)[number];
export const owners = ["any", "me", "none"] as const;
export type Owner = (typeof owners)[number];

export interface InboxFilters {
  view: View;
  owner: Owner;
  urgent: boolean;
}

export const defaults: InboxFilters = { view: "open", owner: "any", urgent: false };

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const oneOf = <T extends string>(options: readonly T[], value: string | undefined, fallback: T) =>
  (options as readonly string[]).includes(value ?? "") ? (value as T) : fallback;

/** The filters in an address's query; anything unknown falls back to the default. */
export function filtersOf(query: Record<string, string | string[] | undefined>): InboxFilters {
  return {
    view: oneOf(views, one(query.view), defaults.view),
    owner: oneOf(owners, one(query.owner), defaults.owner),
    urgent: one(query.urgent) === "true",
  };
}

/** The inbox's address for these filters. */
export function inboxHref(filters: Partial<InboxFilters> = {}): string {
  const f = { ...defaults, ...filters };
  const query = new URLSearchParams();
  if (f.view !== defaults.view) query.set("view", f.view);
  if (f.owner !== defaults.owner) query.set("owner", f.owner);
  if (f.urgent) query.set("urgent", "true");
  const text = query.toString();
  return text ? `/coordinator?${text}` : "/coordinator";
}

/** Whether anything beyond the view narrows the list (then counts per status do not apply). */
export const narrowed = (f: InboxFilters) => f.owner !== "any" || f.urgent;

/** A view's name: "All open" or a status. */
export const viewName = (view: View): MessageKey =>
  view === "open" ? "inbox.view.open" : `status.${view satisfies Status}`;

export const ownerName: Record<Owner, MessageKey> = {
  any: "inbox.owner.any",
  me: "inbox.owner.me",
  none: "inbox.owner.none",
};

/**
 * The inbox as the coordinator last left it (its filters), for the way back from a request.
 */
const [lastInbox, setLastInbox] = createSignal("/coordinator");

export { lastInbox, setLastInbox };
