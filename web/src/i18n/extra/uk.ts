import { uk as links } from "../client-links/uk.ts";
import { machineNotes } from "../machine-note.ts";
import { uk as site } from "../public/uk.ts";
import { uk as shared } from "../shared/uk.ts";

/** Everything a client page says in this language, in one chunk loaded when it is chosen. */
export const texts = { ...site, ...shared, ...links };
export const note: string | undefined = machineNotes.uk;
