import { createRequire } from "node:module";
import { join } from "node:path";
import PDFDocument from "pdfkit";
import { encode } from "uqr";
import { config } from "../config/index.ts";
import { type Locale, t } from "../i18n/index.ts";
import type { Certificate } from "./store.ts";

/**
 * A certificate as a PDF, with DejaVu Sans embedded (Latin with ä, ö, å, Cyrillic, Greek and
 * more), so every name prints as written. Loaded only when a PDF is asked for: pdfkit stays off
 * the API's usual path. Right-to-left scripts (Arabic, Hebrew) are embedded but not reordered.
 */

/** The fonts' files: beside the bundle in AWS (`CERTIFICATE_FONTS_DIR`), or in the package. */
function fontFiles() {
  const dir =
    config().CERTIFICATE_FONTS_DIR ??
    join(createRequire(import.meta.url).resolve("dejavu-fonts-ttf/package.json"), "..", "ttf");
  return { regular: join(dir, "DejaVuSans.ttf"), bold: join(dir, "DejaVuSans-Bold.ttf") };
}

const dateOf = (locale: Locale, iso: string) =>
  new Intl.DateTimeFormat(locale === "fi" ? "fi-FI" : locale === "sv" ? "sv-FI" : "en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "Europe/Helsinki",
  }).format(new Date(iso));

/** The QR code drawn as squares, module by module: no image library. */
function drawQr(doc: PDFKit.PDFDocument, url: string, x: number, y: number, side: number) {
  const { size, data } = encode(url, { border: 0 });
  const cell = side / size;
  for (const [r, row] of data.entries()) {
    for (const [c, dark] of row.entries()) {
      if (dark) doc.rect(x + c * cell, y + r * cell, cell, cell);
    }
  }
  doc.fill("#000000");
}

export async function render(certificate: Certificate, verifyUrl: string): Promise<Buffer> {
  const { regular, bold } = fontFiles();
  const { locale } = certificate;
  const doc = new PDFDocument({
    size: "A4",
    margin: 64,
    font: regular,
    info: {
      Title: `${certificate.title} – ${certificate.name}`,
      Author: certificate.issuer,
      Subject: certificate.serial,
    },
    lang: locale,
  });
  doc.registerFont("regular", regular);
  doc.registerFont("bold", bold);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on("end", () => resolve()));

  doc.font("bold").fontSize(12).fillColor("#4d4d4d").text(certificate.issuer.toUpperCase());
  doc.moveDown(3);
  doc.font("bold").fontSize(20).fillColor("#0b4f8a").text(certificate.title);
  doc.moveDown(1.5);
  doc.font("bold").fontSize(20).fillColor("#1a1a1a").text(certificate.name);
  doc.moveDown(1);
  doc.font("regular").fontSize(12);
  for (const line of certificate.lines) doc.text(line, { paragraphGap: 8 });
  doc.moveDown(2);
  doc.text(`${t(locale, "certificate.issued")}: ${dateOf(locale, certificate.issuedAt)}`);
  doc.text(`${t(locale, "certificate.issuedBy")}: ${certificate.issuedBy}, ${certificate.issuer}`);
  doc.text(`${t(locale, "certificate.serial")}: ${certificate.serial}`);

  // The verification link and its QR code at the foot of the page.
  const side = 96;
  const top = doc.page.height - doc.page.margins.bottom - side;
  drawQr(doc, verifyUrl, doc.page.margins.left, top, side);
  doc
    .font("regular")
    .fontSize(10)
    .fillColor("#4d4d4d")
    .text(t(locale, "certificate.verify"), doc.page.margins.left + side + 16, top + 24, {
      width: doc.page.width - doc.page.margins.right - doc.page.margins.left - side - 16,
    })
    .fillColor("#0b4f8a")
    .text(verifyUrl, { link: verifyUrl, underline: true });
  doc.end();
  await done;
  return Buffer.concat(chunks);
}
