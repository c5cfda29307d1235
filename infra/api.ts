import { ORIGIN_SECRET_HEADER } from "@rinnalla/core/security";
import type { IKey } from "aws-cdk-lib/aws-kms";
import { Secret } from "aws-cdk-lib/aws-secretsmanager";
import { NagSuppressions } from "cdk-nag";
import { Api, type Stack } from "sst/constructs";
import { API_ACCESS } from "./access.ts";
import { type AppResources, appFunction } from "./function.ts";

export const API_HANDLER = "packages/functions/src/api/lambda.handler";
const CERTIFICATE_FONTS = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"];

export { ORIGIN_SECRET_HEADER };

/**
 * Part of the origin secret's construct id. To rotate the secret, add one and deploy: a new
 * secret replaces the old one, and because the reference to it changes, CloudFormation updates
 * the distribution and the function in the same deploy (expect refused API requests for the few
 * minutes CloudFront takes to reach every edge). Changing the value in Secrets Manager instead
 * would reach neither until each happened to be updated for another reason, and then one at a
 * time, locking every request out.
 */
export const ORIGIN_SECRET_GENERATION = 1;

/**
 * The HTTP API: every `/api/*` request goes to one Lambda running the Hono app. Browsers reach it
 * only through CloudFront (infra/web.ts), on the site's own origin, so CORS is switched off.
 * Requests that skip CloudFront and call the default `execute-api` address directly are refused
 * by the application: they lack the origin secret header CloudFront adds (`originHeaders`).
 *
 * Built inside the Web stack rather than a stack of its own: the function's SITE_URL is the
 * distribution's address and the distribution's `/api/*` origin is this API, which across two
 * CloudFormation stacks is a circular export. In one stack there is no cycle (the distribution
 * needs only the API resource; the function needs the distribution; the route needs the function).
 */
export function createApi(stack: Stack, resources: AppResources, secretsKey: IKey) {
  const originSecret = createOriginSecret(stack);
  // A CloudFormation dynamic reference: resolved while deploying, so the value is never in the
  // template, the synth output or the repository, and the function and the distribution get it
  // from one reference in the same deploy. Reading it at run time instead would add a Secrets
  // Manager call to each cold start and a grant to the role, for a value that is no better hidden
  // there: the distribution's configuration holds it in clear for whoever may read that.
  const originSecretValue = originSecret.secretValue.unsafeUnwrap();

  const handler = appFunction(
    stack,
    "ApiHandler",
    {
      handler: API_HANDLER,
      // Chunks: what only some requests need (pdfkit for a certificate's PDF) is loaded by
      // those requests, not parsed at every cold start.
      nodejs: { format: "esm", minify: true, sourcemap: true, splitting: true },
      // The certificates' fonts travel beside the bundle.
      copyFiles: CERTIFICATE_FONTS.map((file) => ({
        from: `node_modules/dejavu-fonts-ttf/ttf/${file}`,
        to: `fonts/${file}`,
      })),
      environment: {
        ORIGIN_SECRET: originSecretValue,
        SECRETS_KMS_KEY_ID: secretsKey.keyArn,
        CERTIFICATE_FONTS_DIR: "/var/task/fonts",
      },
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
  /** Headers CloudFront adds to every request it sends to the API. */
  const originHeaders = { [ORIGIN_SECRET_HEADER]: originSecretValue };
  return { api, handler, domainName, originHeaders };
}

/**
 * A random value shared by CloudFront and the API function, never sent to a browser. Letters and
 * digits only, so it passes as a header value unchanged.
 */
function createOriginSecret(stack: Stack): Secret {
  const secret = new Secret(stack, `OriginSecret${ORIGIN_SECRET_GENERATION}`, {
    description: `Value of the ${ORIGIN_SECRET_HEADER} header CloudFront adds to API requests`,
    generateSecretString: { excludePunctuation: true, passwordLength: 48 },
  });
  NagSuppressions.addResourceSuppressions(secret, [
    {
      id: "AwsSolutions-SMG4",
      reason:
        "CloudFront's origin header and the API function's environment both hold the value, " +
        "taken at deploy time; rotating it in Secrets Manager would desynchronise them and lock " +
        "every request out. Rotate by redeploying with ORIGIN_SECRET_GENERATION raised " +
        "(infra/api.ts), which updates both together.",
    },
  ]);
  return secret;
}
