import { cpus, loadavg } from "node:os";
import { bankSearch } from "./bank.ts";
import { apiBundleSize, apiColdImport } from "./bundle.ts";
import { certificatePdf } from "./certificate.ts";
import { invitationJob } from "./gatherings.ts";
import { inboxFirstPage } from "./inbox.ts";
import { acceptLatency, rankBank } from "./matching.ts";
import { reminderJob } from "./reminders.ts";
import { section } from "./report.ts";
import { signInTiming } from "./signin.ts";
import { submissionsVsPuts } from "./throughput.ts";
import { formPageJs } from "./web.ts";
import { yearlyReport } from "./yearly-report.ts";

/**
 * `npm run bench`: figures against targets. A missed target prints MISSED and is not a failure;
 * a section that cannot run prints its error and the others still run.
 */

const cpu = cpus();
console.log(
  `rinnalla bench — ${cpu.length} cores (${cpu[0]?.model.trim() ?? "unknown cpu"}), node ${process.version}, ${process.platform}/${process.arch}, load average ${loadavg()[0]?.toFixed(1)}; 1 KB = 1024 B`,
);

// `npm run bench -- web throughput` runs only the sections named (api, web, throughput, inbox, bank,
// matching, reminders, signin, certificate, gatherings, yearly-report).
const only = process.argv.slice(2);
const wanted = (name: string) => only.length === 0 || only.includes(name);

const ansiColour = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g");

let failed = 0;
async function run(title: string, body: () => Promise<void>): Promise<void> {
  section(title);
  const started = performance.now();
  try {
    await body();
  } catch (error) {
    failed++;
    const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
    // Build tools colour their messages; the report is plain text.
    console.log(`ERROR: ${text.replace(ansiColour, "")}`);
  }
  console.log(`  (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

if (wanted("api")) {
  let bundles: Awaited<ReturnType<typeof apiBundleSize>> | undefined;
  await run("API Lambda bundle (esbuild, node22, esm, minified)", async () => {
    bundles = await apiBundleSize();
  });
  await run("API module init (cold import of the full bundle in a fresh node)", async () => {
    if (!bundles) throw new Error("no bundle: the bundle section failed");
    await apiColdImport(bundles);
  });
  bundles?.cleanup();
}
if (wanted("web")) await run("Form page JavaScript (vite build of web/)", formPageJs);
if (wanted("throughput")) {
  await run("Submissions vs raw PutItem on one DynamoDB Local", submissionsVsPuts);
}
if (wanted("inbox")) {
  await run("Coordinator inbox, first page, on one DynamoDB Local", inboxFirstPage);
}
if (wanted("bank")) {
  await run("Volunteer bank, 5,000 volunteers, on one DynamoDB Local", bankSearch);
}
if (wanted("matching")) {
  await run("Matching, ranking 5,000 volunteers for one request (the pure function)", rankBank);
  await run("Matching, accepting an offer through its link, on one DynamoDB Local", acceptLatency);
}
if (wanted("signin")) {
  await run("Sign-in link requests: a coordinator's address and an unknown one", signInTiming);
}
if (wanted("certificate")) {
  await run("Certificate PDF (pdfkit, DejaVu Sans embedded)", certificatePdf);
}
if (wanted("gatherings")) {
  await run("Gathering invitations, 5,000 volunteers, on one DynamoDB Local", invitationJob);
}
if (wanted("reminders")) {
  await run("Day-before reminders, 10,000 upcoming visits, on one DynamoDB Local", reminderJob);
}
if (wanted("yearly-report")) {
  await run(
    "Yearly report over 5 years of monthly counters, 5,000 then 50,000 visits, on one DynamoDB Local",
    yearlyReport,
  );
}

console.log(
  `\n${failed ? `${failed} section(s) could not run` : "all sections ran"}; load average now ${loadavg()[0]?.toFixed(1)}`,
);
process.exitCode = failed ? 1 : 0;
