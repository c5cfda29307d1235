import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { startStack } from "@rinnalla/local/stack.ts";

/**
 * A bench section's local stack (in-memory DynamoDB Local, local SES, the API) and a document
 * client of the bench's own for seeding, so seeding is not counted among the app's calls.
 * `stop()` ends both.
 */
export async function benchStack(tableName: string, env: Record<string, string> = {}) {
  const stack = await startStack({
    tableName,
    env: {
      LOG_LEVEL: "error",
      // The header line already says which Node this is.
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
      ...env,
    },
    log: () => {},
  });
  const raw = new DynamoDBClient({
    endpoint: stack.dynamodb,
    region: "eu-north-1",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
  // As the app's client: absent optional fields are left out, not stored.
  const documents = DynamoDBDocumentClient.from(raw, {
    marshallOptions: { removeUndefinedValues: true },
  });
  return {
    stack,
    documents,
    stop: async () => {
      raw.destroy();
      await stack.stop();
    },
  };
}
