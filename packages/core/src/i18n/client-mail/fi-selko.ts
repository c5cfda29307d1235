/** Selkosuomi (plain Finnish), written after Selkokeskus's criteria. Needs review by a plain-language expert before use. */
import type { ClientMailKey } from "./keys.ts";

export const fiSelko: Record<ClientMailKey, string> = {
  "mail.greetingPlain": "Hei,",
  "mail.greeting": "Hei {name},",
  "mail.signature": "Terveisin\n{organisation}",
  "mail.linkFallback": "Jos painike ei toimi, avaa tämä osoite:",
  "mail.footer.phone": "Puhelin",
  "mail.footer.canReply": "Voit vastata tähän viestiin. Vastaus tulee meille.",
  "mail.footer.noReply":
    "Et voi vastata tähän viestiin. Ota meihin yhteyttä. Yhteystiedot ovat yllä.",
  "mail.footer.noReplyPlain": "Et voi vastata tähän viestiin.",
  "mail.action.offer": "Katso tiedot ja vastaa",
  "mail.action.visit": "Avaa käynnin sivu",
  "mail.action.cancel": "Peru käynti",
  "mail.action.cantCome": "Kerro, että et pääse",
  "mail.action.report": "Kerro, miten meni",
  "mail.action.signIn": "Kirjaudu sisään",
  "mail.action.profile": "Avaa omat tietosi",
  "mail.action.workspace": "Avaa Rinnalla",
  "mail.action.monthlyReport": "Avaa kuukauden raportti",
  "mail.action.request": "Avaa pyyntö",
  "mail.requestReceived.subject": "Saimme pyyntösi ({reference})",
  "mail.requestReceived.body": "Kiitos pyynnöstä. Pyyntösi numero on {reference}.",
  "mail.requestReceived.when": "Käynnin aika: {when}",
  "mail.requestReceived.next":
    "Etsimme nyt sopivan tukihenkilön. Tukihenkilö on vapaaehtoinen, joka lähtee mukaan käynnille. Kerromme, kun tukihenkilö löytyy. Jos jokin muuttuu, ota meihin yhteyttä. Kerro silloin pyynnön numero.",
  "mail.cancelled.subject": "Pyyntö {reference} on peruttu",
  "mail.cancelled.body": "Pyyntö {reference} on peruttu. Käynnin aika oli {when}.",
  "mail.cancelled.next":
    "Tarvitsetko tukea myöhemmin? Voit tehdä uuden pyynnön milloin vain. Autamme mielellämme.",
  "mail.noVolunteer.subject": "Emme löytäneet tukihenkilöä ({reference})",
  "mail.noVolunteer.body":
    "Emme löytäneet tukihenkilöä käynnille {when}. Pyynnön numero on {reference}.",
  "mail.noVolunteer.next":
    "Olemme pahoillamme. Voit tehdä uuden pyynnön toiselle käynnille milloin vain.",
  "mail.found.subject": "Tukihenkilö löytyi ({reference})",
  "mail.found.body": "Hyvä uutinen! Tukihenkilö {firstName} tulee mukaasi käynnille. Et ole yksin.",
  "mail.found.when": "Aika: {when}",
  "mail.found.where": "Paikka: {place}",
  "mail.found.firstMeeting":
    "Ennen käyntiä tapaatte ja tutustutte. Aika ja paikka: {when}, {place}",
  "mail.found.cancel":
    "Jos käynti peruuntuu, kerro siitä tällä linkillä. Me kerromme tukihenkilölle.",
  "mail.clientReminder.subject": "Muistutus: käynti huomenna ({reference})",
  "mail.clientReminder.body":
    "Tukihenkilö {firstName} tulee huomenna mukaasi. Aika: {when}. Paikka: {place}.",
  "mail.action.training": "Vastaa kutsuun",
  "mail.action.feedback": "Anna palautetta",
  "mail.action.gathering": "Vastaa kutsuun",
  "mail.survey.action": "Vastaa kyselyyn",
  "mail.survey.anonymous":
    "Vastaaminen vie alle minuutin. Kukaan ei näe, kuka vastasi. Vastaus ei muuta palvelua, jonka saat.",
  "mail.survey.stop": "Etkö halua enää kyselyjä? Voit kertoa sen kyselyn sivulla.",
  "mail.survey.before":
    "Haluatko vastata 3 kysymykseen ennen käyntiä? Kysymme samat asiat käynnin jälkeen. Näin näemme, auttoiko tuki.",
  "mail.survey.before.action": "Vastaa ennen käyntiä",
  "mail.survey.clientAfter.subject": "Miten käynti meni?",
  "mail.survey.clientAfter.body":
    "Kiitos, että otit tukihenkilön mukaan. Kerrotko, miten käynti meni?",
  "mail.survey.professionalAfter.subject": "Miten työ tukihenkilön kanssa meni? ({reference})",
  "mail.survey.professionalAfter.body":
    "Pyysit tukihenkilön asiakkaallesi. Kerrotko, miten yhteistyö meni? Auttoiko tukihenkilö sinua työssäsi?",
  "mail.survey.volunteerRound.subject": "Miten tukihenkilönä on mennyt?",
  "mail.survey.volunteerRound.body":
    "Kysymme 2 kertaa vuodessa, miltä tukihenkilön työ tuntuu. Kysymme myös, mikä auttaisi sinua. Kysymyksiä on 4.",
  "mail.survey.partnerRound.subject": "Miten yhteistyömme on mennyt?",
  "mail.survey.partnerRound.body":
    "Kysymme 2 kertaa vuodessa, miten työ kanssamme on mennyt. Kysymme sitä järjestöiltä ja muilta, joiden kanssa teemme työtä.",
};
