import type { MessageKey } from "./fi.ts";
import { sv as links } from "./links/sv.ts";
import { sv as mail } from "./mail/sv.ts";
import { sv as pub } from "./public/sv.ts";
import { sv as staff } from "./staff/sv.ts";
import { sv as volunteer } from "./volunteer/sv.ts";

export const sv: Record<MessageKey, string> = { ...pub, ...staff, ...volunteer, ...links, ...mail };
