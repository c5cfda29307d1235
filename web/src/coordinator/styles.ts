import profileHref from "../lib/profile/profile.css?url";
import { linkStylesheet } from "../lib/stylesheet.ts";
import sharedHref from "../lib/ui.css?url";
import href from "./coordinator.css?url";

/**
 * The coordinator app's stylesheets, added when its chunk loads: the shared sheet, its own, and
 * the profile's (the volunteer page edits profiles). `stylesReady` settles once they have loaded
 * (or failed).
 */
export const stylesReady: Promise<void> = Promise.all([
  linkStylesheet(sharedHref),
  linkStylesheet(href),
  linkStylesheet(profileHref),
]).then(() => undefined);
