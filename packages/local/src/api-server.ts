import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { getConnInfo } from "@hono/node-server/conninfo";
import { serveStatic } from "@hono/node-server/serve-static";
import { siteHeaders } from "@rinnalla/core/security";
import { createApp } from "@rinnalla/functions/api/app.ts";
import { Hono } from "hono";

/**
 * The Lambda's Hono app on Node. With `webDist` it also serves the built site, so the site and
 * the API share one origin as they do behind CloudFront.
 */
export async function startApiServer(options: { port: number; webDist?: string }) {
  const api = createApp({ clientAddress: (c) => getConnInfo(c).remote.address ?? "unknown" });
  // The API answers for itself, exactly as in Lambda; this server only adds the static site.
  const app = new Hono().all("/api/*", (c) => api.fetch(c.req.raw, c.env));
  if (options.webDist) {
    const root = options.webDist;
    // The same headers CloudFront adds in AWS (infra/web.ts), so the CSP is tested locally too.
    app.use("*", async (c, next) => {
      await next();
      for (const [name, value] of Object.entries(siteHeaders)) c.header(name, value);
    });
    app.use("*", serveStatic({ root }));
    // The site is a single-page app: unknown paths get its index.html.
    app.get("*", serveStatic({ root, path: "index.html" }));
  }
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: options.port, hostname: "127.0.0.1" }, () =>
      resolve(s),
    );
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        (server as import("node:http").Server).closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
