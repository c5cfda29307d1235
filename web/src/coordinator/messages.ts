import { en } from "@rinnalla/core/i18n/staff/en.ts";
import { fi } from "@rinnalla/core/i18n/staff/fi.ts";
import { sv } from "@rinnalla/core/i18n/staff/sv.ts";
import { addMessages } from "../lib/i18n.ts";
import "../volunteer/messages.ts";

/** The coordinator app's texts arrive with its chunk: the public form never downloads them. */
addMessages({ fi, sv, en });
