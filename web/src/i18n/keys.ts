import type { PublicKey } from "@rinnalla/core/i18n";
import type { fi as accessibility } from "./accessibility/fi.ts";
import type { fi as links } from "./links/fi.ts";
import type { fi as privacy } from "./privacy/fi.ts";
import type { fi as pub } from "./public/fi.ts";
import type { fi as shared } from "./shared/fi.ts";
import type { fi as staff } from "./staff/fi.ts";
import type { fi as volunteer } from "./volunteer/fi.ts";

/**
 * Every text the site shows: its own catalogs, kept in parts by who needs them (public/, shared/,
 * staff/, volunteer/, links/, privacy/), and the server's error messages and sector names, which come from core.
 */
export type MessageKey =
  | keyof typeof pub
  | keyof typeof shared
  | keyof typeof staff
  | keyof typeof volunteer
  | keyof typeof links
  | keyof typeof privacy
  | keyof typeof accessibility
  | PublicKey;
