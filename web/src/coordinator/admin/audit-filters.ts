import type { AuditEntry } from "../types.ts";
import { actionLabels } from "./audit.ts";

/**
 * The audit log's filters as the address holds them (`?subject=R-2026-0001&action=request.read
 * &from=2026-05-01&to=2026-05-31`), like the inbox's: a reload, a bookmark and the back button
 * keep them. What is not chosen stays out of the address (the API then shows the last 30 days).
 */

export type Action = AuditEntry["action"];

export interface AuditFilters {
  subject: string;
  /** A coordinator's id. */
  actor: string;
  action: Action | "";
  from: string;
  to: string;
}

export const noFilters: AuditFilters = { subject: "", actor: "", action: "", from: "", to: "" };

const names = ["subject", "actor", "action", "from", "to"] as const;

const one = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value)?.trim() ?? "";

export const isAction = (value: string): value is Action => Object.hasOwn(actionLabels, value);

/**
 * The filters in an address's query. An unknown action is dropped; other values are kept as
 * typed, so the API can say what is wrong with them at their field.
 */
export function filtersOf(query: Record<string, string | string[] | undefined>): AuditFilters {
  const action = one(query.action);
  return {
    subject: one(query.subject).slice(0, 200),
    actor: one(query.actor).slice(0, 120),
    action: isAction(action) ? action : "",
    from: one(query.from).slice(0, 10),
    to: one(query.to).slice(0, 10),
  };
}

/** The filters as the API's query: only what is chosen. */
export function queryOf(filters: AuditFilters) {
  const chosen = (value: string) => (value === "" ? undefined : value);
  return {
    subject: chosen(filters.subject),
    actor: chosen(filters.actor),
    action: filters.action === "" ? undefined : filters.action,
    from: chosen(filters.from),
    to: chosen(filters.to),
  };
}

/** Only what is chosen, as the address's query. */
const queryText = (filters: AuditFilters) =>
  new URLSearchParams(
    names.filter((n) => filters[n] !== "").map((n): [string, string] => [n, filters[n]]),
  ).toString();

/** The log's address for these filters. */
export function auditHref(filters: AuditFilters): string {
  const text = queryText(filters);
  return text ? `/coordinator/admin/audit?${text}` : "/coordinator/admin/audit";
}

/** Whether anything is chosen (then the page offers to clear it). */
export const filtered = (filters: AuditFilters) => names.some((n) => filters[n] !== "");
