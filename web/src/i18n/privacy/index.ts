import { en } from "./en.ts";
import { fi } from "./fi.ts";
import { sv } from "./sv.ts";

/** The privacy notice's texts in every language, fetched by its page when it opens. */
export const privacy = { fi, sv, en };
