import { NagSuppressions } from "cdk-nag";
import type { IConstruct } from "constructs";
import type { Stack } from "sst/constructs";

/**
 * cdk-nag (AwsSolutions) suppressions that are not about one resource of ours: resources SST adds
 * to every stack, and the runtime choice. Each says why. Suppressions about a single resource sit
 * next to that resource.
 */

export const RUNTIME_PINNED = {
  id: "AwsSolutions-L1",
  reason:
    "Node.js 22 is the runtime the project pins (CONVENTIONS.md: Lambda runtime nodejs22.x); " +
    "moving to a newer one is a deliberate, tested change, not a lint fix.",
};

/** SST v2 creates one custom-resource Lambda per stack (site uploads, invalidations, …). */
export function suppressSstStackInternals(stack: Stack): void {
  NagSuppressions.addResourceSuppressions(
    stack.customResourceHandler,
    [
      {
        id: "AwsSolutions-IAM4",
        reason:
          "SST's per-stack custom resource handler: AWSLambdaBasicExecutionRole is the minimal " +
          "managed policy for its CloudWatch logs, and SST creates the role.",
        appliesTo: [
          "Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
        ],
      },
      {
        id: "AwsSolutions-L1",
        reason:
          "SST's per-stack custom resource handler; SST fixes its runtime (nodejs22.x), not this project.",
      },
    ],
    true,
  );
}

/** Runtime pin for one of our functions. */
export function suppressRuntimePin(fn: IConstruct): void {
  NagSuppressions.addResourceSuppressions(fn, [RUNTIME_PINNED]);
}
