/** Refusals only the server gives: a 4xx answer carries the message already in the user's language, so the site never loads these. Finnish is the source: sv and en have exactly these keys. */
export const fi = {
  "error.signInNeeded": "Kirjaudu sisään jatkaaksesi.",
  "error.secondFactorNeeded": "Vahvista kirjautuminen todennussovelluksen koodilla.",
  "error.crossOrigin": "Pyyntö hylättiin, koska se ei tullut tältä sivustolta.",
  "error.linkInvalid": "Kirjautumislinkki on vanhentunut tai jo käytetty. Pyydä uusi linkki.",
  "error.totpInvalid": "Koodi ei kelpaa. Tarkista koodi sovelluksesta ja yritä uudelleen.",
  "error.totpNoEnrolment": "Todennussovellusta ei ole vielä otettu käyttöön.",
  "error.emailTaken": "Tällä sähköpostiosoitteella on jo koordinaattori.",
  "error.selfDeactivation": "Et voi poistaa omia käyttöoikeuksiasi.",
  "error.selfDemotion": "Et voi poistaa omaa ylläpitäjän rooliasi.",
  "error.linkUnknown": "Linkki ei ole voimassa. Tarkista, että avasit koko linkin viestistä.",
  "error.linkExpired": "Linkki on vanhentunut.",
  "error.notAvailable": "Tämä vapaaehtoinen ei ole nyt käytettävissä.",
  "error.alreadyOffered": "Tälle vapaaehtoiselle on jo avoin tarjous.",
  "error.visitPassed": "Tapaamisen aika on jo mennyt.",
  "error.referenceNotFound": "Tällä viitenumerolla ei löytynyt toista pyyntöä.",
  "error.reportTooEarly": "Raportin voi tehdä, kun tapaaminen on alkanut.",
  "error.kindChanged":
    "Kysymyksen tyyppiä ei voi muuttaa: vanhat vastaukset luettaisiin väärin. Tee uusi kysymys uudella tunnuksella.",
  "error.duplicate": "Tämä tunnus on jo käytössä toisessa kysymyksessä.",
  "error.conflict": "Joku muu muutti tätä juuri. Lataa sivu uudelleen ja tarkista tiedot.",
  "error.notAllowed": "Tätä muutosta ei voi tehdä pyynnön nykyisessä tilassa.",
  "error.unsupportedMediaType": "Tällaista sisältöä ei voi lähettää tähän.",
  "error.totpCurrentCode":
    "Vaihtaaksesi sovelluksen anna ensin koodi nykyisestä sovelluksestasi tai varakoodi.",
  "error.totpEnrolOwnFirst": "Ota ensin itse käyttöön todennussovellus.",
  "error.surveyLinkUsed": "Tällä linkillä on jo vastattu, tai linkki ei ole voimassa. Kiitos!",
  "error.surveyClosed": "Kysely on jo suljettu. Kiitos mielenkiinnosta!",
  "error.surveyResultsHidden":
    "Tulokset näytetään, kun kysely on suljettu ja vähintään viisi on vastannut. Näin kenenkään vastausta ei voi tunnistaa.",
  "error.alreadyEnrolled": "Joku valituista on jo tässä koulutuksessa.",
  "error.certificateUnknown": "Todistusta ei löytynyt. Tarkista osoite.",
  "error.trainingIncomplete":
    "Koulutus on vielä kesken: kaikki kerrat eivät ole suoritettuina, tai profiili puuttuu.",
  "error.certificateRevoked": "Tämä todistus on peruttu, eikä sitä voi enää ladata.",
  "error.trainingOver": "Koulutus on jo pidetty, joten vastausta ei voi enää muuttaa.",
  "error.datePast": "Päivä on jo mennyt. Valitse tuleva päivä.",
  "error.endBeforeStart": "Päättymisajan pitää olla alkamisajan jälkeen.",
  "error.answerAfterGathering":
    "Vastausten viimeisen päivän pitää olla viimeistään tapaamisen päivä.",
  "error.capacityBelowSeated": "Paikkoja ei voi olla vähemmän kuin tulijoita on jo.",
  "error.gatheringCancelled": "Tapaaminen on peruttu.",
  "error.gatheringNotYet": "Läsnäolon voi merkitä tapaamisen päivänä tai sen jälkeen.",
  "error.attendanceFirst": "Merkitse ensin, ketkä tulivat.",
  "error.inviteBeforeDraft": "Kutsujen määräpäivän pitää olla luonnospäivän jälkeen.",
  "error.seasonsOverlap": "Syksyn luonnospäivän pitää olla kevään määräpäivän jälkeen.",
  "error.noThanks": "Vapaaehtoinen on pyytänyt, ettei hänelle lähetetä kiitosviestejä.",
  "error.thankedRecently": "Vapaaehtoista on jo kiitetty tämän kuukauden aikana.",
  "error.auditRangeTooLong": "Valitse enintään 24 kuukauden jakso.",
  "error.auditSubject":
    "Kirjoita pyynnön viitenumero (R-2026-0001) tai tunnus, esimerkiksi request#req_… tai volunteer#vol_….",
  "error.legalHold":
    "Tiedoilla on lakisääteinen säilytysvelvoite (pito). Poista pito ensin, jos tiedot saa poistaa.",
  "error.eraseOpen":
    "Pyyntö on vielä kesken. Sulje pyyntö (tai asiakkaan kaikki pyynnöt) ennen tietojen poistamista.",
  "error.alreadyErased": "Tämän asiakkaan tiedot on jo poistettu.",
  "error.alreadyUndone": "Poisto on jo peruttu.",
  "error.undoExpired":
    "Poistoa ei voi enää perua: seitsemän päivää on kulunut, ja tiedot on poistettu lopullisesti.",
  "error.eraseVisitsAhead":
    "Vapaaehtoisella on vielä tulevia käyntejä. Etsikää niille ensin toinen tukihenkilö, sitten tiedot voi poistaa.",
} as const;
