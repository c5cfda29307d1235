import profileHref from "../lib/profile/profile.css?url";
import { linkStylesheet } from "../lib/stylesheet.ts";
import sharedHref from "../lib/ui.css?url";
import href from "./volunteer.css?url";

/**
 * The volunteer pages' stylesheets: the shared sheet (status messages, confirmation panels, term
 * lists), the profile's, and their own. The browser caches the shared ones for the other parts.
 */
export const stylesReady: Promise<void> = Promise.all([
  linkStylesheet(sharedHref),
  linkStylesheet(profileHref),
  linkStylesheet(href),
]).then(() => undefined);
