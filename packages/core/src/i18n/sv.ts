import type { ServerKey } from "./fi.ts";
import { sv as mail } from "./mail/sv.ts";
import { sv as pub } from "./public/sv.ts";
import { sv as refusals } from "./refusals/sv.ts";
import { sv as reports } from "./reports/sv.ts";

export const sv: Record<ServerKey, string> = { ...pub, ...refusals, ...mail, ...reports };
