import { type ClientLocale, direction, t } from "../i18n/index.ts";
import type { Organisation } from "../organisation/organisation.ts";
import type { Block, Letter, Link } from "./letter.ts";

/**
 * The one layout of every email: a greeting, the letter's paragraphs and links, its main action
 * as a button, a signature and the association's contact. Written by hand rather than with an
 * email framework (MJML and the like pull in megabytes for a one-column letter); it is small,
 * validated (html-validate) and tested for what matters: every address a real link, the action
 * a button, one column that reads on a phone, and a plain-text part with the same words for
 * screen readers and simple mail apps.
 */

export interface Rendered {
  subject: string;
  text: string;
  html: string;
}

const COLOURS = { text: "#1a1a1a", muted: "#4d4d4d", action: "#0b4f8a", rule: "#d0d0d0" };
const FONT = "font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5";

export function layout(letter: Letter, organisation: Organisation): Rendered {
  const { locale } = letter;
  const greeting = letter.name
    ? t(locale, "mail.greeting", { name: letter.name })
    : t(locale, "mail.greetingPlain");
  const signature = t(locale, "mail.signature", { organisation: organisation.name });
  const footer = footerLines(locale, organisation);
  return {
    subject: letter.subject,
    text: [
      greeting,
      ...letter.body.map(blockText),
      signature,
      ["--", ...footer.map((l) => l.text)].join("\n"),
    ].join("\n\n"),
    html: page(locale, letter, [
      paragraph(escapeHtml(greeting)),
      ...letter.body.map((block) => blockHtml(locale, block)),
      paragraph(escapeHtml(signature).replace(/\n/g, "<br>")),
      footerHtml(footer),
    ]),
  };
}

function blockText(block: Block): string {
  if (typeof block === "string") return block;
  const { label, url } = "action" in block ? block.action : block.link;
  return `${label}:\n${url}`;
}

function blockHtml(locale: ClientLocale, block: Block): string {
  if (typeof block === "string") return paragraph(withLinks(block));
  if ("link" in block) return paragraph(anchor(block.link.url, escapeHtml(block.link.label)));
  return button(locale, block.action);
}

/** A button that is a link: it works where buttons are not drawn, and the address follows in words. */
function button(locale: ClientLocale, { label, url }: Link): string {
  const style = `display:inline-block;padding:12px 24px;background:${COLOURS.action};color:#ffffff;font-weight:bold;text-decoration:none;border-radius:6px`;
  return [
    `<table role="presentation" style="border-collapse:collapse;margin:8px 0 8px 0"><tbody><tr><td style="padding:0;border-radius:6px;background:${COLOURS.action}">`,
    `<a href="${escapeHtml(url)}" style="${style}">${escapeHtml(label)}</a>`,
    "</td></tr></tbody></table>",
    `<p style="margin:0 0 16px 0;font-size:14px;color:${COLOURS.muted};word-break:break-all">`,
    `${escapeHtml(t(locale, "mail.linkFallback"))} ${anchor(url, escapeHtml(url))}</p>`,
  ].join("");
}

interface FooterLine {
  text: string;
  html: string;
}

/** Who sent this and how to reach them; whether a reply reaches anyone. */
function footerLines(locale: ClientLocale, o: Organisation): FooterLine[] {
  const plain = (text: string) => ({ text, html: escapeHtml(text) });
  const lines: FooterLine[] = [plain(o.name)];
  for (const row of o.address?.split("\n") ?? []) lines.push(plain(row));
  if (o.phone) {
    const label = t(locale, "mail.footer.phone");
    const hours = o.openingHours ? ` (${o.openingHours})` : "";
    lines.push({
      text: `${label} ${o.phone}${hours}`,
      html: `${escapeHtml(label)} ${anchor(`tel:${o.phone.replace(/[^+\d]/g, "")}`, escapeHtml(o.phone).replace(/ /g, "&nbsp;"))}${escapeHtml(hours)}`,
    });
  } else if (o.openingHours) {
    lines.push(plain(o.openingHours));
  }
  if (o.email)
    lines.push({ text: o.email, html: anchor(`mailto:${o.email}`, escapeHtml(o.email)) });
  if (o.website) lines.push({ text: o.website, html: anchor(o.website, escapeHtml(o.website)) });
  const replies = o.replies === "organisation" && o.email;
  const reachable = o.phone || o.email;
  lines.push(
    plain(
      t(
        locale,
        replies
          ? "mail.footer.canReply"
          : reachable
            ? "mail.footer.noReply"
            : "mail.footer.noReplyPlain",
      ),
    ),
  );
  return lines;
}

function footerHtml(lines: FooterLine[]): string {
  return `<p style="margin:24px 0 0 0;padding-top:16px;border-top:1px solid ${COLOURS.rule};font-size:14px;color:${COLOURS.muted}">${lines
    .map((l) => l.html)
    .join("<br>")}</p>`;
}

function page(locale: ClientLocale, letter: Letter, blocks: string[]): string {
  const preheader = letter.preheader ?? letter.body.find((b) => typeof b === "string") ?? "";
  const dir = direction(locale);
  // Some mail apps drop the html element's attributes: the body and the column say it again.
  const align = dir === "rtl" ? "direction:rtl;text-align:right;" : "";
  return [
    `<!DOCTYPE html><html lang="${locale}" dir="${dir}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(letter.subject)}</title></head>`,
    `<body dir="${dir}" style="margin:0;padding:0;background:#f4f4f4;${FONT};color:${COLOURS.text};${align}">`,
    // Shown by mail apps as the line after the subject, never in the letter itself.
    `<div style="display:none;max-height:0;overflow:hidden">${escapeHtml(preheader.replace(/\s+/g, " ").slice(0, 140))}</div>`,
    '<table role="presentation" style="width:100%;border-collapse:collapse;background:#f4f4f4"><tbody><tr><td style="padding:16px 8px">',
    `<table role="presentation" style="width:100%;max-width:600px;border-collapse:collapse;margin:0 auto;background:#ffffff;border-radius:8px"><tbody><tr><td style="padding:24px;${FONT};${align}">`,
    `<main>${blocks.join("")}</main>`,
    "</td></tr></tbody></table></td></tr></tbody></table></body></html>",
  ].join("");
}

const paragraph = (html: string) =>
  `<p style="margin:0 0 16px 0">${html.replace(/\n/g, "<br>")}</p>`;

const anchor = (url: string, html: string) =>
  `<a href="${escapeHtml(url)}" style="color:${COLOURS.action};text-decoration:underline">${html}</a>`;

const URL_IN_TEXT = /https?:\/\/[^\s<>"]+[^\s<>".,;:!?)]/g;

/** Text with every web address in it made a link (mail apps must not have to guess). */
function withLinks(text: string): string {
  let html = "";
  let from = 0;
  for (const match of text.matchAll(URL_IN_TEXT)) {
    html += escapeHtml(text.slice(from, match.index)) + anchor(match[0], escapeHtml(match[0]));
    from = match.index + match[0].length;
  }
  return html + escapeHtml(text.slice(from));
}

function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch] as string,
  );
}
