import { type Locale, t } from "@rinnalla/core/i18n";
import { fieldErrors } from "@rinnalla/core/request";
import { log, VisibleError } from "@rinnalla/core/util";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { $ZodError } from "zod/v4/core";

/**
 * The one place errors become responses: what the user can fix is a 4xx in their language,
 * with a message per field; anything else is a logged 500 with a request id and no internals.
 */
export function respondToError(error: Error, c: Context) {
  const locale = c.get("locale") as Locale;
  if (error instanceof $ZodError) {
    const fields = Object.fromEntries(
      Object.entries(fieldErrors(error)).map(([path, key]) => [path, t(locale, key)]),
    );
    return c.json(
      { error: { code: "validation", message: t(locale, "error.validation"), fields } },
      400,
    );
  }
  if (error instanceof VisibleError) {
    const fields = error.fields
      ? Object.fromEntries(
          Object.entries(error.fields).map(([path, key]) => [path, t(locale, key)]),
        )
      : undefined;
    return c.json(
      { error: { code: error.code, message: t(locale, error.messageKey), fields } },
      error.status,
    );
  }
  // Hono's own 4xx, e.g. a JSON body that does not parse.
  if (error instanceof HTTPException && error.status < 500) {
    return c.json(
      { error: { code: "bad_request", message: t(locale, "error.invalid") } },
      error.status,
    );
  }
  const requestId = c.get("requestId") as string;
  log.error("request failed", {
    requestId,
    path: c.req.path,
    error: error instanceof Error ? (error.stack ?? error.message) : String(error),
  });
  return c.json(
    { error: { code: "internal", message: t(locale, "error.server"), requestId } },
    500,
  );
}
