import { contentSecurityPolicy, siteHeaders } from "@rinnalla/core/security";
import { Duration, RemovalPolicy } from "aws-cdk-lib";
import {
  AllowedMethods,
  CachePolicy,
  type CfnFunction,
  type Function as CloudFrontFunction,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  OriginRequestPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from "aws-cdk-lib/aws-cloudfront";
import { HttpOrigin, S3BucketOrigin } from "aws-cdk-lib/aws-cloudfront-origins";
import { BlockPublicAccess, Bucket, BucketEncryption } from "aws-cdk-lib/aws-s3";
import { NagSuppressions } from "cdk-nag";
import { type StackContext, StaticSite, use } from "sst/constructs";
import { createApi } from "./api.ts";
import { Email } from "./email.ts";
import { suppressSstStackInternals } from "./nag.ts";
import { Storage } from "./storage.ts";

/**
 * Viewer-request function of the site's default behaviour: any path whose last segment has no
 * file extension is a client-side route and gets `index.html`. This replaces SST's default SPA
 * handling, which maps every 403/404 to `index.html` with status 200 through CloudFront custom
 * error responses; those apply to the whole distribution and would turn the API's own 403/404
 * JSON answers into the HTML page.
 */
export const SPA_REWRITE = `function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri.startsWith("/.well-known/")) return request;
  var last = uri.split("/").pop();
  if (last === "" || last.indexOf(".") === -1) request.uri = "/index.html";
  return request;
}`;

/**
 * The public edge: the static site (web/) on S3 + CloudFront, and on the same distribution
 * `/api/*` to the HTTP API, so the site and the API share one origin (first-party cookies, no
 * CORS). The API lives in this stack, and answers only requests that came through this
 * distribution; see infra/api.ts for both.
 *
 * SITE_URL is the distribution's https://…cloudfront.net address. With a custom domain, set
 * `customDomain` on the StaticSite and `siteUrl` follows it.
 */
export function Web({ stack }: StackContext) {
  const { table, secretsKey } = use(Storage);
  const { identity, mailFrom } = use(Email);
  const { api, handler, domainName, originHeaders } = createApi(
    stack,
    { table, identity, mailFrom },
    secretsKey,
  );

  // Our own bucket (instead of SST's) so CloudFront reads it through an origin access control;
  // SST v2 would use the legacy origin access identity. It holds only build output.
  const bucket = new Bucket(stack, "SiteBucket", {
    blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
    encryption: BucketEncryption.S3_MANAGED,
    enforceSSL: true,
    autoDeleteObjects: true,
    removalPolicy: RemovalPolicy.DESTROY,
  });

  // The same headers the local server sends (packages/core/src/security/index.ts).
  const headers = new ResponseHeadersPolicy(stack, "SiteHeaders", {
    securityHeadersBehavior: {
      contentSecurityPolicy: { contentSecurityPolicy, override: true },
      contentTypeOptions: { override: true },
      frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
      referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.NO_REFERRER, override: true },
      strictTransportSecurity: {
        accessControlMaxAge: Duration.days(365),
        includeSubdomains: true,
        override: true,
      },
    },
    customHeadersBehavior: {
      customHeaders: ["Permissions-Policy", "Cross-Origin-Opener-Policy"].map((header) => ({
        header,
        value: siteHeaders[header] ?? "",
        override: true,
      })),
    },
  });

  const site = new StaticSite(stack, "Site", {
    path: "web",
    buildCommand: "npm run build",
    buildOutput: "dist",
    // SST writes a Vite env typing file; the site has no SST variables, keep it out of web/src.
    vite: { types: "../.sst/types/web-env.d.ts" },
    cdk: {
      bucket,
      distribution: {
        priceClass: PriceClass.PRICE_CLASS_100,
        // SPA routing is done by SPA_REWRITE, never by error responses (see above).
        errorResponses: [],
        defaultBehavior: {
          origin: S3BucketOrigin.withOriginAccessControl(bucket),
          responseHeadersPolicy: headers,
        },
        additionalBehaviors: {
          "/api/*": {
            // The origin secret header proves to the API that a request came through here. It
            // replaces any header of the same name a viewer sends.
            origin: new HttpOrigin(domainName, { customHeaders: originHeaders }),
            viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
            allowedMethods: AllowedMethods.ALLOW_ALL,
            cachePolicy: CachePolicy.CACHING_DISABLED,
            // Every viewer header, cookie and query string, but not Host: API Gateway routes on
            // its own host name.
            originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
            responseHeadersPolicy: ResponseHeadersPolicy.SECURITY_HEADERS,
          },
        },
      },
    },
  });

  const viewerRequest = site.node.tryFindChild("CloudFrontFunction") as
    | CloudFrontFunction
    | undefined;
  if (viewerRequest) {
    (viewerRequest.node.defaultChild as CfnFunction).functionCode = SPA_REWRITE;
  }

  // `site.url` is undefined only under `sst dev`, which this project does not use (packages/local).
  const siteUrl = site.customDomainUrl ?? site.url ?? "http://localhost:5173";
  handler.addEnvironment("SITE_URL", siteUrl);

  NagSuppressions.addResourceSuppressions(bucket, [
    {
      id: "AwsSolutions-S1",
      reason:
        "Holds only the public build output of web/, written by the deploy; every read comes " +
        "through CloudFront. Access logs would record nothing worth keeping.",
    },
  ]);
  if (site.cdk) {
    NagSuppressions.addResourceSuppressions(site.cdk.distribution, [
      {
        id: "AwsSolutions-CFR3",
        reason:
          "Viewer logs would keep the IP addresses of everyone using a service for people who " +
          "need accompaniment (data minimisation); /api/* requests are in the API access log, " +
          "kept one month.",
      },
      {
        id: "AwsSolutions-CFR4",
        reason:
          "Uses the default *.cloudfront.net certificate, whose TLS policy CloudFront fixes; a " +
          "minimum protocol version can only be set with a custom domain certificate " +
          "(then use TLSv1.2_2021).",
      },
    ]);
  }
  // SST adds its uploader's policy while the app is finished, after this function runs, so this
  // suppression is stack-level, limited to these two resource patterns.
  NagSuppressions.addStackSuppressions(stack, [
    {
      id: "AwsSolutions-IAM5",
      reason:
        "SST's deploy-time uploader copies the built site into the site bucket and reads the " +
        "zipped build from the CDK asset bucket: object-level actions need <bucket>/*.",
      appliesTo: [
        { regex: "/^Resource::<SiteBucket[0-9A-F]+\\.Arn>\\/\\*$/" },
        {
          regex:
            "/^Resource::arn:<AWS::Partition>:s3:::cdk-[a-z0-9]+-assets-[0-9]+-[a-z0-9-]+\\/\\*$/",
        },
      ],
    },
  ]);
  suppressSstStackInternals(stack);

  stack.addOutputs({ SiteUrl: siteUrl });
  return { api, apiHandler: handler, site, siteUrl };
}
