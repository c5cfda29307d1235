import { ar } from "./ar.ts";
import { fiSelko } from "./fi-selko.ts";
import { ru } from "./ru.ts";
import { so } from "./so.ts";
import { uk } from "./uk.ts";

/**
 * The public texts of the five client languages beyond fi, sv and en in one chunk: the site
 * loads it only when one of them is chosen, and one loader costs the form's entry less than five.
 */
export const extraPublic = { "fi-selko": fiSelko, uk, ru, ar, so };
