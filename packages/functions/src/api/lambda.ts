import type { Context } from "hono";
import { handle, type LambdaEvent } from "hono/aws-lambda";
import { createApp } from "./app.ts";

/**
 * Behind CloudFront the socket address is CloudFront's; the viewer's address arrives in the
 * `CloudFront-Viewer-Address` header ("ip:port"). The header can be trusted because the API
 * answers only requests that carry CloudFront's origin secret (edge.ts), and CloudFront sets it.
 */
function clientAddress(c: Context<{ Bindings: { event: LambdaEvent } }>): string {
  const viewer = c.req.header("cloudfront-viewer-address");
  if (viewer) return viewer.slice(0, viewer.lastIndexOf(":"));
  const event = c.env?.event as { requestContext?: { http?: { sourceIp?: string } } } | undefined;
  return event?.requestContext?.http?.sourceIp ?? "unknown";
}

export const handler = handle(createApp({ clientAddress }));
