import { shared } from "../i18n/shared/index.ts";
import { en } from "../i18n/staff/en.ts";
import { fi } from "../i18n/staff/fi.ts";
import { sv } from "../i18n/staff/sv.ts";
import { en as volunteerEn } from "../i18n/volunteer/en.ts";
import { fi as volunteerFi } from "../i18n/volunteer/fi.ts";
import { sv as volunteerSv } from "../i18n/volunteer/sv.ts";
import { addMessages } from "../lib/i18n.ts";

/**
 * The coordinator app's texts arrive with its chunk: the public form never downloads them. The
 * volunteer texts come too, for the volunteer pages (profile form, statuses, interview).
 */
addMessages({ fi, sv, en });
addMessages({ fi: volunteerFi, sv: volunteerSv, en: volunteerEn });
addMessages(shared);
