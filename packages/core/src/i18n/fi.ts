import { fi as links } from "./links/fi.ts";
import { fi as mail } from "./mail/fi.ts";
import { fi as pub } from "./public/fi.ts";
import { fi as staff } from "./staff/fi.ts";
import { fi as volunteer } from "./volunteer/fi.ts";

/**
 * Every text of the product in Finnish, the source language. The catalogs are kept in parts by
 * who needs them (public/, staff/, volunteer/, links/, mail/) so the browser downloads only its part;
 * the server uses public/ and mail/.
 */
export const fi = { ...pub, ...staff, ...volunteer, ...links, ...mail };

export type MessageKey = keyof typeof fi;
export type PublicKey = keyof typeof pub;
/** What the server ever says: public texts (errors) and emails, never the coordinator UI. */
export type ServerKey = PublicKey | keyof typeof mail;
