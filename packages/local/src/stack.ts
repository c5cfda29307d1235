import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { reloadConfig } from "@rinnalla/core/config";
import { dynamo as dynamoClient, ensureTable } from "@rinnalla/core/db";
import { Delivery } from "@rinnalla/core/reach";
import { startApiServer } from "./api-server.ts";
import { deliverInBackground } from "./delivery.ts";
import { seedDemo } from "./demo.ts";
import { startDynamo } from "./dynamodb.ts";
import { freePort } from "./ports.ts";
import { startScheduler } from "./scheduler.ts";
import { startSes } from "./ses.ts";
import { startSms } from "./sms.ts";

export interface StackOptions {
  /** Where DynamoDB Local keeps its files; in memory when absent. */
  dataDir?: string;
  tableName?: string;
  ports?: { dynamodb?: number; ses?: number; sms?: number; api?: number };
  /** Serve this built site from the API server (one origin, as behind CloudFront). */
  webDist?: string;
  /** Public address of the site, for links in emails. */
  siteUrl?: string;
  scheduler?: boolean;
  /** Add demo data to an empty table (coordinators, requests). */
  demo?: boolean;
  /** Extra environment for the app's config (e.g. rate limits in benchmarks). */
  env?: Record<string, string>;
  log?: (line: string) => void;
}

/**
 * The key that seals secrets at rest on the local stack (KMS does it in AWS). Kept next to the
 * data it opens, so both survive a restart and both go when `.data/` is deleted.
 */
function localSecretKey(dataDir: string): string {
  const file = join(dataDir, "secret.key");
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

/**
 * Everything the product needs on one machine: DynamoDB Local, the local SES and its mail
 * viewer, the text message stand-in and its viewer, the API, and the scheduler running the
 * production jobs.
 */
export async function startStack(options: StackOptions = {}) {
  const log = options.log ?? console.log;
  const [dynamo, ses, sms] = await Promise.all([
    startDynamo({
      port: options.ports?.dynamodb || (await freePort()),
      dataDir: options.dataDir,
    }),
    startSes({ port: options.ports?.ses ?? 0 }),
    // Delivery reports and replies come back as End User Messaging's would, to the same code.
    startSms({
      port: options.ports?.sms ?? 0,
      onStatus: (event) => Delivery.onStatus(event),
      onReply: (reply) => Delivery.onReply(reply),
      log,
    }),
  ]);

  const apiPort = options.ports?.api || (await freePort());
  Object.assign(process.env, {
    ...(options.dataDir && { LOCAL_SECRET_KEY: localSecretKey(options.dataDir) }),
    TABLE_NAME: options.tableName ?? "rinnalla-local",
    DYNAMODB_ENDPOINT: dynamo.endpoint,
    SES_ENDPOINT: ses.endpoint,
    SMS_ENDPOINT: sms.endpoint,
    SITE_URL: options.siteUrl ?? `http://127.0.0.1:${apiPort}`,
    AWS_REGION: "eu-north-1",
    ...options.env,
  });
  const config = reloadConfig();
  await ensureTable(dynamoClient(), config.TABLE_NAME).catch(async (error) => {
    await Promise.all([dynamo.stop(), ses.stop(), sms.stop()]);
    throw error;
  });

  const stopDelivery = deliverInBackground(log);

  if (options.demo) await seedDemo(log);
  const api = await startApiServer({ port: apiPort, webDist: options.webDist });
  const scheduler = options.scheduler ? startScheduler(log) : undefined;

  return {
    dynamodb: dynamo.endpoint,
    ses: ses.endpoint,
    mailViewer: ses.viewer,
    sms: sms.endpoint,
    textViewer: sms.viewer,
    api: api.url,
    tableName: config.TABLE_NAME,
    scheduler,
    async stop() {
      scheduler?.stop();
      await api.stop();
      await stopDelivery();
      await Promise.all([dynamo.stop(), ses.stop(), sms.stop()]);
    },
  };
}
