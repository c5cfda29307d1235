import type { TestProject } from "vitest/node";
import { startDynamo } from "../../packages/local/src/dynamodb.ts";
import { freePort } from "../../packages/local/src/ports.ts";
import { startSes } from "../../packages/local/src/ses.ts";

type Services = { dynamodb: string; ses: string; stop: () => Promise<void> };

/**
 * One DynamoDB Local (in memory) and one local SES for the whole run, on random ports, shared
 * by the integration projects (one per test clock). Each test file then makes its own table
 * (fresh-table.ts).
 */
const shared = globalThis as { services?: Promise<Services>; users?: number };

async function start(): Promise<Services> {
  const [dynamo, ses] = await Promise.all([
    freePort().then((port) => startDynamo({ port })),
    startSes({ port: 0 }),
  ]);
  return {
    dynamodb: dynamo.endpoint,
    ses: ses.endpoint,
    stop: async () => {
      await Promise.all([dynamo.stop(), ses.stop()]);
    },
  };
}

export default async function setup(project: TestProject) {
  shared.services ??= start();
  shared.users = (shared.users ?? 0) + 1;
  const services = await shared.services;
  project.provide("dynamodbEndpoint", services.dynamodb);
  project.provide("sesEndpoint", services.ses);
  return async () => {
    shared.users = (shared.users ?? 1) - 1;
    if (shared.users === 0) await services.stop();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    dynamodbEndpoint: string;
    sesEndpoint: string;
  }
}
