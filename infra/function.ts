import { RemovalPolicy } from "aws-cdk-lib";
import { type IGrantable, PolicyStatement, Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import { LogGroup, RetentionDays } from "aws-cdk-lib/aws-logs";
import type { IEmailIdentity } from "aws-cdk-lib/aws-ses";
import {
  type FunctionProps,
  Function as SstFunction,
  type Stack,
  type Table,
} from "sst/constructs";
import type { FunctionAccess } from "./access.ts";
import { grantSendEmail } from "./email.ts";
import { suppressRuntimePin } from "./nag.ts";
import { grantTableActions } from "./storage.ts";

/** Where texts are sent from and reported through (infra/sms.ts). */
export interface TextSending {
  /** ARN of the alphanumeric sender ID: the `OriginationIdentity` of every text. */
  senderIdArn: string;
  configurationSetArn: string;
  configurationSetName: string;
}

/**
 * What application functions (API and jobs) are built with: the table, the mail identity and the
 * text sending resources (used only by those that send), the site.
 */
export interface AppResources {
  table: Table;
  identity: IEmailIdentity;
  mailFrom: string;
  /** Required by functions whose access says they send texts. */
  texts?: TextSending;
  /** Absent only while the API is built; infra/web.ts adds it once the distribution exists. */
  siteUrl?: string;
}

/**
 * One application Lambda: Node 22 on arm64, the environment `packages/core/src/config.ts` parses,
 * and a role that may only write its own log group plus what `access` declares (infra/access.ts):
 * named item operations on the table, and sending from the mail identity (and the text sender
 * ID) only if it delivers mail (texts). No managed policies, no X-Ray (nothing in the code emits
 * traces).
 */
export function appFunction(
  stack: Stack,
  id: string,
  props: Omit<FunctionProps, "runtime" | "architecture" | "environment" | "role"> & {
    handler: string;
    /** Variables of this function only, on top of the common ones. */
    environment?: Record<string, string>;
  },
  resources: AppResources,
  access: FunctionAccess,
): SstFunction {
  const texts = access.sendsTexts ? resources.texts : undefined;
  if (access.sendsTexts && !texts) {
    throw new Error(
      `${id} sends texts (infra/access.ts) but was built without infra/sms.ts's sender.`,
    );
  }
  const logGroup = new LogGroup(stack, `${id}Logs`, {
    retention: RetentionDays.ONE_MONTH,
    removalPolicy: RemovalPolicy.DESTROY,
  });
  const role = new Role(stack, `${id}Role`, {
    assumedBy: new ServicePrincipal("lambda.amazonaws.com"),
    description: `Runs ${props.handler}`,
  });
  logGroup.grantWrite(role);

  const fn = new SstFunction(stack, id, {
    runtime: "nodejs22.x",
    architecture: "arm_64",
    memorySize: 512,
    timeout: 10,
    tracing: "disabled",
    // Stack traces in CloudWatch point at the TypeScript source.
    nodejs: { format: "esm", minify: true, sourcemap: true },
    logGroup,
    role,
    ...props,
    environment: {
      STAGE: stack.stage,
      TABLE_NAME: resources.table.tableName,
      MAIL_FROM: resources.mailFrom,
      ...(resources.siteUrl ? { SITE_URL: resources.siteUrl } : {}),
      ...(texts && {
        SMS_ORIGINATOR: texts.senderIdArn,
        SMS_CONFIGURATION_SET: texts.configurationSetName,
      }),
      NODE_OPTIONS: "--enable-source-maps",
      ...props.environment,
    },
  });
  grantTableActions(fn, resources.table, access.tableActions);
  if (access.sendsMail) grantSendEmail(fn, resources.identity);
  if (texts) grantSendText(fn, texts);
  suppressRuntimePin(fn);
  return fn;
}

/**
 * `sms-voice:SendTextMessage` from the sender ID through the configuration set, nothing else: a
 * text is authorised on its origination identity and on its configuration set.
 */
function grantSendText(grantee: IGrantable, texts: TextSending): void {
  grantee.grantPrincipal.addToPrincipalPolicy(
    new PolicyStatement({
      actions: ["sms-voice:SendTextMessage"],
      resources: [texts.senderIdArn, texts.configurationSetArn],
    }),
  );
}
