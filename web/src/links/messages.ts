import { en } from "../i18n/links/en.ts";
import { fi } from "../i18n/links/fi.ts";
import { sv } from "../i18n/links/sv.ts";
import { shared } from "../i18n/shared/index.ts";
import { addMessages } from "../lib/i18n.ts";

/** The link pages' texts arrive with their chunk; sectors and errors come with the public texts. */
addMessages({ fi, sv, en });
addMessages(shared);

/**
 * The client's link pages in the other client languages come with those languages' texts
 * (i18n/extra/); the volunteer's link pages fall back to the base language.
 */
