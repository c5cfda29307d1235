// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { postJson } from "./api.ts";

const reply = (status: number, body?: unknown) =>
  vi.fn(async () => new Response(body === undefined ? "" : JSON.stringify(body), { status }));

describe("postJson", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("sends JSON with the UI language and returns the created resource", async () => {
    const fetch = reply(201, { reference: "R-2026-0001", confirmationEmail: true });
    vi.stubGlobal("fetch", fetch);
    const result = await postJson("/api/requests", { a: 1 }, "sv");
    expect(result).toEqual({
      ok: true,
      status: 201,
      data: { reference: "R-2026-0001", confirmationEmail: true },
    });
    const [, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(init.headers).toMatchObject({ "Accept-Language": "sv" });
    expect(init.body).toBe('{"a":1}');
  });

  it("returns the server's field messages on a validation error", async () => {
    vi.stubGlobal(
      "fetch",
      reply(400, {
        error: { code: "validation", message: "Fix", fields: { "client.email": "Bad", x: 1 } },
      }),
    );
    expect(await postJson("/api/requests", {}, "fi")).toEqual({
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
    expect(await postJson("/x", {}, "fi")).toEqual({
      ok: false,
      kind: "rejected",
      status: 400,
      code: "totp_invalid",
      message: "Wrong",
      fields: { currentCode: "Wrong" },
    });
    vi.stubGlobal("fetch", reply(409, { error: { code: "conflict", message: "Changed" } }));
    expect(await postJson("/x", {}, "fi")).toEqual({
      ok: false,
      kind: "rejected",
      status: 409,
      code: "conflict",
      message: "Changed",
    });
  });

  it("tells rate limits, server faults and a dead network apart", async () => {
    vi.stubGlobal("fetch", reply(429, { error: { code: "rate_limited", message: "Wait" } }));
    expect(await postJson("/x", {}, "fi")).toMatchObject({ kind: "rate_limited" });
    vi.stubGlobal("fetch", reply(502, "<html>"));
    expect(await postJson("/x", {}, "fi")).toMatchObject({ kind: "server", status: 502 });
    vi.stubGlobal("fetch", reply(404));
    expect(await postJson("/x", {}, "fi")).toMatchObject({ kind: "server", status: 404 });
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => {
        throw new TypeError("Failed to fetch");
      }),
    );
    expect(await postJson("/x", {}, "fi")).toEqual({ ok: false, kind: "network" });
  });
});
