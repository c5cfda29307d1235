import type { MessageKey } from "./fi.ts";
import { en as links } from "./links/en.ts";
import { en as mail } from "./mail/en.ts";
import { en as pub } from "./public/en.ts";
import { en as staff } from "./staff/en.ts";
import { en as volunteer } from "./volunteer/en.ts";

export const en: Record<MessageKey, string> = { ...pub, ...staff, ...volunteer, ...links, ...mail };
