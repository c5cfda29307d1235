import { ru as links } from "../client-links/ru.ts";
import { machineNotes } from "../machine-note.ts";
import { ru as site } from "../public/ru.ts";
import { ru as shared } from "../shared/ru.ts";

/** Everything a client page says in this language, in one chunk loaded when it is chosen. */
export const texts = { ...site, ...shared, ...links };
export const note: string | undefined = machineNotes.ru;
