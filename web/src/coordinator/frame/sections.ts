import type { MessageKey } from "../../lib/i18n.ts";
import type { Role } from "../types.ts";

/**
 * The workspace's sections, as the navigation lists them. A new part of the work (trainings,
 * gatherings, reports) is one more entry here; a section shows once its page exists.
 */
export interface Section {
  /** The link's id (tests and the skip to a section use it). */
  id: string;
  href: string;
  label: MessageKey;
  /** Pages under it that belong to it (a request belongs to the inbox). */
  also?: string[];
  /** Shown to admins only. */
  role?: Role;
}

export interface SectionGroup {
  id: string;
  label: MessageKey;
  sections: Section[];
}

export const groups: SectionGroup[] = [
  {
    id: "work",
    label: "coord.nav.work",
    sections: [
      {
        id: "nav-inbox",
        href: "/coordinator",
        label: "coord.nav.inbox",
        also: ["/coordinator/requests/"],
      },
      { id: "nav-calendar", href: "/coordinator/calendar", label: "coord.nav.calendar" },
      { id: "nav-volunteers", href: "/coordinator/volunteers", label: "bank.nav" },
      { id: "nav-training", href: "/coordinator/training", label: "coord.nav.training" },
      { id: "nav-gatherings", href: "/coordinator/gatherings", label: "coord.nav.gatherings" },
      { id: "nav-thanks", href: "/coordinator/thanks", label: "coord.nav.thanks" },
      { id: "nav-feedback", href: "/coordinator/feedback", label: "coord.nav.feedback" },
      { id: "nav-reports", href: "/coordinator/reports", label: "coord.nav.reports" },
      {
        id: "nav-a11y-feedback",
        href: "/coordinator/accessibility-feedback",
        label: "coord.nav.a11yFeedback",
      },
    ],
  },
  {
    id: "system",
    label: "coord.nav.system",
    sections: [
      { id: "nav-emails", href: "/coordinator/emails", label: "coord.nav.emails" },
      { id: "nav-jobs", href: "/coordinator/jobs", label: "coord.nav.jobs" },
    ],
  },
  {
    id: "admin",
    label: "coord.nav.admin",
    sections: [
      {
        id: "nav-coordinators",
        href: "/coordinator/admin/coordinators",
        label: "coord.nav.coordinators",
        role: "admin",
      },
      {
        id: "nav-organisation",
        href: "/coordinator/admin/organisation",
        label: "coord.nav.organisation",
        role: "admin",
      },
      {
        id: "nav-security",
        href: "/coordinator/admin/security",
        label: "coord.nav.security",
        role: "admin",
      },
      {
        id: "nav-audit",
        href: "/coordinator/admin/audit",
        label: "coord.nav.audit",
        role: "admin",
      },
      {
        id: "nav-retention",
        href: "/coordinator/admin/retention",
        label: "coord.nav.retention",
        role: "admin",
      },
    ],
  },
];

/** "page" on the section's own page, "true" on a page within it (a request in the inbox). */
export function currentIn(section: Section, path: string): "page" | "true" | undefined {
  const clean = path.replace(/\/$/, "") || "/";
  if (clean === section.href) return "page";
  if (section.href !== "/coordinator" && clean.startsWith(`${section.href}/`)) return "true";
  if (section.also?.some((prefix) => clean.startsWith(prefix))) return "true";
  return undefined;
}

/** The groups as a coordinator with this role sees them (a group with nothing left goes). */
export const visibleGroups = (role: Role) =>
  groups
    .map((group) => ({
      ...group,
      sections: group.sections.filter((s) => !s.role || s.role === role),
    }))
    .filter((group) => group.sections.length > 0);
