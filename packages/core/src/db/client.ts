import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { config } from "../config/index.ts";

let rawClient: DynamoDBClient | undefined;
let documentClient: DynamoDBDocumentClient | undefined;
// Clients follow the configuration: the local stack sets endpoints after start-up.
let builtFor: unknown;

/** The low-level client, for table administration. */
export function dynamo(): DynamoDBClient {
  if (!rawClient || builtFor !== config()) {
    builtFor = config();
    documentClient = undefined;
    const { AWS_REGION, DYNAMODB_ENDPOINT } = config();
    rawClient = new DynamoDBClient({
      region: AWS_REGION,
      ...(DYNAMODB_ENDPOINT && {
        endpoint: DYNAMODB_ENDPOINT,
        credentials: { accessKeyId: "local", secretAccessKey: "local" },
      }),
    });
  }
  return rawClient;
}

/** The document client every access pattern uses. */
export function db(): DynamoDBDocumentClient {
  const client = dynamo();
  documentClient ??= DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
  return documentClient;
}

export function tableName(): string {
  return config().TABLE_NAME;
}
