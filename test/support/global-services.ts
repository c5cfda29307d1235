import type { TestProject } from "vitest/node";
import { startDynamo } from "../../packages/local/src/dynamodb.ts";
import { freePort } from "../../packages/local/src/ports.ts";
import { startSes } from "../../packages/local/src/ses.ts";

/**
 * One DynamoDB Local (in memory) and one local SES for the whole run, on random ports. Each
 * test file then makes its own table (fresh-table.ts).
 */
export default async function setup(project: TestProject) {
  const [dynamo, ses] = await Promise.all([
    freePort().then((port) => startDynamo({ port })),
    startSes({ port: 0 }),
  ]);
  project.provide("dynamodbEndpoint", dynamo.endpoint);
  project.provide("sesEndpoint", ses.endpoint);
  return async () => {
    await Promise.all([dynamo.stop(), ses.stop()]);
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    dynamodbEndpoint: string;
    sesEndpoint: string;
  }
}
