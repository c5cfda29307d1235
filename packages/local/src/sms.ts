import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type StoredText, viewerPage } from "./sms-viewer.ts";

/**
 * A stand-in for AWS End User Messaging SMS (the awsJson1_0 `SendTextMessage` the app calls),
 * with a viewer of every text, as the local SES has for mail. A delivery report follows each
 * text a moment later: DELIVERED, or UNREACHABLE for a number marked so (to try a failed text).
 */
export interface StatusEvent {
  eventType: string;
  messageStatus: string;
  context?: Record<string, string>;
}

export interface LocalSms {
  endpoint: string;
  /** The text viewer, where every text the system sends can be read. */
  viewer: string;
  stop(): Promise<void>;
}

const E164 = /^\+[1-9]\d{6,14}$/;

export async function startSms(options: {
  port: number;
  onStatus?: (event: StatusEvent) => unknown;
  onReply?: (reply: { from: string; body: string }) => unknown;
  log?: (line: string) => void;
}): Promise<LocalSms> {
  const log = options.log ?? console.log;
  const texts: StoredText[] = [];
  const unreachable = new Set<string>();
  const safely = async (what: string, call: () => unknown) => {
    try {
      await call();
    } catch (error) {
      log(`text stand-in: ${what} failed: ${error instanceof Error ? error.message : error}`);
    }
  };

  function send(input: Record<string, unknown>, reply: Reply) {
    const to = String(input.DestinationPhoneNumber ?? "");
    if (!E164.test(to)) {
      return reply(400, {
        __type: "ValidationException",
        message: `DestinationPhoneNumber ${JSON.stringify(to)} is not an E.164 number`,
      });
    }
    const context = (input.Context ?? undefined) as Record<string, string> | undefined;
    const text: StoredText = {
      id: randomUUID(),
      direction: "outbound",
      to,
      from: String(input.OriginationIdentity ?? ""),
      body: String(input.MessageBody ?? ""),
      at: new Date().toISOString(),
      status: "SENT",
      context,
    };
    texts.push(text);
    reply(200, { MessageId: text.id });
    setTimeout(() => {
      const failed = unreachable.has(to);
      text.status = failed ? "UNREACHABLE" : "DELIVERED";
      const event = {
        eventType: failed ? "TEXT_CARRIER_UNREACHABLE" : "TEXT_DELIVERED",
        messageStatus: text.status,
        context,
      };
      if (options.onStatus) void safely("delivery report", () => options.onStatus?.(event));
    }, 5);
  }

  async function handle(request: IncomingMessage, reply: Reply, redirect: () => void) {
    const url = new URL(request.url ?? "/", "http://local");
    const route = `${request.method} ${url.pathname}`;
    const input = await readBody(request);
    const fromForm = request.headers["content-type"]?.startsWith("application/x-www-form");
    const done = () => (fromForm ? redirect() : reply(200, {}));
    if (route === "POST /" && target(request).endsWith(".SendTextMessage")) {
      return send(input, reply);
    }
    if (route === "POST /unreachable") {
      unreachable.add(String(input.number ?? "").replace(/[\s()-]/g, ""));
      return done();
    }
    if (route === "DELETE /unreachable") {
      unreachable.clear();
      return done();
    }
    if (route === "POST /reply") {
      const from = String(input.from ?? "");
      const body = String(input.body ?? "");
      const inbound = { id: randomUUID(), direction: "inbound", to: "", from, body } as const;
      texts.push({ ...inbound, at: new Date().toISOString(), status: "RECEIVED" });
      if (options.onReply) await safely("reply", () => options.onReply?.({ from, body }));
      return done();
    }
    if (route === "GET /store") return reply(200, { texts });
    if (route === "DELETE /store") {
      texts.splice(0);
      return done();
    }
    if (route === "GET /") return reply(200, viewerPage(texts, [...unreachable]));
    reply(404, { __type: "UnknownOperationException", message: route });
  }

  const server = createServer((request, response) => {
    const reply = answer(response);
    const redirect = () => response.writeHead(303, { location: "/" }).end();
    handle(request, reply, redirect).catch((error) =>
      reply(400, { __type: "ValidationException", message: String(error?.message ?? error) }),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", resolve);
  });
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    endpoint,
    viewer: endpoint,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

type Reply = (status: number, body: unknown) => void;

const target = (request: IncomingMessage) => String(request.headers["x-amz-target"] ?? "");

/** JSON as the SDK sends it; HTML is answered as a page, objects as JSON. */
const answer =
  (response: ServerResponse): Reply =>
  (status, body) => {
    const html = typeof body === "string";
    response.writeHead(status, {
      "content-type": html ? "text/html; charset=utf-8" : "application/x-amz-json-1.0",
    });
    response.end(html ? body : JSON.stringify(body));
  };

/** A JSON body (the SDK, tests) or a form's fields (the viewer). */
async function readBody(request: IncomingMessage): Promise<Record<string, unknown>> {
  let raw = "";
  for await (const chunk of request) raw += chunk;
  if (!raw) return {};
  if (request.headers["content-type"]?.startsWith("application/x-www-form")) {
    return Object.fromEntries(new URLSearchParams(raw));
  }
  return JSON.parse(raw);
}
