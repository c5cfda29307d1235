import { en } from "./en.ts";
import { fi } from "./fi.ts";
import { sv } from "./sv.ts";

/** The accessibility statement's texts in every language, fetched by its page when it opens. */
export const accessibility = { fi, sv, en };
