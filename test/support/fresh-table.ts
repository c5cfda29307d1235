import { randomUUID } from "node:crypto";
import { reloadConfig } from "@rinnalla/core/config";
import { dynamo, ensureTable } from "@rinnalla/core/db";
import { inject } from "vitest";

/** Every test file gets its own table in the shared DynamoDB Local. */
Object.assign(process.env, {
  TABLE_NAME: `test-${randomUUID()}`,
  DYNAMODB_ENDPOINT: inject("dynamodbEndpoint"),
  SES_ENDPOINT: inject("sesEndpoint"),
  SMS_ENDPOINT: inject("smsEndpoint"),
  AWS_REGION: "eu-north-1",
  REQUEST_RATE_LIMIT_PER_HOUR: "1000",
  LOG_LEVEL: "error",
  LINK_REQUEST_FLOOR_MS: "5",
});
await ensureTable(dynamo(), reloadConfig().TABLE_NAME);
