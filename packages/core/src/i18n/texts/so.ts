/** Somali (af-Soomaali). Machine-assisted translation: needs review by a native speaker before use. */
import type { fi } from "./fi.ts";

export const so: Record<keyof typeof fi, string> = {
  "request-received":
    "Waxaan helnay codsigaaga {reference}: taageero {when}. Waan kuu sheegaynaa marka taageere la helo. Jawaab STOP si fariimuhu u joogsadaan.",
  "support-found":
    "Taageere waa la helay. {name} ayaa kula imanaya {when}. Si aad u joojiso: {link}",
  "client-reminder": "Xusuusin: berri {when} taageerahaaga {name} ayaa kula imanaya. ({reference})",
  "request-cancelled":
    "Codsiga {reference} waa la joojiyay. Haddii aad taageero u baahato, samee codsi cusub.",
  "request-no_volunteer":
    "Waan ka xunnahay, ma helin taageere codsiga {reference}. Waad na soo wici kartaa.",
  "survey-after-client":
    "Sidee bay ballantu u dhacday? Ka jawaab 3 su'aalood, wax ka yar daqiiqad: {link}",
};
