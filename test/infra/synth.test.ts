/**
 * Synthesizes the real stacks (sst.config.ts) offline, in-process, and asserts on the
 * CloudFormation. Nothing here talks to AWS: SST's App is created directly instead of through the
 * CLI, which would call STS and CloudFormation first. Function handlers are really bundled and the
 * site is really built, as in a deploy.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TableShape } from "@rinnalla/core/db";
import { schedules, toEventBridgeCron } from "@rinnalla/core/schedule";
import { contentSecurityPolicy } from "@rinnalla/core/security";
import { Aspects } from "aws-cdk-lib";
import { Match, Template } from "aws-cdk-lib/assertions";
import { CachePolicy, OriginRequestPolicy } from "aws-cdk-lib/aws-cloudfront";
import { AwsSolutionsChecks } from "cdk-nag";
import { App, getStack, type Stack } from "sst/constructs";
import { initProject } from "sst/project.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  API_ACCESS,
  type FunctionAccess,
  jobAccess,
  OUTBOX_DELIVERY_ACCESS,
  SMS_INBOUND_ACCESS,
  SMS_STATUS_ACCESS,
} from "../../infra/access.ts";
import { API_HANDLER, ORIGIN_SECRET_HEADER } from "../../infra/api.ts";
import { Email } from "../../infra/email.ts";
import { Jobs, OUTBOX_STREAM_HANDLER } from "../../infra/jobs.ts";
import {
  DEFAULT_SMS_SENDER_ID,
  SMS_INBOUND_HANDLER,
  SMS_STATUS_HANDLER,
  Sms,
  TEXT_EVENT_TYPES,
} from "../../infra/sms.ts";
import { isDevLikeStage, Storage, TABLE_ITEM_ACTIONS } from "../../infra/storage.ts";
import { SPA_REWRITE, Web } from "../../infra/web.ts";
import config from "../../sst.config.ts";

type Resources = Record<string, { Type: string; Properties?: Record<string, unknown> }>;
interface Statement {
  Effect: string;
  Action: string | string[];
  Resource?: unknown;
}

/**
 * Cloud assemblies of this run. CDK would otherwise leave each in a new /tmp/cdk.out* directory
 * (tens of MB with the bundles and the site) after every run.
 */
const outdirs: string[] = [];
afterAll(() => {
  for (const outdir of outdirs) rmSync(outdir, { recursive: true, force: true });
});

/** Builds the app for a stage exactly as `sst deploy --stage <stage>` would, minus AWS. */
async function synth(stage: string, stacks: (app: App) => void): Promise<App> {
  // Vitest sets NODE_ENV=test; SST then skips its only deploy-time AWS call (bootstrap lookup
  // for source-map upload). Stated here so the test never depends on it silently.
  process.env.NODE_ENV = "test";
  // Bundling, `npm install` of the bundles and the site build mostly wait on subprocesses: run
  // them side by side (SST defaults to one per core minus one, i.e. one on a 2-core machine).
  process.env.SST_BUILD_CONCURRENCY ??= "4";
  await initProject({ stage });
  const outdir = mkdtempSync(join(tmpdir(), "rinnalla-synth-"));
  outdirs.push(outdir);
  const app = new App(
    {
      mode: "deploy",
      stage,
      name: "rinnalla",
      region: "eu-north-1",
      account: "123456789012",
    },
    { outdir },
  );
  Aspects.of(app).add(new AwsSolutionsChecks());
  stacks(app);
  await app.finish();
  return app;
}

const STACKS = { Storage, Email, Web, Sms, Jobs };
const templates = {} as Record<keyof typeof STACKS, Template>;
let devTable: Template;
/** cdk-nag errors (unsuppressed findings) of both synths. */
const nagErrors: string[] = [];

/**
 * What `Annotations.fromStack(stack).findError("*", Match.stringLikeRegexp("AwsSolutions-.*"))`
 * returns, read from the assembly already synthesized: `Annotations.fromStack` forces a second
 * synthesis, which re-runs SST's unique-construct-id aspect over the same constructs and throws
 * "already exists".
 */
function collectNagErrors(stack: Stack) {
  const app = stack.node.root as App;
  for (const message of app.synth().getStackArtifact(stack.artifactId).messages) {
    const text = String(message.entry.data);
    if (message.level === "error" && /AwsSolutions-/.test(text)) {
      nagErrors.push(`${message.id}: ${text.split("\n")[0]}`);
    }
  }
}

beforeAll(async () => {
  await synth("prod", (app) => config.stacks(app));
  for (const [name, fn] of Object.entries(STACKS) as [keyof typeof STACKS, typeof Storage][]) {
    templates[name] = Template.fromStack(getStack(fn));
    collectNagErrors(getStack(fn));
  }
  // Second, cheap synth: only the table, for a dev-like stage.
  await synth("dev", (app) => {
    app.stack(Storage);
  });
  devTable = Template.fromStack(getStack(Storage));
  collectNagErrors(getStack(Storage));
}, 120_000);

function allResources(): Resources {
  return Object.assign({}, ...Object.values(templates).map((t) => t.toJSON().Resources));
}

function ofType(type: string): Array<Record<string, unknown>> {
  return Object.values(allResources())
    .filter((r) => r.Type === type)
    .map((r) => r.Properties ?? {});
}

function statements(): Statement[] {
  const documents = [
    ...ofType("AWS::IAM::Policy").map((p) => p.PolicyDocument),
    ...ofType("AWS::IAM::ManagedPolicy").map((p) => p.PolicyDocument),
    ...ofType("AWS::IAM::Role").flatMap((r) =>
      ((r.Policies as Array<{ PolicyDocument: unknown }>) ?? []).map((p) => p.PolicyDocument),
    ),
  ] as Array<{ Statement: Statement[] }>;
  return documents.flatMap((d) => d.Statement);
}

const allowStatements = () => statements().filter((s) => s.Effect === "Allow");

const actionsOf = (s: Statement) => (Array.isArray(s.Action) ? s.Action : [s.Action]);

/** Every application function by handler, with what infra/access.ts declares for it. */
const APP_FUNCTIONS: Array<{ handler: string; access: FunctionAccess }> = [
  { handler: API_HANDLER, access: API_ACCESS },
  { handler: OUTBOX_STREAM_HANDLER, access: OUTBOX_DELIVERY_ACCESS },
  { handler: SMS_STATUS_HANDLER, access: SMS_STATUS_ACCESS },
  { handler: SMS_INBOUND_HANDLER, access: SMS_INBOUND_ACCESS },
  ...schedules.map((entry) => ({ handler: entry.handler, access: jobAccess(entry.id) })),
];

function functionWithHandler(handler: string): Record<string, unknown> {
  const found = ofType("AWS::Lambda::Function").filter((fn) => fn.Handler === handler);
  expect(found, handler).toHaveLength(1);
  return found[0] as Record<string, unknown>;
}

/** Allow statements of every policy attached to the role of the function with this handler. */
function statementsOf(handler: string): Statement[] {
  const role = functionWithHandler(handler).Role as { "Fn::GetAtt": [string, string] };
  const roleRef = JSON.stringify({ Ref: role["Fn::GetAtt"][0] });
  return ofType("AWS::IAM::Policy")
    .filter((policy) => JSON.stringify(policy.Roles).includes(roleRef))
    .flatMap((policy) => (policy.PolicyDocument as { Statement: Statement[] }).Statement)
    .filter((statement) => statement.Effect === "Allow");
}

const actionsOfFunction = (handler: string) => statementsOf(handler).flatMap(actionsOf);

function environmentOf(handler: string): Record<string, unknown> {
  const environment = functionWithHandler(handler).Environment as {
    Variables: Record<string, unknown>;
  };
  return environment.Variables;
}

/** Logical id of the only resource of `type` in a template. */
function onlyId(template: Template, type: string): string {
  const ids = Object.keys(template.findResources(type));
  expect(ids, type).toHaveLength(1);
  return ids[0] as string;
}

describe("table", () => {
  it("has the shape core declares, point-in-time recovery and a stream", () => {
    const { partitionKey, sortKey, indexes, timeToLiveAttribute } = TableShape;
    templates.Storage.resourceCountIs("AWS::DynamoDB::Table", 1);
    templates.Storage.hasResourceProperties("AWS::DynamoDB::Table", {
      KeySchema: [
        { AttributeName: partitionKey, KeyType: "HASH" },
        { AttributeName: sortKey, KeyType: "RANGE" },
      ],
      GlobalSecondaryIndexes: [
        {
          IndexName: "gsi1",
          KeySchema: [
            { AttributeName: indexes.gsi1.partitionKey, KeyType: "HASH" },
            { AttributeName: indexes.gsi1.sortKey, KeyType: "RANGE" },
          ],
          Projection: { ProjectionType: "ALL" },
        },
      ],
      TimeToLiveSpecification: { AttributeName: timeToLiveAttribute, Enabled: true },
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      StreamSpecification: { StreamViewType: "NEW_IMAGE" },
    });
    expect(timeToLiveAttribute).toBe("expiresAt");
  });

  it("is protected from deletion on prod and disposable on dev", () => {
    templates.Storage.hasResource("AWS::DynamoDB::Table", {
      Properties: Match.objectLike({ DeletionProtectionEnabled: true }),
      DeletionPolicy: "Retain",
      UpdateReplacePolicy: "Retain",
    });
    devTable.hasResource("AWS::DynamoDB::Table", {
      Properties: Match.objectLike({
        DeletionProtectionEnabled: false,
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      }),
      DeletionPolicy: "Delete",
    });
  });

  it("treats dev, local, test and pr-* stages as dev-like, nothing else", () => {
    for (const stage of ["dev", "local", "test", "pr-1", "pr-feature-x"]) {
      expect(isDevLikeStage(stage), stage).toBe(true);
    }
    for (const stage of ["prod", "production", "staging", "develop", "pr", "my-pr-1", "testing"]) {
      expect(isDevLikeStage(stage), stage).toBe(false);
    }
  });
});

describe("functions", () => {
  it("all run Node 22, and application code is really bundled (no placeholder)", () => {
    const functions = ofType("AWS::Lambda::Function");
    expect(functions.length).toBeGreaterThan(0);
    for (const fn of functions) expect(fn.Runtime).toBe("nodejs22.x");
    const app = functions.filter((fn) => String(fn.Handler).startsWith("packages/functions/"));
    // the API, each schedule, the outbox mailer, the two text handlers
    expect(app).toHaveLength(1 + schedules.length + 1 + 2);
    for (const fn of app) {
      expect(fn.Code).toMatchObject({ S3Key: expect.stringMatching(/\.zip$/) });
      expect(fn.Architectures).toEqual(["arm64"]);
    }
  });

  it("the API function gets its environment, and SITE_URL is the distribution", () => {
    const web = templates.Web.toJSON().Resources as Resources;
    const distributionId = Object.keys(web).find(
      (id) => web[id]?.Type === "AWS::CloudFront::Distribution",
    );
    templates.Web.hasResourceProperties("AWS::Lambda::Function", {
      Handler: "packages/functions/src/api/lambda.handler",
      MemorySize: 512,
      Timeout: 10,
      Environment: {
        Variables: Match.objectLike({
          STAGE: "prod",
          TABLE_NAME: Match.anyValue(),
          MAIL_FROM: "Rinnalla <noreply@rinnalla.example.org>",
          SITE_URL: {
            "Fn::Join": ["", ["https://", { "Fn::GetAtt": [distributionId, "DomainName"] }]],
          },
          ORIGIN_SECRET: Match.anyValue(),
          SECRETS_KMS_KEY_ID: Match.anyValue(),
        }),
      },
    });
  });

  it("routes ANY /api/{proxy+} to that one function", () => {
    templates.Web.resourceCountIs("AWS::ApiGatewayV2::Route", 1);
    templates.Web.hasResourceProperties("AWS::ApiGatewayV2::Route", {
      RouteKey: "ANY /api/{proxy+}",
    });
  });
});

describe("jobs", () => {
  it("schedules every job of core's schedule list with EventBridge syntax", () => {
    templates.Jobs.resourceCountIs("AWS::Events::Rule", schedules.length);
    for (const entry of schedules) {
      templates.Jobs.hasResourceProperties("AWS::Events::Rule", {
        ScheduleExpression: toEventBridgeCron(entry.cron),
        State: "ENABLED",
      });
      templates.Jobs.hasResourceProperties("AWS::Lambda::Function", {
        Handler: entry.handler,
        Timeout: 300,
        Environment: {
          Variables: Match.objectLike({ SITE_URL: Match.anyValue(), TABLE_NAME: Match.anyValue() }),
        },
      });
    }
    expect(schedules.length).toBeGreaterThan(0);
  });

  it("mails new outbox items from the table stream: INSERTs of outbox# sort keys only", () => {
    templates.Jobs.resourceCountIs("AWS::Lambda::EventSourceMapping", 1);
    templates.Jobs.hasResourceProperties("AWS::Lambda::EventSourceMapping", {
      BatchSize: 10,
      MaximumRetryAttempts: 2,
      BisectBatchOnFunctionError: true,
      FilterCriteria: {
        Filters: [
          {
            Pattern: JSON.stringify({
              eventName: ["INSERT"],
              dynamodb: { Keys: { [TableShape.sortKey]: { S: [{ prefix: "outbox#" }] } } },
            }),
          },
        ],
      },
    });
  });
});

describe("outbox mailer filter, applied to entries core writes", () => {
  type Pattern = Record<string, unknown>;
  /** Lambda event filtering for the two operators used: a list of exact values, and prefix. */
  function matches(pattern: Pattern, event: Record<string, unknown>): boolean {
    return Object.entries(pattern).every(([field, rule]) => {
      const value = event[field];
      if (!Array.isArray(rule)) {
        return (
          typeof value === "object" && value !== null && matches(rule as Pattern, value as Pattern)
        );
      }
      return rule.some((r) =>
        typeof r === "object" && r !== null && "prefix" in r
          ? typeof value === "string" && value.startsWith(String(r.prefix))
          : value === r,
      );
    });
  }

  function streamPattern(): Pattern {
    const [mapping] = ofType("AWS::Lambda::EventSourceMapping");
    const criteria = mapping?.FilterCriteria as { Filters: Array<{ Pattern: string }> };
    const [filter] = criteria.Filters;
    if (!filter) throw new Error("no filter");
    return JSON.parse(filter.Pattern) as Pattern;
  }

  const record = (eventName: string, key: { pk: string; sk: string }) => ({
    eventName,
    dynamodb: { Keys: { pk: { S: key.pk }, sk: { S: key.sk } } },
  });

  it("lets a new outbox entry through, and nothing else", async () => {
    process.env.TABLE_NAME ??= "synth-test";
    const { Outbox } = await import("@rinnalla/core/mail");
    const { key } = Outbox.entry(
      "request#req_01HX",
      "request-received",
      { to: "a@example.org", letter: { locale: "fi", subject: "s", body: ["t"] } },
      new Date("2025-01-01T00:00:00Z"),
    );
    const pattern = streamPattern();
    expect(matches(pattern, record("INSERT", key))).toBe(true);
    // the mailer's own status updates must not trigger it again
    expect(matches(pattern, record("MODIFY", key))).toBe(false);
    expect(matches(pattern, record("REMOVE", key))).toBe(false);
    expect(matches(pattern, record("INSERT", { pk: key.pk, sk: "request" }))).toBe(false);
  });
});

describe("IAM", () => {
  it("no statement has a wildcard action", () => {
    const all = statements();
    expect(all.length).toBeGreaterThan(0);
    const wildcards = all
      .flatMap(actionsOf)
      .filter((action) => action === "*" || action.endsWith(":*"));
    expect(wildcards).toEqual([]);
  });

  it("SES send is granted on the mail identity only, to the two functions that deliver mail", () => {
    const ses = allowStatements().filter((s) => actionsOf(s).some((a) => a.startsWith("ses:")));
    const outboxRetry = schedules.find((entry) => entry.id === "outbox-retry");
    const senders = APP_FUNCTIONS.map((f) => f.handler).filter((handler) =>
      actionsOfFunction(handler).includes("ses:SendEmail"),
    );
    expect(senders.sort()).toEqual([OUTBOX_STREAM_HANDLER, outboxRetry?.handler].sort());
    expect(ses).toHaveLength(2);
    for (const statement of ses) {
      expect(actionsOf(statement).sort()).toEqual(["ses:SendEmail", "ses:SendRawEmail"]);
      expect(statement.Resource).not.toBe("*");
      expect(JSON.stringify(statement.Resource)).toContain(":identity/");
      expect(JSON.stringify(statement.Resource)).not.toContain("*");
    }
  });

  it("table access is item operations on the table and its index, no Scan", () => {
    const dynamo = allowStatements().filter((s) =>
      actionsOf(s).some((a) => a === "dynamodb:PutItem"),
    );
    expect(dynamo).toHaveLength(1 + schedules.length + 1 + 2);
    for (const statement of dynamo) {
      expect(actionsOf(statement)).not.toContain("dynamodb:Scan");
      expect(JSON.stringify(statement.Resource)).not.toContain("*");
    }
  });

  it("each function gets the table actions infra/access.ts declares for it, on the table and gsi1", () => {
    const itemActions: readonly string[] = TABLE_ITEM_ACTIONS;
    for (const { handler, access } of APP_FUNCTIONS) {
      const table = statementsOf(handler).filter((s) =>
        actionsOf(s).some((a) => itemActions.includes(a)),
      );
      expect(table, handler).toHaveLength(1);
      const [statement] = table as [Statement];
      expect(actionsOf(statement).sort(), handler).toEqual([...access.tableActions].sort());
      const resources = statement.Resource as unknown[];
      expect(resources, handler).toHaveLength(2);
      expect(JSON.stringify(resources[0]), handler).toMatch(/ExportsOutputFnGetAttTable\w+Arn/);
      expect(resources[1], handler).toEqual({ "Fn::Join": ["", [resources[0], "/index/gsi1"]] });
    }
  });

  it("the API can neither scan, nor administer the table, nor send mail", () => {
    const actions = actionsOfFunction(API_HANDLER);
    expect(actions).toContain("dynamodb:DeleteItem");
    for (const forbidden of ["dynamodb:Scan", "dynamodb:DeleteTable", "dynamodb:UpdateTable"]) {
      expect(actions).not.toContain(forbidden);
    }
    expect(actions.filter((a) => a.startsWith("ses:"))).toEqual([]);
  });

  it("jobs that do not deliver mail cannot delete items nor send mail", () => {
    const workflowJobs = schedules.filter(
      (entry) => !jobAccess(entry.id).sendsMail && entry.id !== "retention",
    );
    expect(workflowJobs.length).toBeGreaterThan(0);
    for (const entry of workflowJobs) {
      const actions = actionsOfFunction(entry.handler);
      expect(actions, entry.id).toContain("dynamodb:PutItem");
      expect(actions, entry.id).not.toContain("dynamodb:DeleteItem");
      expect(actions, entry.id).not.toContain("dynamodb:BatchWriteItem");
      expect(
        actions.filter((a) => a.startsWith("ses:")),
        entry.id,
      ).toEqual([]);
    }
  });

  it("lets the retention job delete (its purpose) but never send mail", () => {
    const retention = schedules.find((entry) => entry.id === "retention");
    const actions = actionsOfFunction(retention?.handler ?? "");
    expect(actions).toEqual(
      expect.arrayContaining(["dynamodb:DeleteItem", "dynamodb:BatchWriteItem", "dynamodb:Query"]),
    );
    expect(actions.filter((a) => a.startsWith("ses:"))).toEqual([]);
  });
});

describe("texts", () => {
  const smsResources = () => templates.Sms.toJSON().Resources as Resources;
  const idOf = (type: string) => onlyId(templates.Sms, type);
  const outboxRetry = () => schedules.find((entry) => entry.id === "outbox-retry")?.handler ?? "";
  /** Logical id, in the Sms stack, of the function with this handler. */
  const functionId = (handler: string) =>
    Object.entries(smsResources()).find(
      ([, r]) => r.Type === "AWS::Lambda::Function" && r.Properties?.Handler === handler,
    )?.[0];

  function statusTopicId(): string {
    const [set] = ofType("AWS::SMSVOICE::ConfigurationSet");
    const destinations = set?.EventDestinations as
      | Array<{ SnsDestination: { TopicArn: { Ref: string } } }>
      | undefined;
    return destinations?.[0]?.SnsDestination.TopicArn.Ref ?? "";
  }

  function inboundTopicId(): string {
    const [number] = ofType("AWS::SMSVOICE::PhoneNumber");
    const twoWay = number?.TwoWay as { ChannelArn: { Ref: string } } | undefined;
    return twoWay?.ChannelArn.Ref ?? "";
  }

  it("sends from a Finnish alphanumeric sender ID", () => {
    templates.Sms.resourceCountIs("AWS::SMSVOICE::SenderId", 1);
    templates.Sms.hasResourceProperties("AWS::SMSVOICE::SenderId", {
      IsoCountryCode: "FI",
      SenderId: DEFAULT_SMS_SENDER_ID,
    });
  });

  it("reports delivery and every failure through the configuration set to an SNS topic", () => {
    templates.Sms.resourceCountIs("AWS::SMSVOICE::ConfigurationSet", 1);
    const [set] = ofType("AWS::SMSVOICE::ConfigurationSet");
    expect(set?.ConfigurationSetName).toBe("rinnalla-prod");
    expect(set?.EventDestinations).toEqual([
      {
        EventDestinationName: "delivery-status",
        Enabled: true,
        MatchingEventTypes: TEXT_EVENT_TYPES,
        SnsDestination: { TopicArn: { Ref: expect.any(String) } },
      },
    ]);
    expect(TEXT_EVENT_TYPES).toEqual(
      expect.arrayContaining([
        "TEXT_DELIVERED",
        "TEXT_INVALID",
        "TEXT_UNREACHABLE",
        "TEXT_CARRIER_UNREACHABLE",
        "TEXT_BLOCKED",
        "TEXT_CARRIER_BLOCKED",
        "TEXT_SPAM",
        "TEXT_TTL_EXPIRED",
      ]),
    );
    expect(TEXT_EVENT_TYPES).not.toContain("TEXT_SENT");
    expect(smsResources()[statusTopicId()]?.Type).toBe("AWS::SNS::Topic");
  });

  it("has an opt-out list and a two-way FI long code using it, replies going to another topic", () => {
    templates.Sms.resourceCountIs("AWS::SMSVOICE::OptOutList", 1);
    templates.Sms.resourceCountIs("AWS::SMSVOICE::PhoneNumber", 1);
    const [number] = ofType("AWS::SMSVOICE::PhoneNumber");
    expect(number).toMatchObject({
      IsoCountryCode: "FI",
      NumberType: "LONG_CODE",
      NumberCapabilities: ["SMS"],
      OptOutListName: { Ref: idOf("AWS::SMSVOICE::OptOutList") },
      MandatoryKeywords: {
        STOP: { Message: expect.stringContaining("START") },
        HELP: { Message: expect.any(String) },
      },
      TwoWay: { Enabled: true, ChannelArn: { Ref: expect.any(String) } },
    });
    expect(smsResources()[inboundTopicId()]?.Type).toBe("AWS::SNS::Topic");
    expect(inboundTopicId()).not.toBe(statusTopicId());
  });

  it("subscribes the status handler to the events and the inbound handler to the replies", () => {
    templates.Sms.resourceCountIs("AWS::SNS::Subscription", 2);
    for (const [handler, topicId] of [
      [SMS_STATUS_HANDLER, statusTopicId()],
      [SMS_INBOUND_HANDLER, inboundTopicId()],
    ] as const) {
      const fnId = functionId(handler);
      expect(fnId, handler).toBeDefined();
      templates.Sms.hasResourceProperties("AWS::SNS::Subscription", {
        Protocol: "lambda",
        TopicArn: { Ref: topicId },
        Endpoint: { "Fn::GetAtt": [fnId, "Arn"] },
      });
      templates.Sms.hasResourceProperties("AWS::Lambda::Permission", {
        Action: "lambda:InvokeFunction",
        Principal: "sns.amazonaws.com",
        SourceArn: { Ref: topicId },
        FunctionName: { "Fn::GetAtt": [fnId, "Arn"] },
      });
    }
  });

  it("encrypts both topics, takes TLS only, and lets End User Messaging publish", () => {
    const keyId = idOf("AWS::KMS::Key");
    for (const topicId of [statusTopicId(), inboundTopicId()]) {
      expect(smsResources()[topicId]?.Properties?.KmsMasterKeyId).toEqual({
        "Fn::GetAtt": [keyId, "Arn"],
      });
      templates.Sms.hasResourceProperties("AWS::SNS::TopicPolicy", {
        Topics: [{ Ref: topicId }],
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Effect: "Deny",
              Action: "sns:Publish",
              Condition: { Bool: { "aws:SecureTransport": "false" } },
            }),
            Match.objectLike({
              Effect: "Allow",
              Action: "sns:Publish",
              Principal: { Service: "sms-voice.amazonaws.com" },
            }),
          ]),
        },
      });
    }
    templates.Sms.hasResourceProperties("AWS::KMS::Key", {
      EnableKeyRotation: true,
      KeyPolicy: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Principal: { Service: "sms-voice.amazonaws.com" },
            Action: ["kms:GenerateDataKey*", "kms:Decrypt"],
          }),
        ]),
      },
    });
  });

  it("only the outbox deliverers may send texts: from the sender ID, through the set, no *", () => {
    const senderId = idOf("AWS::SMSVOICE::SenderId");
    const setId = idOf("AWS::SMSVOICE::ConfigurationSet");
    const sms = allowStatements().filter((s) =>
      actionsOf(s).some((a) => a.startsWith("sms-voice:")),
    );
    expect(sms).toHaveLength(2);
    for (const statement of sms) {
      expect(actionsOf(statement)).toEqual(["sms-voice:SendTextMessage"]);
      const resources = statement.Resource as unknown[];
      expect(resources).toHaveLength(2);
      expect(JSON.stringify(resources[0])).toMatch(
        new RegExp(`ExportsOutputFnGetAtt${senderId}Arn`),
      );
      expect(JSON.stringify(resources[1])).toMatch(new RegExp(`ExportsOutputFnGetAtt${setId}Arn`));
      expect(JSON.stringify(resources)).not.toContain("*");
    }
    const senders = [OUTBOX_STREAM_HANDLER, outboxRetry()];
    for (const { handler } of APP_FUNCTIONS) {
      const actions = actionsOfFunction(handler).filter((a) => a.startsWith("sms-voice:"));
      const environment = environmentOf(handler);
      if (senders.includes(handler)) {
        expect(actions, handler).toEqual(["sms-voice:SendTextMessage"]);
        const [statement] = statementsOf(handler).filter((s) =>
          actionsOf(s).includes("sms-voice:SendTextMessage"),
        );
        expect(environment.SMS_ORIGINATOR, handler).toEqual(
          (statement?.Resource as unknown[] | undefined)?.[0],
        );
        expect(environment.SMS_CONFIGURATION_SET, handler).toBe("rinnalla-prod");
      } else {
        expect(actions, handler).toEqual([]);
        expect(environment, handler).not.toHaveProperty("SMS_ORIGINATOR");
      }
    }
  });
});

describe("secrets key", () => {
  it("is a customer-managed key that rotates, kept on prod and disposable on dev", () => {
    templates.Storage.hasResource("AWS::KMS::Key", {
      Properties: Match.objectLike({ EnableKeyRotation: true }),
      DeletionPolicy: "Retain",
      UpdateReplacePolicy: "Retain",
    });
    devTable.hasResource("AWS::KMS::Key", {
      Properties: Match.objectLike({ EnableKeyRotation: true }),
      DeletionPolicy: "Delete",
    });
  });

  it("only the API function may use it, to encrypt and decrypt, and knows it by its ARN", () => {
    const keyId = onlyId(templates.Storage, "AWS::KMS::Key");
    const kms = allowStatements().filter((s) => actionsOf(s).some((a) => a.startsWith("kms:")));
    expect(kms).toHaveLength(1);
    const [statement] = kms as [Statement];
    expect(actionsOf(statement).sort()).toEqual(["kms:Decrypt", "kms:Encrypt"]);
    expect(JSON.stringify(statement.Resource)).toMatch(
      new RegExp(`ExportsOutputFnGetAtt${keyId}Arn`),
    );
    expect(statementsOf(API_HANDLER)).toContainEqual(statement);
    expect(environmentOf(API_HANDLER).SECRETS_KMS_KEY_ID).toEqual(statement.Resource);
  });
});

describe("API", () => {
  it("has no CORS configuration: only the site's own origin calls it", () => {
    templates.Web.resourceCountIs("AWS::ApiGatewayV2::Api", 1);
    const [api] = ofType("AWS::ApiGatewayV2::Api");
    expect(api).toBeDefined();
    expect(api).not.toHaveProperty("CorsConfiguration");
  });

  it("is reached only through CloudFront: its origin sends the secret the function checks", () => {
    const [distribution] = ofType("AWS::CloudFront::Distribution");
    if (!distribution) throw new Error("no distribution");
    const { Origins, CacheBehaviors } = distribution.DistributionConfig as {
      Origins: Array<{ Id: string; DomainName: unknown; OriginCustomHeaders?: unknown[] }>;
      CacheBehaviors: Array<{ PathPattern: string; TargetOriginId: string }>;
    };
    const apiBehavior = CacheBehaviors.find((b) => b.PathPattern === "/api/*");
    const apiOrigin = Origins.find((o) => o.Id === apiBehavior?.TargetOriginId);
    expect(JSON.stringify(apiOrigin?.DomainName)).toContain(".execute-api.");

    const secretId = onlyId(templates.Web, "AWS::SecretsManager::Secret");
    const secretValue = {
      "Fn::Join": ["", ["{{resolve:secretsmanager:", { Ref: secretId }, ":SecretString:::}}"]],
    };
    expect(ORIGIN_SECRET_HEADER).toBe("x-origin-verify");
    expect(apiOrigin?.OriginCustomHeaders).toEqual([
      { HeaderName: ORIGIN_SECRET_HEADER, HeaderValue: secretValue },
    ]);
    expect(environmentOf(API_HANDLER).ORIGIN_SECRET).toEqual(secretValue);
  });

  it("gives the API the certificates' fonts beside its bundle", () => {
    expect(environmentOf(API_HANDLER).CERTIFICATE_FONTS_DIR).toBe("/var/task/fonts");
  });

  it("the origin secret is long, random, letters and digits, and goes nowhere else", () => {
    const [secret] = ofType("AWS::SecretsManager::Secret");
    const generate = secret?.GenerateSecretString as Record<string, unknown>;
    expect(generate.ExcludePunctuation).toBe(true);
    expect(generate.PasswordLength).toBeGreaterThanOrEqual(32);
    expect(generate).not.toHaveProperty("SecretStringTemplate");
    // the API origin's header and the API function's environment
    const everything = JSON.stringify(Object.values(templates).map((t) => t.toJSON()));
    expect(everything.split("{{resolve:secretsmanager:")).toHaveLength(3);
  });
});

describe("distribution", () => {
  it("sends /api/* to the HTTP API uncached, with all viewer headers but Host, all methods", () => {
    templates.Web.hasResourceProperties("AWS::CloudFront::Distribution", {
      DistributionConfig: Match.objectLike({
        CacheBehaviors: [
          Match.objectLike({
            PathPattern: "/api/*",
            AllowedMethods: ["GET", "HEAD", "OPTIONS", "PUT", "PATCH", "POST", "DELETE"],
            CachePolicyId: CachePolicy.CACHING_DISABLED.cachePolicyId,
            OriginRequestPolicyId:
              OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER.originRequestPolicyId,
            ViewerProtocolPolicy: "https-only",
          }),
        ],
      }),
    });
  });

  it("does not turn API errors into the HTML page: SPA routing by a viewer function instead", () => {
    const [distribution] = ofType("AWS::CloudFront::Distribution");
    const distributionConfig = distribution?.DistributionConfig as Record<string, unknown>;
    expect(distributionConfig.CustomErrorResponses).toBeUndefined();
    const [viewerFunction] = ofType("AWS::CloudFront::Function");
    expect(String(viewerFunction?.FunctionCode)).toContain('request.uri = "/index.html"');
  });
});

describe("site headers", () => {
  it("serve the site with the same Content-Security-Policy the local server sends", () => {
    templates.Web.hasResourceProperties("AWS::CloudFront::ResponseHeadersPolicy", {
      ResponseHeadersPolicyConfig: Match.objectLike({
        SecurityHeadersConfig: Match.objectLike({
          ContentSecurityPolicy: { ContentSecurityPolicy: contentSecurityPolicy, Override: true },
          FrameOptions: { FrameOption: "DENY", Override: true },
        }),
      }),
    });
  });
});

describe("SPA routing function", () => {
  // The CloudFront Functions runtime is plain JavaScript; evaluate the same source here.
  const handler = new Function(`${SPA_REWRITE}; return handler;`)() as (event: {
    request: { uri: string };
  }) => { uri: string };
  const rewrite = (uri: string) => handler({ request: { uri } }).uri;

  it("serves index.html for client-side routes, deep links included", () => {
    for (const uri of ["/", "/done", "/requests/req_01HXYZ", "/coordinator/requests/"]) {
      expect(rewrite(uri), uri).toBe("/index.html");
    }
  });

  it("leaves files alone", () => {
    for (const uri of ["/assets/index-B8TV.js", "/favicon.ico", "/.well-known/security.txt"]) {
      expect(rewrite(uri), uri).toBe(uri);
    }
  });
});

describe("cdk-nag AwsSolutions", () => {
  it("has no unsuppressed errors in any stack", () => {
    expect(nagErrors).toEqual([]);
  });
});
