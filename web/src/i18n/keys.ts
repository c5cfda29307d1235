import type { PublicKey } from "@rinnalla/core/i18n";
import type { NoticeKey } from "@rinnalla/core/privacy";
import type { fi as accessibility } from "./accessibility/fi.ts";
import type { fi as links } from "./links/fi.ts";
import type { fi as pub } from "./public/fi.ts";
import type { fi as shared } from "./shared/fi.ts";
import type { fi as staff } from "./staff/fi.ts";
import type { fi as volunteer } from "./volunteer/fi.ts";

/**
 * Every text the site shows: its own catalogs, kept in parts by who needs them (public/, shared/,
 * staff/, volunteer/, links/, accessibility/), and from core: the server's error messages and sector
 * names, and the privacy notice (its text is versioned there, and the page fetches it from the API).
 */
export type MessageKey =
  | keyof typeof pub
  | keyof typeof shared
  | keyof typeof staff
  | keyof typeof volunteer
  | keyof typeof links
  | NoticeKey
  | keyof typeof accessibility
  | PublicKey;
