import { type Locale, t } from "../i18n/index.ts";
import type { Message } from "./ses.ts";

export interface Letter {
  locale: Locale;
  subject: string;
  /**
   * Greeting name, only when we know it ourselves (a coordinator, a volunteer). A name typed
   * into a public form is never put in a greeting: a stranger could make our mail say anything
   * to any address.
   */
  name?: string;
  /** Paragraphs of plain text, already translated. */
  paragraphs: string[];
}

const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch] as string,
  );

/**
 * Every email shares one plain layout: greeting, paragraphs, signature. Plain text first
 * (screen readers and older phones), HTML as the same words with line breaks.
 */
export function render(to: string, letter: Letter, attachments?: Message["attachments"]): Message {
  const { locale } = letter;
  const blocks = [
    letter.name
      ? t(locale, "mail.greeting", { name: letter.name })
      : t(locale, "mail.greetingPlain"),
    ...letter.paragraphs,
    t(locale, "mail.signature"),
    t(locale, "mail.noReply"),
  ];
  const text = blocks.join("\n\n");
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(letter.subject)}</title></head><body style="font-family:sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a">${blocks
    .map((b) => `<p>${escapeHtml(b).replace(/\n/g, "<br>")}</p>`)
    .join("")}</body></html>`;
  return { to, subject: letter.subject, text, html, ...(attachments?.length && { attachments }) };
}
