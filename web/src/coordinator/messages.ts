import { en } from "@rinnalla/core/i18n/en.ts";
import * as lazyEn from "@rinnalla/core/i18n/en.ts?lazy-messages";
import { fi } from "@rinnalla/core/i18n/fi.ts";
import * as lazyFi from "@rinnalla/core/i18n/fi.ts?lazy-messages";
import { sv } from "@rinnalla/core/i18n/sv.ts";
import * as lazySv from "@rinnalla/core/i18n/sv.ts?lazy-messages";

/**
 * The coordinator app's texts join the catalogs when its chunk loads (see
 * `web/plugins/lazy-messages.ts`): the public form never downloads them.
 */
Object.assign(fi, lazyFi.fi);
Object.assign(sv, lazySv.sv);
Object.assign(en, lazyEn.en);
