/**
 * Security headers for the site and the API, defined once: the local server sends them and
 * infra/web.ts gives CloudFront the same values.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

export const siteHeaders: Record<string, string> = {
  "Content-Security-Policy": contentSecurityPolicy,
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "no-referrer",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
  "Cross-Origin-Opener-Policy": "same-origin",
};

/**
 * The header CloudFront adds to every `/api/*` request with the origin secret (infra/api.ts);
 * the API answers nothing without it (packages/functions/src/api/edge.ts).
 */
export const ORIGIN_SECRET_HEADER = "x-origin-verify";
