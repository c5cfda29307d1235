import { en } from "@rinnalla/core/i18n/links/en.ts";
import { fi } from "@rinnalla/core/i18n/links/fi.ts";
import { sv } from "@rinnalla/core/i18n/links/sv.ts";
import { addMessages } from "../lib/i18n.ts";

/** The link pages' texts arrive with their chunk; sectors and errors come from the public texts. */
addMessages({ fi, sv, en });
