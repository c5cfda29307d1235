// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { api, call, params, withToken } from "./api.ts";
import { setLocale } from "./i18n.ts";

const reply = (status: number, body?: unknown) =>
  vi.fn(
    async (_input: RequestInfo | URL, _init?: RequestInit) =>
      new Response(body === undefined ? "" : JSON.stringify(body), { status }),
  );
const sent = (fetch: ReturnType<typeof reply>) => {
  const [input, init] = fetch.mock.calls[0] as [RequestInfo | URL, RequestInit];
  return { url: String(input), init, headers: new Headers(init.headers) };
};
const anyCall = () => call(api.alerts.$get());

describe("the API client", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("sends JSON with the UI language and returns what was created", async () => {
    await setLocale("sv", false);
    const fetch = reply(202, { sent: true });
    vi.stubGlobal("fetch", fetch);
    const result = await call(api.auth.link.$post({ json: { email: "a@b.fi", locale: "sv" } }));
    expect(result).toEqual({ ok: true, status: 202, data: { sent: true } });
    const { url, init, headers } = sent(fetch);
    expect(url).toBe("/api/auth/link");
    expect(init.method).toBe("POST");
    expect(headers.get("Accept-Language")).toBe("sv");
    expect(headers.get("Content-Type")).toBe("application/json");
    expect(init.body).toBe('{"email":"a@b.fi","locale":"sv"}');
    expect(init.credentials).toBe("same-origin");
    expect(init.cache).toBe("no-store");
  });

  it("encodes path parameters and sends a link's token in a header, not the address", async () => {
    const fetch = reply(200, { ok: true });
    vi.stubGlobal("fetch", fetch);
    await call(api.alerts[":id"].resolve.$post({ param: params({ id: "a/b?c" }) }));
    expect(sent(fetch).url).toBe("/api/alerts/a%2Fb%3Fc/resolve");
    const again = reply(200, {});
    vi.stubGlobal("fetch", again);
    await call(api.links.offer.$get(undefined, withToken("tok_1")));
    expect(sent(again).url).toBe("/api/links/offer");
    expect(sent(again).headers.get("x-link-token")).toBe("tok_1");
  });

  it("returns the server's field messages on a validation error", async () => {
    vi.stubGlobal(
      "fetch",
      reply(400, {
        error: { code: "validation", message: "Fix", fields: { "client.email": "Bad", x: 1 } },
      }),
    );
    expect(await anyCall()).toEqual({
      ok: false,
      kind: "validation",
      message: "Fix",
      fields: { "client.email": "Bad" },
    });
  });

  it("keeps the field a refusal names, and leaves it out when there is none", async () => {
    vi.stubGlobal(
      "fetch",
      reply(400, {
        error: { code: "totp_invalid", message: "Wrong", fields: { currentCode: "Wrong" } },
      }),
    );
    expect(await anyCall()).toEqual({
      ok: false,
      kind: "rejected",
      status: 400,
      code: "totp_invalid",
      message: "Wrong",
      fields: { currentCode: "Wrong" },
    });
    vi.stubGlobal("fetch", reply(409, { error: { code: "conflict", message: "Changed" } }));
    expect(await anyCall()).toEqual({
      ok: false,
      kind: "rejected",
      status: 409,
      code: "conflict",
      message: "Changed",
    });
  });

  it("tells rate limits, server faults and a dead network apart", async () => {
    vi.stubGlobal("fetch", reply(429, { error: { code: "rate_limited", message: "Wait" } }));
    expect(await anyCall()).toMatchObject({ kind: "rate_limited" });
    vi.stubGlobal("fetch", reply(502, "<html>"));
    expect(await anyCall()).toMatchObject({ kind: "server", status: 502 });
    vi.stubGlobal("fetch", reply(404));
    expect(await anyCall()).toMatchObject({ kind: "server", status: 404 });
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => {
        throw new TypeError("Failed to fetch");
      }),
    );
    expect(await anyCall()).toEqual({ ok: false, kind: "network" });
  });
});
