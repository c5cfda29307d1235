import type { Answer, api } from "../../lib/api.ts";
import type { MessageKey } from "../../lib/i18n.ts";

/** The retention policy's form and the next run's preview, as the admin page reads them. */

type PersonalData = (typeof api)["personal-data"];
export type RetentionSettings = Answer<PersonalData["retention"]["$get"]>;
export type RetentionPreview = Answer<PersonalData["retention"]["preview"]["$get"]>;
export type Kind = keyof RetentionSettings["policy"];
export type Rule = RetentionSettings["rules"][Kind];

/** The kinds in the order the page lists them: the client, the visit, the volunteer, the rest. */
export const kinds = [
  "request",
  "visitReport",
  "interview",
  "volunteer",
  "surveyText",
  "auditLog",
  "emailRecord",
  "accessibilityFeedback",
] as const satisfies readonly Kind[];

/** The form's draft: what is typed, as typed. */
export type Draft = Record<Kind, string>;

export const draftOf = (policy: RetentionSettings["policy"]): Draft =>
  Object.fromEntries(kinds.map((k) => [k, String(policy[k])])) as Draft;

/**
 * What the form sends: each field a number when it is one, otherwise `null` (the API then says
 * "a whole number of months" at that field, in the admin's language).
 */
export function policyOf(draft: Draft): Record<Kind, number> {
  return Object.fromEntries(
    kinds.map((k) => {
      const text = draft[k].trim().replace(",", ".");
      const value = text === "" ? Number.NaN : Number(text);
      return [k, Number.isFinite(value) ? value : null];
    }),
  ) as Record<Kind, number>;
}

/** The API's field paths ("policy.request") as the form's fields ("request"). */
export function policyErrors(fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(fields).map(([path, text]) => [path.replace(/^policy\./, ""), text]),
  );
}

/** "Anonymised 12 months after the request is closed": the kind's action and clock, as keys. */
export const ruleKeys = (rule: Pick<Rule, "action" | "from">) => ({
  action: `retention.action.${rule.action}` as MessageKey,
  from: `retention.from.${rule.from}` as MessageKey,
});

/** A preview step or hold that names a record the workspace can open. */
export interface Named {
  label: string;
  /** Its page in the workspace, when the preview names its id. */
  href?: string;
}

export interface PreviewRows {
  /** How many of each kind, for the kinds the run touches, in the page's order. */
  counts: { kind: Kind; count: number }[];
  /** Requests whose client would be anonymised. */
  requests: Named[];
  /** Ended volunteers who would be anonymised. */
  volunteers: Named[];
  /** Volunteers whose interview notes would be deleted. */
  interviews: Named[];
  /** Requests whose visit report's free text would be deleted. */
  reports: Named[];
  /** Records that are due but kept by a legal hold. */
  held: (Named & { kind: Kind })[];
  /** Nothing to do and nothing held: the page says so in one line. */
  empty: boolean;
}

const requestHref = (id: string) => `/coordinator/requests/${encodeURIComponent(id)}`;
const volunteerHref = (id: string) => `/coordinator/volunteers/${encodeURIComponent(id)}`;

/** A step's record, with its page: the target names the id (`request#…`, `volunteer#…`). */
function named(step: { target: string; label: string }): Named {
  const [type, id] = step.target.split("#");
  if (type === "request" && id) return { label: step.label, href: requestHref(id) };
  if (type === "volunteer" && id) return { label: step.label, href: volunteerHref(id) };
  return { label: step.label };
}

/** The preview as the page lists it: counts in words, then the records by what happens to them. */
export function previewRows(
  preview: Pick<RetentionPreview, "steps" | "held" | "counts">,
): PreviewRows {
  const of = (kind: Kind) => preview.steps.filter((s) => s.kind === kind).map(named);
  const counts = kinds.flatMap((kind) => {
    const count = preview.counts[kind] ?? 0;
    return count > 0 ? [{ kind, count }] : [];
  });
  const held = preview.held.map((h) => ({ kind: h.kind, ...named(h) }));
  return {
    counts,
    requests: of("request"),
    volunteers: of("volunteer"),
    interviews: of("interview"),
    reports: of("visitReport"),
    held,
    empty: preview.steps.length === 0 && held.length === 0,
  };
}
