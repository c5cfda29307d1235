/** The pages behind emailed links (an offer to a volunteer, a client's cancellation): loaded with their chunk. Finnish is the source: sv and en have exactly these keys. */
export const fi = {
  "links.loading": "Ladataan…",
  "links.working": "Lähetetään…",
  "links.tryAgain": "Yritä uudelleen",
  "links.back": "Takaisin",
  "links.notGiven": "Ei annettu",
  "links.invalid.title": "Linkki ei toimi",
  "links.invalid.body":
    "Tämä linkki ei ole voimassa. Tarkista, että avasit koko linkin sähköpostista. Voit myös ottaa yhteyttä koordinaattoriin.",
  "links.expired.title": "Linkki on vanhentunut",
  "links.expired.body":
    "Tämä linkki ei ole enää voimassa. Jos asia on vielä kesken, ota yhteyttä koordinaattoriin.",
  "links.noToken":
    "Tältä sivulta puuttuu linkin tunniste. Avaa linkki uudelleen sähköpostista, niin että koko linkki tulee mukaan.",
  "links.visit.title": "Käynti",
  "links.visit.who": "Kenen kanssa",
  "links.visit.what": "Mikä asia",
  "links.visit.where": "Missä",
  "links.visit.when": "Milloin",
  "links.visit.whenValue": "{date} klo {time}",
  "links.visit.duration": "Kesto",
  "links.visit.languages": "Tuettavan kielet",
  "links.role.title": "Muista tukihenkilön rooli",
  "links.role.body":
    "Olet tuettavan rinnalla, tuet ja autat keskustelussa. Et ole henkilökohtainen avustaja: et anna hoitoa etkä fyysistä apua.",
  "links.offer.title": "Pääsetkö mukaan?",
  "links.offer.greeting": "Hei {name}!",
  "links.offer.intro":
    "Koordinaattori kysyy, pääsetkö tukihenkilöksi tähän käyntiin. Tuettavan nimi ja yhteystiedot näytetään, kun olet hyväksynyt käynnin.",
  "links.offer.answerBy": "Vastaa viimeistään {when}.",
  "links.offer.noChange":
    "Sivun avaaminen ei vielä muuta mitään. Vastauksesi lähtee vasta, kun painat painiketta.",
  "links.offer.question": "Vastauksesi",
  "links.offer.accept": "Pääsen mukaan",
  "links.offer.decline": "En pääse",
  "links.offer.decline.title": "Et pääse mukaan",
  "links.offer.decline.reason": "Haluatko kertoa syyn?",
  "links.offer.decline.hint": "Voit jättää tyhjäksi. Vain koordinaattori näkee sen.",
  "links.offer.decline.confirm": "Lähetä: en pääse",
  "links.result.accepted.title": "Kiitos – käynti on sinun",
  "links.result.accepted.body":
    "Kerromme tuettavalle, että tukihenkilö on löytynyt. Saat vahvistuksen sähköpostiin, ja liitteenä on kalenterimerkintä.",
  "links.result.alreadyAccepted.title": "Käynti on sinun",
  "links.result.alreadyAccepted.body": "Tässä ovat käynnin tiedot. Kiitos, että lähdet mukaan!",
  "links.result.covered.title": "Käynti on jo hoidossa – kiitos",
  "links.result.covered.body":
    "Toinen tukihenkilö ehti ensin. Sinun ei tarvitse tehdä mitään. Kiitos, että olit valmis auttamaan!",
  "links.result.declined.title": "Kiitos vastauksesta",
  "links.result.declined.body":
    "Kerroit, ettet pääse mukaan. Koordinaattori etsii toisen tukihenkilön. Sinun ei tarvitse tehdä muuta.",
  "links.result.alreadyDeclined.title": "Olet jo vastannut, ettet pääse",
  "links.result.alreadyDeclined.body":
    "Vastauksesi on tallessa. Jos tilanteesi muuttui, ota yhteyttä koordinaattoriin.",
  "links.result.withdrawn.title": "Tarjous on peruttu",
  "links.result.withdrawn.body":
    "Koordinaattori perui tämän tarjouksen. Sinun ei tarvitse tehdä mitään.",
  "links.result.expired.title": "Vastausaika on päättynyt",
  "links.result.expired.body":
    "Tähän tarjoukseen ei voi enää vastata. Jos haluat silti auttaa, ota yhteyttä koordinaattoriin.",
  "links.details.title": "Käynnin tiedot",
  "links.details.private":
    "Tiedot ovat luottamuksellisia. Älä kerro niitä muille, äläkä tallenna niitä muualle.",
  "links.details.client": "Tuettava",
  "links.details.clientPhone": "Tuettavan puhelin",
  "links.details.clientEmail": "Tuettavan sähköposti",
  "links.details.requester": "Pyytäjä",
  "links.details.requesterPhone": "Pyytäjän puhelin",
  "links.details.requesterEmail": "Pyytäjän sähköposti",
  "links.details.organisation": "Organisaatio",
  "links.details.description": "Mistä on kyse",
  "links.details.supportNeeds": "Mitä tukihenkilön on hyvä tietää",
  "links.details.firstMeeting": "Ensitapaaminen",
  "links.details.firstMeetingValue": "{date} klo {time}, {place}",
  "links.cancel.title": "Peru käynti",
  "links.cancel.intro": "Voit perua käynnin tällä sivulla. Sivun avaaminen ei vielä peru mitään.",
  "links.cancel.reference": "Viitenumero",
  "links.cancel.when": "Milloin",
  "links.cancel.volunteer": "Tukihenkilö",
  "links.cancel.reason": "Haluatko kertoa syyn?",
  "links.cancel.reason.hint": "Voit jättää tyhjäksi.",
  "links.cancel.button": "Peru käynti",
  "links.cancel.done.title": "Käynti on peruttu",
  "links.cancel.done.volunteer":
    "Olemme kertoneet asiasta tukihenkilölle. Jos tarvitset tukea myöhemmin, voit tehdä uuden pyynnön.",
  "links.cancel.done.noVolunteer":
    "Kiitos, että kerroit. Jos tarvitset tukea myöhemmin, voit tehdä uuden pyynnön.",
  "links.cancel.already.title": "Käynti on jo peruttu",
  "links.cancel.already.body": "Sinun ei tarvitse tehdä mitään.",
  "links.cancel.closed.title": "Käyntiä ei voi enää perua",
  "links.cancel.closed.body":
    "Tämä pyyntö on jo päättynyt. Jos sinulla on kysyttävää, ota yhteyttä koordinaattoriin.",
  "links.newRequest": "Tee uusi pyyntö",
} as const;
