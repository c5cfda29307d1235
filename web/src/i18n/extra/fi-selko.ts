import { fiSelko as links } from "../client-links/fi-selko.ts";

import { fiSelko as site } from "../public/fi-selko.ts";
import { fiSelko as shared } from "../shared/fi-selko.ts";

/** Everything a client page says in this language, in one chunk loaded when it is chosen. */
export const texts = { ...site, ...shared, ...links };
export const note: string | undefined = undefined;
