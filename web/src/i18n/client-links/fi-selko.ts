/** Selkosuomi (plain Finnish), written after Selkokeskus's criteria. Needs review by a plain-language expert before use. */
import type { ClientLinkKey } from "./keys.ts";

export const fiSelko: Record<ClientLinkKey, string> = {
  "links.working": "Lähetetään…",
  "links.invalid.title": "Linkki ei toimi",
  "links.invalid.body":
    "Tämä linkki ei toimi. Tarkista, että avasit koko linkin sähköpostista. Voit myös ottaa meihin yhteyttä.",
  "links.expired.title": "Linkki ei ole enää voimassa",
  "links.expired.body":
    "Tämä linkki ei toimi enää. Onko asia vielä kesken? Ota silloin meihin yhteyttä.",
  "links.noToken":
    "Linkistä puuttuu osa. Avaa linkki uudelleen sähköpostista. Tarkista, että koko linkki tulee mukaan.",
  "links.visit.title": "Käynti",
  "links.visit.who": "Kenen kanssa",
  "links.visit.what": "Mikä asia",
  "links.visit.where": "Missä",
  "links.visit.when": "Milloin",
  "links.visit.whenValue": "{date} kello {time}",
  "links.visit.duration": "Kuinka kauan",
  "links.visit.languages": "Kielet, joita asiakas puhuu",
  "links.role.title": "Muista, mitä tukihenkilö tekee",
  "links.role.body":
    "Olet asiakkaan tukena. Autat häntä keskustelussa. Et ole henkilökohtainen avustaja. Et anna hoitoa. Et auta esimerkiksi liikkumisessa.",
  "links.result.accepted.title": "Kiitos! Käynti on sinun.",
  "links.result.accepted.body":
    "Kerromme asiakkaalle, että tukihenkilö löytyi. Saat sähköpostiin vahvistuksen. Viestin liitteenä on kalenterimerkintä.",
  "links.result.alreadyAccepted.title": "Käynti on sinun",
  "links.result.alreadyAccepted.body": "Tässä ovat käynnin tiedot. Kiitos, että lähdet mukaan!",
  "links.result.covered.title": "Käynnille löytyi jo tukihenkilö",
  "links.result.covered.body":
    "Toinen tukihenkilö ehti ensin. Sinun ei tarvitse tehdä mitään. Kiitos, että olit valmis auttamaan!",
  "links.result.declined.title": "Kiitos vastauksesta",
  "links.result.declined.body":
    "Kerroit, että et pääse. Etsimme toisen tukihenkilön. Sinun ei tarvitse tehdä muuta.",
  "links.result.alreadyDeclined.title": "Olet jo vastannut, että et pääse",
  "links.result.alreadyDeclined.body":
    "Vastauksesi on tallessa. Muuttuiko tilanteesi? Ota silloin meihin yhteyttä.",
  "links.result.withdrawn.title": "Tarjous on peruttu",
  "links.result.withdrawn.body": "Peruimme tämän tarjouksen. Sinun ei tarvitse tehdä mitään.",
  "links.result.expired.title": "Aika vastata on mennyt",
  "links.result.expired.body":
    "Et voi enää vastata tähän tarjoukseen. Haluatko silti auttaa? Ota meihin yhteyttä.",
  "links.details.title": "Käynnin tiedot",
  "links.details.private":
    "Tiedot ovat salaisia. Älä kerro niitä muille. Älä tallenna niitä muualle.",
  "links.details.client": "Asiakas",
  "links.details.clientPhone": "Asiakkaan puhelin",
  "links.details.clientEmail": "Asiakkaan sähköposti",
  "links.details.requester": "Kuka pyysi",
  "links.details.requesterPhone": "Pyytäjän puhelin",
  "links.details.requesterEmail": "Pyytäjän sähköposti",
  "links.details.organisation": "Työpaikka tai järjestö",
  "links.details.description": "Mistä on kyse",
  "links.details.supportNeeds": "Mitä tukihenkilön on hyvä tietää",
  "links.details.firstMeeting": "Ensimmäinen tapaaminen",
  "links.details.firstMeetingValue": "{date} kello {time}, {place}",
  "links.short.title": "Linkki avautuu…",
  "links.short.go": "Jos sivu ei avaudu, jatka tästä",
  "links.cancel.title": "Peru käynti",
  "links.cancel.intro":
    "Voit perua käynnin tällä sivulla. Käynti ei peruunnu vielä, kun avaat sivun.",
  "links.cancel.reference": "Pyynnön numero",
  "links.cancel.when": "Milloin",
  "links.cancel.volunteer": "Tukihenkilö",
  "links.cancel.reason": "Haluatko kertoa, miksi perut?",
  "links.cancel.reason.hint": "Voit jättää tämän tyhjäksi.",
  "links.cancel.button": "Peru käynti",
  "links.cancel.done.title": "Käynti on peruttu",
  "links.cancel.done.volunteer":
    "Kerroimme tukihenkilölle. Tarvitsetko tukea myöhemmin? Voit tehdä uuden pyynnön.",
  "links.cancel.done.noVolunteer":
    "Kiitos, että kerroit. Tarvitsetko tukea myöhemmin? Voit tehdä uuden pyynnön.",
  "links.cancel.already.title": "Käynti on jo peruttu",
  "links.cancel.already.body": "Sinun ei tarvitse tehdä mitään.",
  "links.cancel.closed.title": "Et voi enää perua käyntiä",
  "links.cancel.closed.body":
    "Tämä pyyntö on jo päättynyt. Onko sinulla kysyttävää? Ota meihin yhteyttä.",
  "links.newRequest": "Tee uusi pyyntö",
  "links.survey.title": "Lyhyt kysely",
  "links.survey.intro": "Kukaan ei tiedä, kuka vastasi. Vastaaminen vie alle minuutin.",
  "links.survey.optional":
    "Sinun ei tarvitse vastata kaikkiin kysymyksiin. Vastaa niihin, joihin haluat.",
  "links.survey.closes": "Vastaa viimeistään {when}.",
  "links.survey.once": "Voit vastata vain kerran.",
  "links.survey.yes": "Kyllä",
  "links.survey.no": "Ei",
  "links.survey.unsure": "En tiedä",
  "links.survey.text.hint":
    "Älä kirjoita nimiä. Älä kirjoita mitään, mistä joku voi tunnistaa sinut tai toisen ihmisen.",
  "links.survey.send": "Lähetä vastaukset",
  "links.survey.nothing": "Vastaa ainakin 1 kysymykseen. Lähetä sitten.",
  "links.survey.sent.title": "Kiitos vastauksesta!",
  "links.survey.sent.body":
    "Vastauksesi on tallessa. Kukaan ei tiedä, kuka vastasi. Voit sulkea sivun.",
  "links.survey.used.title": "Tällä linkillä on jo vastattu",
  "links.survey.used.body":
    "Voit vastata tällä linkillä vain kerran. Etkö ole vielä vastannut? Avaa silloin koko linkki sähköpostista.",
  "links.survey.closed.title": "Kysely on loppunut",
  "links.survey.closed.body": "Et voi enää vastata tähän kyselyyn. Kiitos, että halusit vastata!",
  "links.survey.stop.title": "Etkö halua enää kyselyjä?",
  "links.survey.stop.body":
    "Voit lopettaa kyselyt tähän sähköpostiin. Voit silti vastata tähän kyselyyn.",
  "links.survey.stop.button": "En halua enää kyselyjä",
  "links.survey.stop.confirm.title": "Haluatko lopettaa kyselyt?",
  "links.survey.stop.confirm.body": "Emme lähetä enää kyselyjä tähän osoitteeseen.",
  "links.survey.stop.confirm": "Kyllä, lopeta kyselyt",
  "links.survey.stopped": "Et saa enää kyselyjä tähän osoitteeseen.",
};
