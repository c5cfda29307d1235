import { linkStylesheet } from "../lib/stylesheet.ts";
import volunteerHref from "../volunteer/volunteer.css?url";
import href from "./coordinator.css?url";

/**
 * The coordinator app's stylesheets, added when its chunk loads (the volunteer sheet styles the
 * shared profile form). `stylesReady` settles once they have loaded (or failed).
 */
export const stylesReady: Promise<void> = Promise.all([
  linkStylesheet(href),
  linkStylesheet(volunteerHref),
]).then(() => undefined);
