import { fi as mail } from "./mail/fi.ts";
import { fi as pub } from "./public/fi.ts";
import { fi as refusals } from "./refusals/fi.ts";
import { fi as reports } from "./reports/fi.ts";

/**
 * What the server says, in Finnish, the source language: emails (mail/), the refusals only its
 * answers carry (refusals/), and the error messages and sector names the site shows too (public/).
 * The UI's own texts live in web/.
 */
export const fi = { ...pub, ...refusals, ...mail, ...reports };

/** Keys the site also shows: the schemas' error messages, the API's general ones, sector names. */
export type PublicKey = keyof typeof pub;
/** Every key the server may translate. */
export type ServerKey = keyof typeof fi;
