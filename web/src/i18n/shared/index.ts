import { en } from "./en.ts";
import { fi } from "./fi.ts";
import { sv } from "./sv.ts";

/** The texts of lib/'s shared pieces in every language, for each part's `addMessages`. */
export const shared = { fi, sv, en };
