import type { Session } from "@rinnalla/core/auth";
import type { Locale } from "@rinnalla/core/i18n";

/** What every request carries through the app: set by the app's first middleware and `access`. */
export interface AppEnv {
  Variables: {
    locale: Locale;
    requestId: string;
    clientAddress: string;
    session: Session.Session;
  };
}
