import type { Locale } from "../i18n/locale.ts";
import { format } from "../i18n/locale.ts";
import { en } from "../i18n/volunteer-texts/en.ts";
import {
  fi,
  type VolunteerTextTemplate,
  volunteerTextTemplates,
} from "../i18n/volunteer-texts/fi.ts";
import { sv } from "../i18n/volunteer-texts/sv.ts";

export { type VolunteerTextTemplate, volunteerTextTemplates };

const catalogs: Record<Locale, Record<VolunteerTextTemplate, string>> = { fi, sv, en };

export interface VolunteerTextVars {
  /** The day and time, written short (`shortWhen`). */
  when?: string;
  municipality?: string;
  link?: string;
}

/** The longest municipality a text carries; a longer one is cut so the text stays in budget. */
export const MUNICIPALITY_MAX = 24;

/** A volunteer's text in their language (fi, sv or en): no client name, no matter. */
export function volunteerWords(
  locale: Locale,
  template: VolunteerTextTemplate,
  vars: VolunteerTextVars,
): string {
  const municipality = vars.municipality?.trim().slice(0, MUNICIPALITY_MAX).trim();
  const catalog = catalogs[locale] ?? catalogs.en;
  return (
    format(catalog[template], {
      ...vars,
      ...(municipality && { municipality }),
    } as Record<string, string>)
      // Intl writes some times with narrow no-break spaces, which GSM-7 does not have.
      .replace(/\s/g, " ")
  );
}
