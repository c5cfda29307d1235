import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createServer } from "vite";
import { DEMO_ADMIN } from "./demo.ts";
import { assertJava, JavaMissingError } from "./dynamodb.ts";
import { startStack } from "./stack.ts";

/** `npm run dev`: the whole product on this machine. Ports can be changed by environment. */
const root = resolve(fileURLToPath(new URL("../../..", import.meta.url)));
const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const ports = {
  api: port("API_PORT", 3000),
  web: port("WEB_PORT", 5173),
  dynamodb: port("DYNAMODB_PORT", 8000),
  ses: port("SES_PORT", 8005),
  sms: port("SMS_PORT", 8006),
};
const siteUrl = `http://localhost:${ports.web}`;

async function main() {
  assertJava();
  const stack = await startStack({
    dataDir: resolve(root, ".data/dynamodb"),
    ports,
    siteUrl,
    scheduler: true,
    demo: true,
  });
  process.env.API_PORT = String(ports.api);
  const vite = await createServer({
    configFile: resolve(root, "web/vite.config.ts"),
    root: resolve(root, "web"),
    server: { port: ports.web, strictPort: true },
    logLevel: "warn",
  });
  await vite.listen();

  console.log(
    [
      "",
      "  Rinnalla is running locally",
      "",
      `  Site (request form)   ${siteUrl}`,
      `  Coordinator sign-in   ${siteUrl}/sign-in  as ${DEMO_ADMIN} (the link arrives in the mail viewer)`,
      `  Mail viewer           ${stack.mailViewer}`,
      `  Text viewer           ${stack.textViewer}  (texts; replies and unreachable numbers to try)`,
      `  API                   ${stack.api}/api`,
      `  DynamoDB Local        ${stack.dynamodb}  (data in .data/dynamodb, table ${stack.tableName})`,
      `  Scheduler             ${stack.scheduler
        ?.nextRuns()
        .map((r) => `${r.id} next ${r.next}`)
        .join(", ")}`,
      "",
      "  Press Ctrl-C to stop everything.",
      "",
    ].join("\n"),
  );

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log("\nStopping…");
    await vite.close();
    await stack.stop();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error) => {
  if (error instanceof JavaMissingError) {
    console.error(`\n${error.message}\n`);
  } else {
    console.error("\nCould not start the local stack:", error?.message ?? error);
    if ((error as NodeJS.ErrnoException)?.code === "EADDRINUSE") {
      console.error(
        "A port is in use. Set API_PORT, WEB_PORT, DYNAMODB_PORT, SES_PORT or SMS_PORT.",
      );
    }
  }
  process.exit(1);
});
