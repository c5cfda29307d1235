import coordinatorHref from "../coordinator/coordinator.css?url";
import { linkStylesheet } from "../lib/stylesheet.ts";
import href from "./volunteer.css?url";

/**
 * The volunteer pages' stylesheets. They reuse the coordinator sheet's shared pieces (status
 * messages, confirmation panels, term lists), so both load; the browser caches them for either app.
 */
export const stylesReady: Promise<void> = Promise.all([
  linkStylesheet(coordinatorHref),
  linkStylesheet(href),
]).then(() => undefined);
