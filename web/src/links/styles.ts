import { linkStylesheet } from "../lib/stylesheet.ts";
import sharedHref from "../lib/ui.css?url";
import href from "./links.css?url";

/**
 * The link pages' stylesheets: the shared sheet (term lists, status boxes), which the browser
 * caches for the other parts too, and their own.
 */
export const stylesReady: Promise<void> = Promise.all([
  linkStylesheet(sharedHref),
  linkStylesheet(href),
]).then(() => undefined);
