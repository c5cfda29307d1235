import { type ClientLocale, format, intlLocale } from "../i18n/locale.ts";
import { ar } from "../i18n/texts/ar.ts";
import { en } from "../i18n/texts/en.ts";
import { fi, type TextTemplate, textTemplates } from "../i18n/texts/fi.ts";
import { fiSelko } from "../i18n/texts/fi-selko.ts";
import { ru } from "../i18n/texts/ru.ts";
import { so } from "../i18n/texts/so.ts";
import { sv } from "../i18n/texts/sv.ts";
import { uk } from "../i18n/texts/uk.ts";
import { helsinkiToUtc, TIME_ZONE } from "../util/time.ts";

export { type TextTemplate, textTemplates };

const catalogs: Record<ClientLocale, Record<TextTemplate, string>> = {
  fi,
  sv,
  en,
  "fi-selko": fiSelko,
  uk,
  ru,
  ar,
  so,
};

export interface TextVars {
  reference?: string;
  /** The appointment, written short: "ke 30.12. klo 10.00". */
  when?: string;
  /** A first name only. */
  name?: string;
  link?: string;
}

/** The longest first name a text carries; a longer one is cut so the text stays in budget. */
export const NAME_MAX = 20;

export function words(locale: ClientLocale, template: TextTemplate, vars: TextVars): string {
  const name = vars.name?.split(/\s+/)[0]?.slice(0, NAME_MAX);
  return (
    format(catalogs[locale][template], { ...vars, ...(name && { name }) } as Record<string, string>)
      // Intl writes some times with narrow no-break spaces, which GSM-7 does not have.
      .replace(/\s/g, " ")
  );
}

/** A day and time as short as a text needs it: "ke 30.12. klo 10.00", "Wed 30/12, 10:00". */
export function shortWhen(locale: ClientLocale, isoDate: string, time: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone: TIME_ZONE,
    weekday: "short",
    day: "numeric",
    month: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).format(helsinkiToUtc(isoDate, time));
}
