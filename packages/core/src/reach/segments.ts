/**
 * How many SMS segments a text takes, as the networks count them. A text in the GSM 03.38
 * alphabet (which has ä, ö, å, é and ü, so Finnish and Swedish fit) takes 160 characters in
 * one segment, 153 in each of several; a single character outside it (Cyrillic, Arabic, an
 * emoji, a typographic quote) turns the whole text into UCS-2: 70 in one, 67 in each of several.
 */

const GSM_BASIC =
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
  "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
/** Sent as an escape and the character: two septets each. */
const GSM_EXTENSION = "^{}\\[~]|€\f";

const basic = new Set(GSM_BASIC);
const extension = new Set(GSM_EXTENSION);

export type Encoding = "GSM-7" | "UCS-2";

export interface Segmented {
  encoding: Encoding;
  /** Septets (GSM-7) or UTF-16 code units (UCS-2). */
  units: number;
  segments: number;
}

export const SINGLE = { "GSM-7": 160, "UCS-2": 70 } as const;
export const PART = { "GSM-7": 153, "UCS-2": 67 } as const;

export function isGsm7(text: string): boolean {
  for (const char of text) if (!basic.has(char) && !extension.has(char)) return false;
  return true;
}

export function segment(text: string): Segmented {
  if (isGsm7(text)) {
    let units = 0;
    for (const char of text) units += extension.has(char) ? 2 : 1;
    return { encoding: "GSM-7", units, segments: count(units, "GSM-7") };
  }
  return { encoding: "UCS-2", units: text.length, segments: count(text.length, "UCS-2") };
}

function count(units: number, encoding: Encoding): number {
  if (units === 0) return 0;
  return units <= SINGLE[encoding] ? 1 : Math.ceil(units / PART[encoding]);
}

/** A text's budget: one segment where GSM-7 allows it, two for other alphabets. */
export const budget = (encoding: Encoding): number => (encoding === "GSM-7" ? 1 : 2);
