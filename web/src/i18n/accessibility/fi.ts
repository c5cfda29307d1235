/** The accessibility statement (/accessibility), loaded with its page. Finnish is the source: sv and en have exactly these keys. */
export const fi = {
  "a11y.title": "Saavutettavuusseloste",
  "a11y.intro":
    "Tämä seloste koskee tätä palvelua: tukihenkilön pyyntölomaketta, vapaaehtoisten sivuja ja sähköpostin linkeistä avautuvia sivuja. {name} haluaa, että kuka tahansa voi käyttää palvelua, myös ruudunlukijalla, näppäimistöllä tai suurennettuna.",
  "a11y.intro.unknown":
    "Tämä seloste koskee tätä palvelua: tukihenkilön pyyntölomaketta, vapaaehtoisten sivuja ja sähköpostin linkeistä avautuvia sivuja. Haluamme, että kuka tahansa voi käyttää palvelua, myös ruudunlukijalla, näppäimistöllä tai suurennettuna.",
  "a11y.status.title": "Miten saavutettava palvelu on",
  "a11y.status.body":
    "Palvelu täyttää tavoitteena olevan WCAG 2.1 -ohjeiston AA-tason vaatimukset osittain. Tunnetut puutteet on lueteltu alla.",
  "a11y.gaps.title": "Mikä ei vielä ole saavutettavaa",
  "a11y.gaps.pdf":
    "Koulutustodistukset (PDF) eivät ole täysin ruudunlukijalle sopivia. Todistuksen tiedot näkyvät myös verkkosivulla, ja todistuksen aitouden voi tarkistaa sen numerolla.",
  "a11y.gaps.charts":
    "Koordinaattoreiden raporttien kaaviot ovat kuvia; jokaisen kaavion luvut ovat myös taulukkona kaavion alla.",
  "a11y.gaps.review":
    "Palvelua ei ole vielä arvioinut ulkopuolinen asiantuntija, joten kaikkia puutteita ei välttämättä tunneta.",
  "a11y.other.title": "Jos et voi käyttää palvelua",
  "a11y.other.body":
    "Voit pyytää tukihenkilöä myös soittamalla tai kirjoittamalla meille. Kerro, missä asiassa tarvitset apua, niin hoidamme loput kanssasi.",
  "a11y.checked.title": "Miten saavutettavuus on arvioitu",
  "a11y.checked.body":
    "Seloste on laadittu joulukuussa 2026 itsearviona. Jokainen palvelun muutos tarkistetaan automaattisesti oikeassa selaimessa (axe-core) suomeksi ja ruotsiksi puhelimen ja tietokoneen näytön levyillä, ja lomakkeet kokeillaan näppäimistöllä.",
  "a11y.feedback.title": "Anna palautetta saavutettavuudesta",
  "a11y.feedback.body": "Jos huomaat puutteen, kerro siitä meille. Vastaamme 14 päivän kuluessa.",
  "a11y.feedback.none":
    "Kerro puutteista yhdistykselle, joka järjestää tukihenkilöitä tässä palvelussa. Vastaamme 14 päivän kuluessa.",
  "a11y.authority.title": "Valvontaviranomainen",
  "a11y.authority.body":
    "Jos et ole tyytyväinen vastaukseemme tai et saa vastausta 14 päivässä, voit tehdä ilmoituksen valvontaviranomaiselle.",
  "a11y.back": "Takaisin etusivulle",
  "a11y.authority.defaultName": "Liikenne- ja viestintävirasto Traficom, saavutettavuusvalvonta",
  "a11y.authority.email": "Sähköposti",
  "a11y.authority.website": "Ohjeet ja ilmoituslomake",
  "a11y.form.title": "Kerro puutteesta",
  "a11y.form.intro":
    "Voit kertoa puutteesta myös tällä lomakkeella. Vastaamme 14 päivän kuluessa sillä kielellä, jolla luet tätä sivua.",
  "a11y.form.what": "Mikä ei toiminut?",
  "a11y.form.what.hint":
    "Kerro, mitä yritit tehdä ja mikä oli vaikeaa, esimerkiksi ruudunlukijalla tai näppäimistöllä.",
  "a11y.form.where": "Missä kohdassa?",
  "a11y.form.where.hint": "Sivu tai kohta, esimerkiksi pyyntölomakkeen puhelinnumero.",
  "a11y.form.email": "Sähköpostiosoite",
  "a11y.form.phone": "Puhelinnumero",
  "a11y.form.contact.hint":
    "Jos haluat vastauksen, anna sähköpostiosoite tai puhelinnumero. Voit myös jättää ne tyhjiksi.",
  "a11y.form.submit": "Lähetä palaute",
  "a11y.form.done.title": "Kiitos palautteesta!",
  "a11y.form.done.due": "Palaute on vastaanotettu. Vastaamme viimeistään {date}.",
  "a11y.form.done.email": "Lähetimme vahvistuksen antamaasi sähköpostiosoitteeseen.",
  "a11y.form.done.again": "Lähetä toinen palaute",
} as const;
