import type { fi } from "./fi.ts";

/** The built-in privacy notice (/privacy), Swedish. Part of the notice's versioned text (`../notice.ts`). */
export const sv: Record<keyof typeof fi, string> = {
  "privacy.title": "Dataskyddsbeskrivning: hur dina uppgifter behandlas",
  "privacy.intro":
    "Här berättar vi tydligt vilka uppgifter som samlas in i den här tjänsten och vad som händer med dem.",
  "privacy.who.title": "Vem har hand om uppgifterna",
  "privacy.who.body":
    "{name} har hand om uppgifterna och ansvarar för dem. Föreningen ordnar frivilliga stödpersoner till möten.",
  "privacy.who.unknown":
    "Uppgifterna sköts av den förening som ordnar frivilliga stödpersoner till möten i den här tjänsten. Föreningen ansvarar för dem.",
  "privacy.what.title": "Vilka uppgifter samlas in och varför",
  "privacy.what.request":
    "När du ber om en stödperson: namn och kontaktuppgifter för personen som behöver stöd, språk, vad ärendet gäller, var och när mötet är och vad du berättar om stödbehovet. Om du fyller i blanketten för någon annan, också ditt namn, din organisation och dina kontaktuppgifter.",
  "privacy.what.visit":
    "När besöket är ordnat: vilken stödperson som följer med, och efter besöket stödpersonens korta rapport om hur det gick.",
  "privacy.what.volunteer":
    "När du ansöker som frivillig: ditt namn, dina kontaktuppgifter, din hemkommun, dina språk och vad du berättar om dig själv. Vid intervjun och utbildningen antecknar koordinatorn uppgifter som hjälper att hitta lämpliga besök för dig.",
  "privacy.what.why":
    "Uppgifterna används för att ordna stödet: för att hitta en lämplig stödperson, komma överens om besöket och hålla kontakt med dig.",
  "privacy.what.choices":
    "En enkät efter besöket skickar vi bara om du har gett lov till det i blanketten. Lov till textmeddelanden frågas separat. Sms skickas till det telefonnummer du ger; de berättar bara referensen, tiden och stödpersonens förnamn. Svara STOP för att sluta få dem. Med ditt samtycke sparar vi vilken dag du gav det och vilken version av den här beskrivningen du fick då.",
  "privacy.version": "Version {version}, gäller från {date}.",
  "privacy.changes":
    "Nytt i den här versionen: sms skickas till den som gett lov, och svaret STOP avslutar dem.",
  "privacy.keep.title": "Hur länge uppgifterna sparas",
  "privacy.keep.body":
    "En begäran sparas så länge den behövs för att ordna stödet och sköta det som följer efter besöket. Därefter tar föreningen bort den enligt sina egna regler för hur länge uppgifter sparas. Du kan fråga föreningen hur länge den sparar uppgifter.",
  "privacy.see.title": "Vem ser uppgifterna",
  "privacy.see.coordinators":
    "Föreningens koordinatorer ser hela begäran. De söker en stödperson och kommer överens om besöket.",
  "privacy.see.volunteer":
    "Stödpersonen ser bara det hen behöver. Innan hen lovar att komma ser hen förnamnet, vad ärendet gäller, platsen, tiden och språken. När hen har lovat att komma ser hen också hela namnet, kontaktuppgifterna och det som har berättats om ärendet och stödbehovet.",
  "privacy.see.services":
    "Uppgifterna sparas på servrar som föreningen använder för den här tjänsten, och meddelanden skickas via en e-posttjänst och en sms-tjänst.",
  "privacy.rights.title": "Dina rättigheter",
  "privacy.rights.see": "Du kan fråga vilka uppgifter som finns om dig.",
  "privacy.rights.correct": "Du kan be att felaktiga uppgifter rättas.",
  "privacy.rights.remove":
    "Du kan be att dina uppgifter tas bort. Om mötet ännu inte har varit kan stödet då inte ordnas.",
  "privacy.rights.withdraw": "Du kan återkalla ditt samtycke när som helst.",
  "privacy.rights.complain":
    "Om du inte är nöjd med hur dina uppgifter behandlas kan du klaga hos dataombudsmannen: {link}.",
  "privacy.contact.title": "Fråga eller använd dina rättigheter",
  "privacy.contact.body": "Kontakta föreningen. Uppge referensnumret om du har ett.",
  "privacy.contact.none": "Fråga koordinatorn som har kontakt med dig.",
  "privacy.back": "Tillbaka till blanketten för begäran om stöd",
};
