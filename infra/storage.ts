import { TableShape } from "@rinnalla/core/db";
import { RemovalPolicy } from "aws-cdk-lib";
import { type IGrantable, PolicyStatement } from "aws-cdk-lib/aws-iam";
import { Key } from "aws-cdk-lib/aws-kms";
import { type StackContext, Table } from "sst/constructs";
import { suppressSstStackInternals } from "./nag.ts";

/**
 * Stages whose data may be thrown away: no deletion protection and the table is removed with the
 * stage. Every other stage (prod, staging, …) keeps its table.
 */
export function isDevLikeStage(stage: string): boolean {
  return ["dev", "local", "test"].includes(stage) || stage.startsWith("pr-");
}

/**
 * The single table, built from the same `TableShape` the local stack uses, and the key that
 * seals the secrets stored in it.
 */
export function Storage({ app, stack }: StackContext) {
  const { partitionKey, sortKey, indexes, timeToLiveAttribute } = TableShape;
  const devLike = isDevLikeStage(app.stage);

  const table = new Table(stack, "Table", {
    fields: {
      [partitionKey]: "string",
      [sortKey]: "string",
      [indexes.gsi1.partitionKey]: "string",
      [indexes.gsi1.sortKey]: "string",
    },
    primaryIndex: { partitionKey, sortKey },
    globalIndexes: {
      gsi1: {
        partitionKey: indexes.gsi1.partitionKey,
        sortKey: indexes.gsi1.sortKey,
        projection: "all",
      },
    },
    timeToLiveAttribute,
    // Feeds the outbox mailer (infra/jobs.ts).
    stream: "new_image",
    cdk: {
      table: {
        // SST passes the same flag; stated here so nobody turns it off by accident. (Setting the
        // newer `pointInTimeRecoverySpecification` instead makes CDK reject the pair.)
        pointInTimeRecovery: true,
        deletionProtection: !devLike,
        removalPolicy: devLike ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN,
      },
    },
  });

  const secretsKey = createSecretsKey(stack, devLike);

  suppressSstStackInternals(stack);
  return { table, secretsKey };
}

/**
 * The customer-managed key the API seals secrets with before they are stored (coordinators'
 * authenticator secrets). It lives beside the table because it shares the table's fate: items
 * sealed with it are unreadable without it, so on every stage that keeps its table the key is
 * kept too, even if a stack is removed. Yearly rotation keeps old key material for decryption.
 */
function createSecretsKey(stack: StackContext["stack"], devLike: boolean): Key {
  return new Key(stack, "SecretsKey", {
    description: "Seals application secrets stored in the Rinnalla table",
    enableKeyRotation: true,
    removalPolicy: devLike ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN,
  });
}

/**
 * The item operations a function may be granted on the table and its indexes, each by name.
 * Transactions need no action of their own: DynamoDB authorises each item of a transaction by
 * its Put, Update, Delete or ConditionCheck. Scan and table administration are not in the list,
 * so no function can be given them (CONVENTIONS.md: no Scan in application code).
 */
export const TABLE_ITEM_ACTIONS = [
  "dynamodb:GetItem",
  "dynamodb:BatchGetItem",
  "dynamodb:Query",
  "dynamodb:PutItem",
  "dynamodb:UpdateItem",
  "dynamodb:DeleteItem",
  "dynamodb:BatchWriteItem",
  "dynamodb:ConditionCheckItem",
] as const;

export type TableAction = (typeof TABLE_ITEM_ACTIONS)[number];

/** `actions` on the table and each of its indexes (the ARNs, never a wildcard). */
export function grantTableActions(
  grantee: IGrantable,
  table: Table,
  actions: readonly TableAction[],
): void {
  const tableArn = table.tableArn;
  grantee.grantPrincipal.addToPrincipalPolicy(
    new PolicyStatement({
      actions: [...actions],
      resources: [
        tableArn,
        ...Object.keys(TableShape.indexes).map((index) => `${tableArn}/index/${index}`),
      ],
    }),
  );
}
