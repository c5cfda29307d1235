import { timingSafeEqual } from "node:crypto";
import { config } from "@rinnalla/core/config";
import { ORIGIN_SECRET_HEADER } from "@rinnalla/core/security";
import { VisibleError } from "@rinnalla/core/util";
import type { MiddlewareHandler } from "hono";

/**
 * In AWS the API answers only requests that came through CloudFront: the distribution adds a
 * secret header the function knows. Without it the default `execute-api` address would let
 * anyone in around the distribution, setting `CloudFront-Viewer-Address` to whatever they like.
 */
export const throughTheSiteOnly: MiddlewareHandler = async (c, next) => {
  const secret = config().ORIGIN_SECRET;
  if (secret && !sameSecret(c.req.header(ORIGIN_SECRET_HEADER), secret)) {
    throw new VisibleError(403, "forbidden", "error.forbidden");
  }
  return next();
};

function sameSecret(given: string | undefined, secret: string): boolean {
  const a = Buffer.from(given ?? "");
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** API answers hold personal data: no browser or proxy keeps a copy. */
export const noStore: MiddlewareHandler = async (c, next) => {
  await next();
  c.header("Cache-Control", "no-store");
};

const JSON_TYPE = /^application\/json\s*(;|$)/i;

/**
 * Every body the API takes is JSON. A body of another type would otherwise be read as `{}` and
 * acted on (a decline whose reason silently vanished), so it is refused before any route runs.
 */
export const jsonBodiesOnly: MiddlewareHandler = async (c, next) => {
  if (["GET", "HEAD", "OPTIONS"].includes(c.req.method)) return next();
  // Only an unusual request reads its body here (after the size limit): a JSON one, or one
  // with no body at all (a button press), goes straight on.
  if (!JSON_TYPE.test(c.req.header("content-type") ?? "") && (await c.req.text()).length > 0) {
    throw new VisibleError(415, "unsupported_media_type", "error.unsupportedMediaType");
  }
  return next();
};
