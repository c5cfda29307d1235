/**
 * The built-in privacy notice (/privacy). Finnish is the source: sv and en have exactly these keys.
 * Every word here, in every language, is part of the notice's version (`../notice.ts`): change
 * any text and the version changes; `privacy.changes` says in a sentence what is new.
 */
export const fi = {
  "privacy.title": "Tietosuojaseloste: miten tietojasi käsitellään",
  "privacy.intro":
    "Tällä sivulla kerromme selkeästi, mitä tietoja tässä palvelussa kerätään ja mitä niille tapahtuu.",
  "privacy.who.title": "Kuka tietoja pitää",
  "privacy.who.body":
    "{name} pitää tietoja ja vastaa niistä. Yhdistys järjestää vapaaehtoisia tukihenkilöitä asiointiin.",
  "privacy.who.unknown":
    "Tietoja pitää ja niistä vastaa yhdistys, joka järjestää tässä palvelussa vapaaehtoisia tukihenkilöitä asiointiin.",
  "privacy.what.title": "Mitä tietoja kerätään ja miksi",
  "privacy.what.request":
    "Kun pyydät tukihenkilöä: tuettavan nimi ja yhteystiedot, kielet, mistä asiassa on kyse, missä ja milloin tapaaminen on sekä mitä kerrot tuen tarpeesta. Jos täytät lomakkeen toisen puolesta, myös sinun nimesi, organisaatiosi ja yhteystietosi.",
  "privacy.what.visit":
    "Kun käynti on sovittu: kuka tukihenkilö lähtee mukaan, ja käynnin jälkeen tukihenkilön lyhyt raportti siitä, miten käynti meni.",
  "privacy.what.volunteer":
    "Kun haet vapaaehtoiseksi: nimesi, yhteystietosi, kotikuntasi, kielesi ja mitä kerrot itsestäsi. Haastattelussa ja koulutuksessa koordinaattori kirjaa tietoja, joiden avulla sinulle löytyy sopivia käyntejä.",
  "privacy.what.why":
    "Tietoja käytetään tuen järjestämiseen: sopivan tukihenkilön etsimiseen, käynnistä sopimiseen ja yhteydenpitoon kanssasi.",
  "privacy.what.choices":
    "Palautekyselyn käynnin jälkeen lähetämme vain, jos annat siihen luvan lomakkeella. Tekstiviestilupa kysytään erikseen. Tekstiviestit lähetetään antamaasi puhelinnumeroon; niissä kerrotaan vain viitenumero, aika ja tukihenkilön etunimi. Viestit loppuvat, kun vastaat STOP. Tallennamme suostumuksesi kanssa, minä päivänä annoit sen ja minkä version tästä selosteesta silloin sait.",
  "privacy.version": "Versio {version}, voimassa {date} alkaen.",
  "privacy.changes":
    "Uutta tässä versiossa: tekstiviestejä lähetetään niille, jotka antavat siihen luvan, ja vastaus STOP lopettaa ne.",
  "privacy.keep.title": "Kuinka kauan tietoja säilytetään",
  "privacy.keep.body":
    "Pyyntöä säilytetään niin kauan kuin sitä tarvitaan tuen järjestämiseen ja käynnin jälkeisiin asioihin. Sen jälkeen yhdistys poistaa sen omien säilytyssääntöjensä mukaan. Voit kysyä yhdistykseltä, kuinka kauan se säilyttää tietoja.",
  "privacy.see.title": "Kuka tiedot näkee",
  "privacy.see.coordinators":
    "Yhdistyksen koordinaattorit näkevät koko pyynnön. He etsivät tukihenkilön ja sopivat käynnistä.",
  "privacy.see.volunteer":
    "Tukihenkilö näkee vain sen, mitä hän tarvitsee. Ennen kuin hän lupautuu, hän näkee etunimen, asian aiheen, paikan, ajan ja kielet. Kun hän on lupautunut, hän näkee myös koko nimen, yhteystiedot ja sen, mitä asiasta ja tuen tarpeesta on kerrottu.",
  "privacy.see.services":
    "Tiedot tallennetaan palvelimille, joita yhdistys käyttää tähän palveluun, ja viestit lähetetään sähköposti- ja tekstiviestipalvelun kautta.",
  "privacy.rights.title": "Sinun oikeutesi",
  "privacy.rights.see": "Voit kysyä, mitä tietoja sinusta on.",
  "privacy.rights.correct": "Voit pyytää korjaamaan väärän tiedon.",
  "privacy.rights.remove":
    "Voit pyytää poistamaan tietosi. Jos tapaaminen on vielä tulossa, tukea ei silloin voida järjestää.",
  "privacy.rights.withdraw": "Voit perua suostumuksesi milloin tahansa.",
  "privacy.rights.complain":
    "Jos olet tyytymätön tietojesi käsittelyyn, voit tehdä valituksen tietosuojavaltuutetulle: {link}.",
  "privacy.contact.title": "Kysy tai käytä oikeuksiasi",
  "privacy.contact.body": "Ota yhteyttä yhdistykseen. Kerro viitenumero, jos sinulla on sellainen.",
  "privacy.contact.none": "Kysy koordinaattorilta, joka on yhteydessä sinuun.",
  "privacy.back": "Takaisin tukipyyntölomakkeelle",
} as const;
