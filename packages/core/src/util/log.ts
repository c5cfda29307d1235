import { config } from "../config.ts";

const levels = ["debug", "info", "warn", "error"] as const;
type Level = (typeof levels)[number];

function enabled(level: Level): boolean {
  const threshold = config().LOG_LEVEL;
  return threshold !== "silent" && levels.indexOf(level) >= levels.indexOf(threshold);
}

/** One JSON line per event: CloudWatch and the terminal both read it. */
function write(level: Level, message: string, data?: Record<string, unknown>) {
  if (!enabled(level)) return;
  const line = JSON.stringify({ level, message, ...data });
  (level === "error" || level === "warn" ? console.error : console.log)(line);
}

export const log = {
  debug: (message: string, data?: Record<string, unknown>) => write("debug", message, data),
  info: (message: string, data?: Record<string, unknown>) => write("info", message, data),
  warn: (message: string, data?: Record<string, unknown>) => write("warn", message, data),
  error: (message: string, data?: Record<string, unknown>) => write("error", message, data),
};
