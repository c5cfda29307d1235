import { so as links } from "../client-links/so.ts";
import { machineNotes } from "../machine-note.ts";
import { so as site } from "../public/so.ts";
import { so as shared } from "../shared/so.ts";

/** Everything a client page says in this language, in one chunk loaded when it is chosen. */
export const texts = { ...site, ...shared, ...links };
export const note: string | undefined = machineNotes.so;
