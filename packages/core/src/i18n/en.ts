import type { ServerKey } from "./fi.ts";
import { en as mail } from "./mail/en.ts";
import { en as pub } from "./public/en.ts";
import { en as refusals } from "./refusals/en.ts";
import { en as reports } from "./reports/en.ts";

export const en: Record<ServerKey, string> = { ...pub, ...refusals, ...mail, ...reports };
