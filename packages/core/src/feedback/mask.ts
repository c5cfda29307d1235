/**
 * An email address or a phone number someone wrote into an anonymous answer, masked before the
 * answer is stored: coordinators read the text, never the contact.
 */

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
/**
 * A phone number: an optional +, then at least seven digits with spaces, dots, dashes or
 * brackets between them (040 123 4567, +358 40 1234567, (09) 123-456). Dates (1.12.2026) and
 * times have fewer digits in a run or other separators, and stay.
 */
const PHONE = /(?<![\p{L}\p{N}])\+?\(?\d(?:[\s().-]{0,2}\d){6,}(?![\p{L}\p{N}])/gu;

export const EMAIL_MASK = "[sähköposti]";
export const PHONE_MASK = "[puhelin]";

/** A Finnish date (1.12.2026) has seven digits too, and is not a phone number. */
const DATE = /^\d{1,2}\.\d{1,2}\.\d{4}$/;

export function maskContacts(text: string): string {
  return text
    .replace(EMAIL, EMAIL_MASK)
    .replace(PHONE, (found) => (DATE.test(found) ? found : PHONE_MASK));
}
