import type { IKey } from "aws-cdk-lib/aws-kms";
import { NagSuppressions } from "cdk-nag";
import { Api, type Stack } from "sst/constructs";
import { API_ACCESS } from "./access.ts";
import { type AppResources, appFunction } from "./function.ts";

export const API_HANDLER = "packages/functions/src/api/lambda.handler";

/**
 * The HTTP API: every `/api/*` request goes to one Lambda running the Hono app. Browsers reach it
 * only through CloudFront (infra/web.ts), on the site's own origin, so CORS is switched off.
 *
 * Built inside the Web stack rather than a stack of its own: the function's SITE_URL is the
 * distribution's address and the distribution's `/api/*` origin is this API, which across two
 * CloudFormation stacks is a circular export. In one stack there is no cycle (the distribution
 * needs only the API resource; the function needs the distribution; the route needs the function).
 */
export function createApi(stack: Stack, resources: AppResources, secretsKey: IKey) {
  const handler = appFunction(
    stack,
    "ApiHandler",
    {
      handler: API_HANDLER,
      environment: { SECRETS_KMS_KEY_ID: secretsKey.keyArn },
    },
    resources,
    API_ACCESS,
  );
  // Sealing and opening secrets, nothing else: no data keys, no re-encryption, no key admin.
  secretsKey.grant(handler, "kms:Encrypt", "kms:Decrypt");

  const api = new Api(stack, "Api", {
    // SST's default is a permissive CORS configuration; the API has no cross-origin callers.
    cors: false,
    accessLog: { retention: "one_month" },
    // Per-API ceiling in front of the application's own per-client limit on the request form.
    defaults: { throttle: { rate: 50, burst: 100 } },
    routes: {
      "ANY /api/{proxy+}": handler,
    },
  });
  NagSuppressions.addResourceSuppressions(
    api,
    [
      {
        id: "AwsSolutions-APIG4",
        reason:
          "The API authorises in the application: public routes are the request form and " +
          "single-use token links, coordinator routes check a session cookie (one route proxies " +
          "the whole Hono app, so a gateway authoriser could not tell them apart).",
      },
    ],
    true,
  );

  /** Host name of the API's default endpoint, the CloudFront origin for `/api/*`. */
  const domainName = `${api.cdk.httpApi.apiId}.execute-api.${stack.region}.${stack.urlSuffix}`;
  return { api, handler, domainName };
}
