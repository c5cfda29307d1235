/** The pages behind emailed links (an offer to a volunteer, the volunteer's visit page and report, a client's cancellation): loaded with their chunk. Finnish is the source: sv and en have exactly these keys. */
export const fi = {
  "links.working": "Lähetetään…",
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
  "links.visitPage.title": "Käyntisi",
  "links.visitPage.intro":
    "Tässä ovat käyntisi tiedot. Jos et pääse mukaan, kerro siitä mahdollisimman pian.",
  "links.visitPage.cantCome": "En pääse",
  "links.visitPage.cantCome.heading": "Jos et pääse mukaan",
  "links.visitPage.cantCome.hint": "Koordinaattori saa tiedon heti ja etsii toisen tukihenkilön.",
  "links.visitPage.cantCome.title": "Et pääse käyntiin",
  "links.visitPage.cantCome.body":
    "Kun lähetät tämän, käynti ei ole enää sinun. Koordinaattori saa tiedon heti ja etsii toisen tukihenkilön.",
  "links.visitPage.cantCome.reason": "Haluatko kertoa syyn?",
  "links.visitPage.cantCome.reasonHint": "Voit jättää tyhjäksi. Vain koordinaattori näkee sen.",
  "links.visitPage.cantCome.confirm": "Lähetä: en pääse",
  "links.visitPage.released.title": "Kiitos, että kerroit",
  "links.visitPage.released.body":
    "Koordinaattori sai tiedon ja etsii toisen tukihenkilön. Sinun ei tarvitse tehdä muuta.",
  "links.visitPage.tooLate.title": "Käynti on jo alkanut",
  "links.visitPage.tooLate.body":
    "Käyntiä ei voi enää perua tällä sivulla. Soita koordinaattorille heti.",
  "links.visitPage.cancelled.title": "Käynti on peruttu",
  "links.visitPage.cancelled.body":
    "Tämä käynti on peruttu, eikä siitä tarvitse tehdä raporttia. Sinun ei tarvitse tehdä mitään.",
  "links.visitPage.alreadyReported.title": "Käynnistä on jo raportoitu",
  "links.visitPage.alreadyReported.body":
    "Kiitos! Raportti on tallessa, eikä sinun tarvitse tehdä muuta.",
  "links.visitPage.reported.title": "Kiitos raportista!",
  "links.visitPage.reported.body":
    "Raportti meni koordinaattorille. Kiitos, että olit tuettavan rinnalla.",
  "links.visitPage.reported.safety":
    "Kirjoitit turvallisuudesta, joten koordinaattori sai siitä heti ilmoituksen.",
  "links.visitPage.reported.talk": "Koordinaattori ottaa sinuun yhteyttä, jotta voitte jutella.",
  "links.visitPage.tooEarly":
    "Käynti ei ole vielä alkanut. Voit tehdä raportin, kun käynti on alkanut.",
  "links.report.title": "Miten käynti meni?",
  "links.report.intro":
    "Kerro lyhyesti, miten käynti meni. Raportti menee vain koordinaattorille. Älä kirjoita tuettavan terveystietoja.",
  "links.report.happened": "Toteutuiko käynti?",
  "links.report.happened.yes": "Kyllä, käynti toteutui",
  "links.report.happened.no_show": "Tuettava ei tullut paikalle",
  "links.report.happened.cancelled": "Käynti peruttiin",
  "links.report.minutes": "Kauanko käynti kesti? (minuutteina)",
  "links.report.minutes.hint": "Koko aika matkoineen, esimerkiksi 90. Tunti on 60 minuuttia.",
  "links.report.minutes.invalid": "Kirjoita kesto minuutteina numerolla 5–720.",
  "links.report.howItWent": "Miten asiointi sujui?",
  "links.report.howItWent.hint": "Esimerkiksi saiko tuettava asiansa hoidettua.",
  "links.report.safety": "Oliko jotain, mikä vaikutti turvallisuuteen?",
  "links.report.safety.hint":
    "Esimerkiksi uhkaava tilanne, tapaturma tai paikka, jossa et tuntenut oloasi turvalliseksi. Jos kirjoitat tähän jotain, koordinaattori saa siitä heti ilmoituksen.",
  "links.report.followUp": "Tuettava tarvitsee vielä apua tässä asiassa",
  "links.report.followUp.hint": "Koordinaattori voi tehdä tästä uuden pyynnön.",
  "links.report.followUpNote": "Mitä apua tarvitaan?",
  "links.report.followUpNote.hint": "Esimerkiksi uusi tapaamisaika, jos se on jo tiedossa.",
  "links.report.wellbeing": "Miten sinä itse voit käynnin jälkeen?",
  "links.report.wellbeing.good": "Hyvin",
  "links.report.wellbeing.ok": "Ihan hyvin",
  "links.report.wellbeing.heavy": "Käynti oli raskas",
  "links.report.wantsTalk": "Haluan jutella koordinaattorin kanssa",
  "links.report.wantsTalk.hint": "Koordinaattori saa tiedon ja ottaa sinuun yhteyttä.",
  "links.report.submit": "Lähetä raportti",
  "links.report.submitting": "Lähetetään…",
} as const;
