import { CfnOutput } from "aws-cdk-lib";
import type { IGrantable } from "aws-cdk-lib/aws-iam";
import { EmailIdentity, Identity, type IEmailIdentity } from "aws-cdk-lib/aws-ses";
import type { StackContext } from "sst/constructs";
import { suppressSstStackInternals } from "./nag.ts";

export const DEFAULT_MAIL_DOMAIN = "rinnalla.example.org";

/**
 * The sending domain comes from the environment variable `RINNALLA_MAIL_DOMAIN`. SST loads
 * `.env`, `.env.<stage>` and `.env.<stage>.local` before it builds the stacks, so a stage sets
 * its own domain in `.env.prod` (or in CI's environment). An environment variable rather than a
 * CDK context value because the SST v2 CLI has no flag for context.
 */
export function mailDomain(env: NodeJS.ProcessEnv = process.env): string {
  return env.RINNALLA_MAIL_DOMAIN?.trim() || DEFAULT_MAIL_DOMAIN;
}

/**
 * The SES identity mail is sent from. SES verifies the domain once the three DKIM CNAME records
 * (stack outputs below) are published in its DNS; until then, and while the account is in the SES
 * sandbox, sending fails.
 */
export function Email({ stack }: StackContext) {
  const domain = mailDomain();
  const identity = new EmailIdentity(stack, "MailIdentity", {
    identity: Identity.domain(domain),
  });
  identity.dkimRecords.forEach((record, i) => {
    new CfnOutput(stack, `DkimRecord${i + 1}`, {
      description: `DKIM CNAME ${i + 1} to publish for ${domain}`,
      value: `${record.name} CNAME ${record.value}`,
    });
  });
  suppressSstStackInternals(stack);
  return { identity, domain, mailFrom: `Rinnalla <noreply@${domain}>` };
}

/** `ses:SendEmail` and `ses:SendRawEmail` on this identity only. */
export function grantSendEmail(grantee: IGrantable, identity: IEmailIdentity): void {
  identity.grantSendEmail(grantee);
}
