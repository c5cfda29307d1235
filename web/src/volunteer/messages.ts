import { en } from "@rinnalla/core/i18n/volunteer/en.ts";
import { fi } from "@rinnalla/core/i18n/volunteer/fi.ts";
import { sv } from "@rinnalla/core/i18n/volunteer/sv.ts";
import { addMessages } from "../lib/i18n.ts";

/**
 * The volunteer pages' texts (applying, signing in, own profile) arrive with their chunk; the
 * coordinator app adds them too, for the shared profile form.
 */
addMessages({ fi, sv, en });
