import { parsePhoneNumberFromString } from "libphonenumber-js/min";

/**
 * A phone number as we keep it: checked against the numbering plan of its country (Finnish
 * when written without a country code, any other with one) and written in one international
 * form, "+358 40 1234567", which people can read and a `tel:` link can dial. `undefined` for
 * anything that is not a phone number ("2026-02-30" is not).
 *
 * Server side only: the numbering plans weigh about 30 KB gzipped, more than the whole request
 * form page, so the form checks only the shape and the API answers at the field.
 */
export function normalisePhone(value: string): string | undefined {
  const parsed = parsePhoneNumberFromString(value, "FI");
  return parsed?.isValid() ? parsed.formatInternational() : undefined;
}
