import { config } from "../config/index.ts";

const levels = ["debug", "info", "warn", "error"] as const;
type Level = (typeof levels)[number];

function enabled(level: Level): boolean {
  const threshold = config().LOG_LEVEL;
  return threshold !== "silent" && levels.indexOf(level) >= levels.indexOf(threshold);
}

/**
 * Link tokens and session secrets are 256-bit base64url strings (43 characters); anything that
 * long and of that alphabet is blanked, wherever it hides (a path, an error message, a stack),
 * so a log never holds a way in.
 */
const SECRET_LIKE = /[A-Za-z0-9_-]{43,}/g;
const SECRET_FIELDS = /^(token|cookie|authorization|secret|code)$/i;

export function redact(key: string, value: unknown): unknown {
  if (typeof value !== "string") return value;
  if (SECRET_FIELDS.test(key)) return "[redacted]";
  return value.replace(SECRET_LIKE, "[redacted]");
}

/** One JSON line per event: CloudWatch and the terminal both read it. */
function write(level: Level, message: string, data?: Record<string, unknown>) {
  if (!enabled(level)) return;
  const line = JSON.stringify({ level, message, ...data }, redact);
  (level === "error" || level === "warn" ? console.error : console.log)(line);
}

export const log = {
  debug: (message: string, data?: Record<string, unknown>) => write("debug", message, data),
  info: (message: string, data?: Record<string, unknown>) => write("info", message, data),
  warn: (message: string, data?: Record<string, unknown>) => write("warn", message, data),
  error: (message: string, data?: Record<string, unknown>) => write("error", message, data),
};
