import coordinatorHref from "../coordinator/coordinator.css?url";
import { linkStylesheet } from "../lib/stylesheet.ts";
import href from "./links.css?url";

/**
 * The link pages' stylesheets: their own, on top of the coordinator sheet's shared pieces (term
 * lists, status boxes), which the browser caches for the other apps too.
 */
export const stylesReady: Promise<void> = Promise.all([
  linkStylesheet(coordinatorHref),
  linkStylesheet(href),
]).then(() => undefined);
