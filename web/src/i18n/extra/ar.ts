import { ar as links } from "../client-links/ar.ts";
import { machineNotes } from "../machine-note.ts";
import { ar as site } from "../public/ar.ts";
import { ar as shared } from "../shared/ar.ts";

/** Everything a client page says in this language, in one chunk loaded when it is chosen. */
export const texts = { ...site, ...shared, ...links };
export const note: string | undefined = machineNotes.ar;
