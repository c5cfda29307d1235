import type { fi } from "./fi.ts";

/** Refusals only the server gives. */
export const sv: Record<keyof typeof fi, string> = {
  "error.signInNeeded": "Logga in för att fortsätta.",
  "error.secondFactorNeeded": "Bekräfta inloggningen med koden från autentiseringsappen.",
  "error.crossOrigin": "Begäran avvisades eftersom den inte kom från den här webbplatsen.",
  "error.linkInvalid": "Inloggningslänken har gått ut eller redan använts. Be om en ny länk.",
  "error.totpInvalid": "Koden gäller inte. Kontrollera koden i appen och försök igen.",
  "error.totpNoEnrolment": "Autentiseringsappen har inte tagits i bruk ännu.",
  "error.emailTaken": "Det finns redan en koordinator med den här e-postadressen.",
  "error.selfDeactivation": "Du kan inte ta bort dina egna rättigheter.",
  "error.selfDemotion": "Du kan inte ta bort din egen administratörsroll.",
  "error.linkUnknown":
    "Länken är inte giltig. Kontrollera att du öppnade hela länken i meddelandet.",
  "error.linkExpired": "Länken har gått ut.",
  "error.notAvailable": "Den här frivilliga är inte tillgänglig nu.",
  "error.alreadyOffered": "Den här frivilliga har redan ett öppet erbjudande.",
  "error.visitPassed": "Tiden för besöket har redan gått.",
  "error.referenceNotFound": "Ingen annan begäran hittades med det här referensnumret.",
  "error.reportTooEarly": "Du kan rapportera när besöket har börjat.",
  "error.kindChanged":
    "Frågans typ kan inte ändras: gamla svar skulle läsas fel. Gör en ny fråga med ett nytt id.",
  "error.duplicate": "Det här id:t används redan av en annan fråga.",
  "error.conflict": "Någon annan ändrade just det här. Ladda om sidan och kontrollera uppgifterna.",
  "error.notAllowed": "Ändringen kan inte göras i begärans nuvarande läge.",
  "error.unsupportedMediaType": "Sådant innehåll kan inte skickas hit.",
  "error.totpCurrentCode":
    "För att byta app, ange först en kod från din nuvarande app eller en reservkod.",
  "error.totpEnrolOwnFirst": "Ta först själv i bruk en autentiseringsapp.",
  "error.surveyLinkUsed": "Länken har redan använts för att svara, eller så gäller den inte. Tack!",
  "error.surveyClosed": "Enkäten har redan stängts. Tack för ditt intresse!",
  "error.surveyResultsHidden":
    "Resultaten visas när enkäten har stängts och minst fem har svarat. Så kan ingens svar kännas igen.",
  "error.alreadyEnrolled": "Någon av de valda deltar redan i den här utbildningen.",
  "error.certificateUnknown": "Intyget hittades inte. Kontrollera adressen.",
  "error.trainingIncomplete":
    "Utbildningen är inte klar: alla tillfällen är inte genomgångna, eller profilen saknas.",
  "error.certificateRevoked": "Intyget har återkallats och kan inte längre laddas ner.",
  "error.trainingOver": "Utbildningen har redan hållits, så svaret kan inte längre ändras.",
  "error.datePast": "Dagen har redan varit. Välj en kommande dag.",
  "error.endBeforeStart": "Sluttiden ska vara efter starttiden.",
  "error.answerAfterGathering": "Sista svarsdagen får vara senast samma dag som träffen.",
  "error.capacityBelowSeated": "Det kan inte finnas färre platser än de som redan kommer.",
  "error.gatheringCancelled": "Träffen är inställd.",
  "error.gatheringNotYet": "Närvaron kan markeras på träffens dag eller senare.",
  "error.attendanceFirst": "Markera först vilka som kom.",
  "error.inviteBeforeDraft": "Sista dag för inbjudan ska vara efter utkastets dag.",
  "error.seasonsOverlap": "Höstens utkastdag ska vara efter vårens sista inbjudningsdag.",
  "error.noThanks": "Den frivillige har bett att inte få tackmeddelanden.",
  "error.thankedRecently": "Den frivillige har redan fått ett tack den senaste månaden.",
  "error.auditRangeTooLong": "Välj en period på högst 24 månader.",
  "error.auditSubject":
    "Skriv begärans referensnummer (R-2026-0001) eller en identifierare, till exempel request#req_… eller volunteer#vol_….",
  "error.legalHold":
    "Uppgifterna omfattas av en lagstadgad bevarandeskyldighet (spärr). Ta först bort spärren om uppgifterna får raderas.",
  "error.eraseOpen":
    "Förfrågan pågår ännu. Stäng förfrågan (eller klientens alla förfrågningar) innan uppgifterna raderas.",
  "error.alreadyErased": "Klientens uppgifter har redan raderats.",
  "error.alreadyUndone": "Raderingen har redan ångrats.",
  "error.undoExpired":
    "Raderingen kan inte längre ångras: sju dagar har gått och uppgifterna har raderats slutgiltigt.",
  "error.eraseVisitsAhead":
    "Den frivilliga har ännu kommande besök. Hitta först en annan stödperson för dem, sedan kan uppgifterna raderas.",
};
