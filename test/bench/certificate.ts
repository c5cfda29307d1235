import { randomBytes } from "node:crypto";
import { info, median, note, percentile } from "./report.ts";

const RUNS = 30;

/**
 * Writing one certificate's PDF (pdfkit with DejaVu Sans embedded and subset, a QR code): the
 * time a volunteer waits after pressing "download". Pure: no table involved.
 */
export async function certificatePdf() {
  process.env.TABLE_NAME ??= "bench";
  const first = performance.now();
  const { render } = await import("../../packages/core/src/certificate/pdf.ts");
  info(
    "first load of the PDF module (pdfkit, fontkit)",
    `${(performance.now() - first).toFixed(1)} ms`,
  );
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const pdf = await render(
      {
        id: randomBytes(16).toString("base64url"),
        serial: `RT-2027-${String(i + 1).padStart(4, "0")}`,
        kind: "training",
        volunteerId: "vol_bench",
        name: i % 2 ? "Олена Коваленко" : "Åsa Äijälä-Öhman",
        locale: "fi",
        title: "Todistus asiointitukihenkilökoulutuksesta",
        lines: [
          "on suorittanut vapaaehtoisten asiointitukihenkilöiden koulutuksen (14 tuntia).",
          "Koulutuksen sisältö:\n– Johdanto\n– Palvelujärjestelmä\n– Viestintä\n– Turvallisuus",
        ],
        issuedAt: new Date().toISOString(),
        issuer: "Tukihenkilöyhdistys Rinnalla ry",
        issuedBy: "Kaisa Koordinaattori",
      },
      "https://rinnalla.example/verify/abcdefghijklmnopqrstuv",
    );
    times.push(performance.now() - started);
    bytes = pdf.length;
  }
  info(
    "certificate PDF generation",
    `median ${median(times).toFixed(1)} ms, p90 ${percentile(times, 90).toFixed(1)} ms (${RUNS} PDFs, the first included)`,
  );
  info("certificate PDF size", `${(bytes / 1024).toFixed(1)} KB (fonts subset to the glyphs used)`);
  note("the API bundle section shows the PDF chunk's size; the entry does not carry pdfkit");
}
