import { RemovalPolicy } from "aws-cdk-lib";
import { Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import { LogGroup, RetentionDays } from "aws-cdk-lib/aws-logs";
import type { IEmailIdentity } from "aws-cdk-lib/aws-ses";
import {
  type FunctionProps,
  Function as SstFunction,
  type Stack,
  type Table,
} from "sst/constructs";
import { grantSendEmail } from "./email.ts";
import { suppressRuntimePin } from "./nag.ts";
import { grantTableReadWrite } from "./storage.ts";

/** What every application function (API and jobs) needs: the table, the mail identity, the site. */
export interface AppResources {
  table: Table;
  identity: IEmailIdentity;
  mailFrom: string;
  /** Absent only while the API is built; infra/web.ts adds it once the distribution exists. */
  siteUrl?: string;
}

/**
 * One application Lambda: Node 22 on arm64, the environment `packages/core/src/config.ts` parses,
 * and a role that may only write its own log group, read/write the table and send from the mail
 * identity. No managed policies, no X-Ray (nothing in the code emits traces).
 */
export function appFunction(
  stack: Stack,
  id: string,
  props: Omit<FunctionProps, "runtime" | "architecture" | "environment" | "role"> & {
    handler: string;
  },
  resources: AppResources,
): SstFunction {
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
      NODE_OPTIONS: "--enable-source-maps",
    },
  });
  grantTableReadWrite(fn, resources.table);
  grantSendEmail(fn, resources.identity);
  suppressRuntimePin(fn);
  return fn;
}
