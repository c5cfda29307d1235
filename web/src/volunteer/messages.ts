import { shared } from "../i18n/shared/index.ts";
import { en } from "../i18n/volunteer/en.ts";
import { fi } from "../i18n/volunteer/fi.ts";
import { sv } from "../i18n/volunteer/sv.ts";
import { addMessages } from "../lib/i18n.ts";

/** The volunteer pages' texts (applying, signing in, own profile) arrive with their chunk. */
addMessages({ fi, sv, en });
addMessages(shared);
