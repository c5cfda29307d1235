import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { getConnInfo } from "@hono/node-server/conninfo";
import { serveStatic } from "@hono/node-server/serve-static";
import { createApp } from "@rinnalla/functions/api/app.ts";
import { Hono } from "hono";

/**
 * The Lambda's Hono app on Node. With `webDist` it also serves the built site, so the site and
 * the API share one origin as they do behind CloudFront.
 */
export async function startApiServer(options: { port: number; webDist?: string }) {
  const api = createApp({ clientAddress: (c) => getConnInfo(c).remote.address ?? "unknown" });
  const app = new Hono().route("/", api);
  if (options.webDist) {
    const root = options.webDist;
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
