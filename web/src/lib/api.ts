import type { Api } from "@rinnalla/functions/api/app.ts";
import {
  type ClientResponse,
  hc,
  type InferRequestType,
  type InferResponseType,
} from "hono/client";
import { requestLocale } from "./locale.ts";

/**
 * The one way the web talks to `/api`: Hono's client, typed from the API app itself (`Api` is a
 * type only; no server code reaches the browser), so a renamed route, a changed body or a
 * changed answer breaks `npm run typecheck`. JSON in, JSON out, the UI language as
 * Accept-Language, a time limit, and every outcome (a dead network too) returned as a value by
 * `call` rather than thrown.
 */

const TIMEOUT_MS = 30_000;

/** The API under `/api`: `api.requests[":id"].$get({ param: { id } })`. */
export const api = hc<Api>("/", {
  fetch: (input: RequestInfo | URL, init?: RequestInit) =>
    fetch(input, {
      ...init,
      credentials: "same-origin",
      cache: "no-store",
      signal: typeof AbortSignal.timeout === "function" ? AbortSignal.timeout(TIMEOUT_MS) : null,
    }),
  headers: () => ({ Accept: "application/json", "Accept-Language": requestLocale() }),
}).api;

/** Path parameters, encoded: an id from the address bar cannot reach another route. */
export function params<const T extends Record<string, string>>(values: T): T {
  const encoded: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) encoded[name] = encodeURIComponent(value);
  return encoded as T;
}

/** An emailed link's token goes in a header, never in the address (so never in a log). */
export const withToken = (token: string) => ({ headers: { "x-link-token": token } });

/** What a route answers on success: `Answer<typeof api.inbox.$get>`. */
export type Answer<F extends (...args: never[]) => Promise<ClientResponse<unknown>>> =
  InferResponseType<F>;

/** The JSON body a route takes: `Body<typeof api.requests.$post>`. */
export type Body<F extends (...args: never[]) => Promise<ClientResponse<unknown>>> =
  InferRequestType<F> extends { json: infer J } ? J : never;

/** The API's error envelope: `{ error: { code, message, fields? } }`. */
export type ApiFailure =
  | { ok: false; kind: "validation"; message: string; fields: Record<string, string> }
  | { ok: false; kind: "too_large" | "rate_limited"; message: string }
  | {
      ok: false;
      kind: "rejected";
      status: number;
      code: string;
      message: string;
      /** The field a refusal is about, when it names one (e.g. which code was wrong). */
      fields?: Record<string, string>;
    }
  | { ok: false; kind: "server"; status: number }
  | { ok: false; kind: "network" };

export type ApiResult<T> = { ok: true; status: number; data: T } | ApiFailure;

/** The JSON of a client response (each status code a route answers with, together). */
export type Json<R> = R extends ClientResponse<infer T, number, "json"> ? T : never;

/** A call of `api` on its way. */
export type Sent = Promise<ClientResponse<unknown, number, string>>;

/** Waits for a call of `api` and says how it went, as a value. */
export async function call<R extends ClientResponse<unknown, number, string>>(
  sent: Promise<R>,
): Promise<ApiResult<Json<R>>> {
  let response: R;
  try {
    response = await sent;
  } catch {
    // fetch only rejects when no response arrived (offline, DNS, timeout): the caller says so.
    return { ok: false, kind: "network" };
  }
  if (response.status >= 500) return { ok: false, kind: "server", status: response.status };
  const json: unknown = await response.json().catch(() => undefined);
  if (response.ok) {
    return json === undefined
      ? { ok: false, kind: "server", status: response.status }
      : { ok: true, status: response.status, data: json as Json<R> };
  }
  return toFailure(response.status, json);
}

/** Reads the error envelope of a 4xx response; anything unexpected counts as a server fault. */
export function toFailure(status: number, json: unknown): ApiFailure {
  const error = isRecord(json) && isRecord(json.error) ? json.error : undefined;
  if (!error || typeof error.code !== "string") return { ok: false, kind: "server", status };
  const message = typeof error.message === "string" ? error.message : "";
  const fields: Record<string, string> = {};
  if (isRecord(error.fields)) {
    for (const [path, text] of Object.entries(error.fields)) {
      if (typeof text === "string") fields[path] = text;
    }
  }
  if (error.code === "validation") return { ok: false, kind: "validation", message, fields };
  if (error.code === "too_large" || error.code === "rate_limited") {
    return { ok: false, kind: error.code, message };
  }
  return {
    ok: false,
    kind: "rejected",
    status,
    code: error.code,
    message,
    ...(Object.keys(fields).length > 0 && { fields }),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
