import { fi as mail } from "./mail/fi.ts";
import { fi as pub } from "./public/fi.ts";

/**
 * What the server says, in Finnish, the source language: emails (mail/), and the error messages
 * and sector names the site shows too (public/). The UI's own texts live in web/.
 */
export const fi = { ...pub, ...mail };

/** Keys the site also shows: error messages (the schemas' too) and sector names. */
export type PublicKey = keyof typeof pub;
/** Every key the server may translate. */
export type ServerKey = keyof typeof fi;
