import * as z from "zod";

/**
 * The one place that reads the environment. Parsed lazily on first use so the local stack and
 * tests can set the environment before anything touches AWS.
 */
const schema = z.object({
  STAGE: z.string().default("local"),
  AWS_REGION: z.string().default("eu-north-1"),
  TABLE_NAME: z.string().min(1),
  /** Set only for DynamoDB Local; absent in AWS. */
  DYNAMODB_ENDPOINT: z.url().optional(),
  /** Set only for the local SES stand-in; absent in AWS. */
  SES_ENDPOINT: z.url().optional(),
  MAIL_FROM: z.string().default("Rinnalla <noreply@rinnalla.local>"),
  /** Set only for the local text-message stand-in; absent in AWS. */
  SMS_ENDPOINT: z.url().optional(),
  /**
   * Who texts come from: the alphanumeric sender ID's ARN in AWS (Finland allows them; they
   * cannot be replied to, so replies such as STOP go to the long code, see infra/sms.ts).
   */
  SMS_ORIGINATOR: z.string().default("Rinnalla"),
  /** The configuration set whose event destination reports each text's delivery. */
  SMS_CONFIGURATION_SET: z.string().optional(),
  /** Public address of the site, used in links inside emails. */
  SITE_URL: z.url().default("http://localhost:5173"),
  /** Submissions of the public request form allowed per client address per hour. */
  REQUEST_RATE_LIMIT_PER_HOUR: z.coerce.number().int().positive().default(10),
  /** Largest accepted request body in bytes. */
  MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(32 * 1024),
  /** Session cookies are `Secure` and `__Host-` prefixed everywhere but on a local http stack. */
  COOKIE_SECURE: z.enum(["true", "false"]).optional(),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  /**
   * A request for a sign-in link answers no sooner than this, known address or not, so its
   * timing does not tell whether an address belongs to someone.
   */
  LINK_REQUEST_FLOOR_MS: z.coerce.number().int().min(0).default(250),
  /**
   * Set in AWS: CloudFront adds it to every `/api/*` request as `x-origin-verify`, and the API
   * refuses requests without it, so nobody reaches the API around the distribution.
   */
  ORIGIN_SECRET: z.string().min(32).optional(),
  /** KMS key that seals secrets at rest (authenticator secrets) in AWS. */
  SECRETS_KMS_KEY_ID: z.string().min(1).optional(),
  /** Where the certificate fonts are: beside the bundle in AWS; from the package when unset. */
  CERTIFICATE_FONTS_DIR: z.string().min(1).optional(),
  /** Without KMS (the local stack, tests): a base64 AES-256 key that seals them instead. */
  LOCAL_SECRET_KEY: z.string().min(40).optional(),
});

export type Config = z.infer<typeof schema> & {
  cookieSecure: boolean;
  /** Origins whose pages may change state through the API. */
  allowedOrigins: string[];
};

let cached: Config | undefined;

export function config(): Config {
  if (!cached) {
    const parsed = schema.parse(process.env);
    const site = new URL(parsed.SITE_URL);
    const local = parsed.STAGE === "local";
    // Locally the same page may be opened as localhost or 127.0.0.1.
    const twins = local
      ? ["localhost", "127.0.0.1"].map((host) => `${site.protocol}//${host}:${site.port}`)
      : [];
    cached = {
      ...parsed,
      cookieSecure: parsed.COOKIE_SECURE ? parsed.COOKIE_SECURE === "true" : !local,
      allowedOrigins: [...new Set([site.origin, ...twins])],
    };
  }
  return cached;
}

/** Forget the parsed environment; the local stack calls this after it sets ports. */
export function reloadConfig(): Config {
  cached = undefined;
  return config();
}
