import type { ServerKey } from "../i18n/index.ts";

/**
 * An error the user should see. The API turns it into a 4xx with `{ error: { code, message,
 * fields } }`; `message` and each field value are catalog keys translated at the edge.
 */
export class VisibleError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 429,
    readonly code: string,
    readonly messageKey: ServerKey,
    readonly fields?: Record<string, ServerKey>,
  ) {
    super(code);
    this.name = "VisibleError";
  }
}
