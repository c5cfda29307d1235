import type { TestProject } from "vitest/node";
import { startDynamo } from "../../packages/local/src/dynamodb.ts";
import { freePort } from "../../packages/local/src/ports.ts";
import { startSes } from "../../packages/local/src/ses.ts";
import { startSms } from "../../packages/local/src/sms.ts";

type Services = { dynamodb: string; ses: string; sms: string; stop: () => Promise<void> };

/**
 * One DynamoDB Local (in memory), one local SES and one text message stand-in for the whole
 * run, on random ports, shared by the integration projects (one per test clock). Each test file
 * then makes its own table (fresh-table.ts).
 *
 * The text stand-in runs here, in vitest's main process, which knows no test file's table: so
 * it has no callbacks, and a test hands its delivery reports and replies to the app itself
 * (`reportTextStatuses` and `replyAsText` in harness.ts), from the stand-in's store.
 */
const shared = globalThis as { services?: Promise<Services>; users?: number };

async function start(): Promise<Services> {
  const [dynamo, ses, sms] = await Promise.all([
    freePort().then((port) => startDynamo({ port })),
    startSes({ port: 0 }),
    startSms({ port: 0 }),
  ]);
  return {
    dynamodb: dynamo.endpoint,
    ses: ses.endpoint,
    sms: sms.endpoint,
    stop: async () => {
      await Promise.all([dynamo.stop(), ses.stop(), sms.stop()]);
    },
  };
}

export default async function setup(project: TestProject) {
  shared.services ??= start();
  shared.users = (shared.users ?? 0) + 1;
  const services = await shared.services;
  project.provide("dynamodbEndpoint", services.dynamodb);
  project.provide("sesEndpoint", services.ses);
  project.provide("smsEndpoint", services.sms);
  return async () => {
    shared.users = (shared.users ?? 1) - 1;
    if (shared.users === 0) await services.stop();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    dynamodbEndpoint: string;
    sesEndpoint: string;
    smsEndpoint: string;
  }
}
