import { type Locale, locale, tr } from "./i18n.ts";

/**
 * The one way the web talks to `/api`: JSON in, JSON out, the UI language as Accept-Language,
 * and every outcome (including a dead network) returned as a value rather than thrown.
 */

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

const TIMEOUT_MS = 30_000;

export type Method = "GET" | "POST" | "PUT" | "PATCH";

export function postJson<T>(path: string, body: unknown, locale: Locale): Promise<ApiResult<T>> {
  return request<T>("POST", path, body, locale);
}

export async function request<T>(
  method: Method,
  path: string,
  body: unknown,
  locale: Locale,
  headers: Record<string, string> = {},
): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: {
        Accept: "application/json",
        "Accept-Language": locale,
        ...(body === undefined ? {} : { "Content-Type": "application/json" }),
        ...headers,
      },
      body: body === undefined ? null : JSON.stringify(body),
      credentials: "same-origin",
      cache: "no-store",
      signal: typeof AbortSignal.timeout === "function" ? AbortSignal.timeout(TIMEOUT_MS) : null,
    });
  } catch {
    // fetch only rejects when no response arrived (offline, DNS, timeout): the caller says so.
    return { ok: false, kind: "network" };
  }
  if (response.status >= 500) return { ok: false, kind: "server", status: response.status };
  const json = await response.json().catch(() => undefined);
  if (response.ok) {
    return json === undefined
      ? { ok: false, kind: "server", status: response.status }
      : { ok: true, status: response.status, data: json as T };
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

/** A call in the UI language, any method, every outcome a value. */
export function send<T>(method: Method, path: string, body?: unknown): Promise<ApiResult<T>> {
  return request<T>(method, path, body, locale());
}

/** What to tell the user about a failed call, in the UI language. */
export function failureText(failure: ApiFailure): string {
  switch (failure.kind) {
    case "validation":
      return failure.message || tr("error.validation");
    case "too_large":
      return failure.message || tr("error.tooLarge");
    case "rate_limited":
      return failure.message || tr("error.rateLimited");
    case "rejected":
      return failure.message || tr("error.server");
    case "server":
      return tr("error.server");
    case "network":
      return tr("error.network");
  }
}

/**
 * True for an answer that only moved the user elsewhere (signing in is needed, or its second
 * step): the page shows nothing of it.
 */
export function redirected(failure: ApiFailure): boolean {
  return (
    failure.kind === "rejected" &&
    (failure.status === 401 || (failure.status === 403 && failure.code === "second_factor"))
  );
}
