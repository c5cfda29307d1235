/** Emails and the documents the server writes (certificates): used only on the server. Finnish is the source: sv and en have exactly these keys. */
export const fi = {
  "mail.greetingPlain": "Hei,",
  "mail.greeting": "Hei {name},",
  "mail.signature": "Ystävällisin terveisin\n{organisation}",
  "mail.linkFallback": "Jos painike ei toimi, avaa tämä osoite:",
  "mail.footer.phone": "Puh.",
  "mail.footer.canReply": "Voit vastata tähän viestiin, niin se tulee meille.",
  "mail.footer.noReply":
    "Tähän viestiin ei voi vastata. Ota yhteyttä yllä olevilla yhteystiedoilla.",
  "mail.footer.noReplyPlain": "Tähän viestiin ei voi vastata.",
  "mail.action.offer": "Katso tiedot ja vastaa",
  "mail.action.visit": "Avaa tapaamisen sivu",
  "mail.action.cancel": "Ilmoita, että tapaaminen peruuntuu",
  "mail.action.cantCome": "Kerro, ettet pääse",
  "mail.action.report": "Kerro, miten meni",
  "mail.action.signIn": "Kirjaudu sisään",
  "mail.action.profile": "Avaa omat tietosi",
  "mail.action.workspace": "Avaa Rinnalla",
  "mail.action.monthlyReport": "Avaa kuukauden raportti",
  "mail.action.request": "Avaa pyyntö",
  "mail.requestReceived.subject": "Pyyntösi on vastaanotettu ({reference})",
  "mail.requestReceived.body":
    "Kiitos pyynnöstä. Olemme vastaanottaneet sen viitenumerolla {reference}.",
  "mail.requestReceived.when": "Tapaamisen aika: {when}",
  "mail.requestReceived.next":
    "Koordinaattori etsii sopivan tukihenkilön ja ilmoittaa, kun tukihenkilö on löytynyt. Jos asia muuttuu, mainitse viitenumero.",
  "mail.signIn.subject": "Kirjautumislinkki Rinnallaan",
  "mail.signIn.body":
    "Kirjaudu sisään alla olevalla linkillä. Linkki toimii kerran ja {minutes} minuutin ajan.",
  "mail.signIn.notYou": "Jos et pyytänyt linkkiä, voit jättää tämän viestin huomiotta.",
  "mail.cancelled.subject": "Pyyntö {reference} on peruttu",
  "mail.cancelled.body": "Tukihenkilöpyyntö {reference} ({when}) on peruttu.",
  "mail.cancelled.next":
    "Jos tarvitset tukea myöhemmin, voit tehdä uuden pyynnön milloin tahansa. Olemme tukena.",
  "mail.noVolunteer.subject": "Emme löytäneet tukihenkilöä ({reference})",
  "mail.noVolunteer.body":
    "Valitettavasti emme löytäneet tukihenkilöä tapaamiseen {when} (pyyntö {reference}).",
  "mail.noVolunteer.next":
    "Olemme pahoillamme. Voit tehdä uuden pyynnön toiseen tapaamiseen milloin tahansa.",
  "mail.application.subject": "Kiitos, että haluat vapaaehtoiseksi",
  "mail.application.body": "Olemme saaneet hakemuksesi vapaaehtoiseksi asiointitukihenkilöksi.",
  "mail.application.next":
    "Koordinaattori ottaa sinuun yhteyttä ja sopii kanssasi haastattelun. Sen jälkeen on vuorossa neljän kerran koulutus.",
  "mail.volunteerLink.subject": "Linkki omiin tietoihisi",
  "mail.volunteerLink.body":
    "Voit katsoa ja päivittää omia tietojasi ja aikojasi alla olevalla linkillä. Linkki toimii kerran ja {minutes} minuutin ajan.",
  "mail.offer.subject": "Voisitko lähteä tueksi {date}?",
  "mail.offer.body":
    "Etsimme asiointitukihenkilöä yhteen tapaamiseen. Tässä se, mitä voimme kertoa ennen kuin vastaat.",
  "mail.offer.what": "Asia: {sector}",
  "mail.offer.when": "Aika: {when}, noin {minutes} min",
  "mail.offer.where": "Paikkakunta: {municipality}",
  "mail.offer.client": "Asiakkaan etunimi: {firstName}",
  "mail.offer.answer": "Vastaa {deadline} mennessä. Avaa linkki, niin näet tiedot ja voit vastata.",
  "mail.offer.role":
    "Muistathan: tukihenkilö kulkee rinnalla ja tukee asioinnissa. Tukihenkilö ei ole henkilökohtainen avustaja eikä anna hoivaa tai fyysistä apua.",
  "mail.offerWithdrawn.subject": "Tarjottu tapaaminen {date} ei ole enää avoinna",
  "mail.offerWithdrawn.body":
    "Tapaaminen {when}, jota tarjosimme sinulle, ei tarvitse enää tukihenkilöä. Sinun ei tarvitse tehdä mitään. Kiitos!",
  "mail.visitConfirmed.subject": "Vahvistus: asiointitapaaminen {date}",
  "mail.visitConfirmed.body":
    "Kiitos, että lähdet tueksi! Tässä tapaamisen tiedot. Kalenterimerkintä on liitteenä.",
  "mail.visitConfirmed.client": "Asiakas: {name}",
  "mail.visitConfirmed.when": "Aika: {when}, noin {minutes} min",
  "mail.visitConfirmed.where": "Tapaamispaikka: {place}, {municipality}",
  "mail.visitConfirmed.contact": "Yhteystiedot:",
  "mail.visitConfirmed.firstMeeting": "Ensitapaaminen ennen asiointia: {when}, {place}",
  "mail.visitConfirmed.page": "Kaikki tiedot, myös mitä asia koskee, näet tapaamisen sivulta.",
  "mail.visitConfirmed.calendarName": "Asiointitapaaminen: {firstName}",
  "mail.found.subject": "Tukihenkilö on löytynyt ({reference})",
  "mail.found.body":
    "Hyviä uutisia: tukihenkilö {firstName} tulee mukaan tapaamiseen. Et ole yksin.",
  "mail.found.when": "Aika: {when}",
  "mail.found.where": "Tapaamispaikka: {place}",
  "mail.found.firstMeeting": "Ennen tapaamista tapaatte kerran tutustuaksenne: {when}, {place}",
  "mail.found.cancel":
    "Jos tapaaminen peruuntuu, ilmoita siitä tällä linkillä, niin kerromme tukihenkilölle.",
  "mail.visitCancelled.subject": "Tapaaminen {date} on peruttu",
  "mail.visitCancelled.body":
    "Asiointitapaaminen {when} on peruttu. Sinun ei tarvitse lähteä. Kiitos, että olit valmis auttamaan!",
  "mail.reminder.subject": "Muistutus: asiointitapaaminen huomenna {date}",
  "mail.reminder.body":
    "Huomenna on asiointitapaaminen, jossa olet tukena. Tässä tiedot vielä kerran.",
  "mail.reminder.cantCome":
    "Jos et pääsekään, kerro siitä heti tällä linkillä, niin etsimme toisen tukihenkilön.",
  "mail.clientReminder.subject": "Muistutus: tapaaminen huomenna ({reference})",
  "mail.clientReminder.body":
    "Tukihenkilö {firstName} tulee huomenna mukaasi. Aika: {when}. Tapaamispaikka: {place}.",
  "mail.reportAsk.subject": "Miten tapaaminen meni? ({date})",
  "mail.reportAsk.body":
    "Kiitos, että olit tukena! Kerro lyhyesti, miten tapaaminen meni. Siihen menee pari minuuttia.",
  "mail.reportReminder.subject": "Muistutus: kertoisitko, miten tapaaminen {date} meni?",
  "mail.monthly.subject": "Kuukauden luvut: {month}",
  "mail.monthly.body": "Tässä edellisen kuukauden tärkeimmät luvut ({month}).",
  "mail.monthly.more": "Koko raportti taulukoineen ja kaavioineen on Rinnallassa.",
  "mail.monthly.optOut":
    "Etkö halua näitä viestejä? Voit lopettaa ne Rinnallassa nimesi alta avautuvasta valikosta.",
  "mail.digest.subject": "Aamun katsaus {date}",
  "mail.digest.body": "Tässä tämän aamun tilanne.",
  "mail.digest.unmatched": "Ilman tukihenkilöä seuraavien 7 päivän aikana: {count}",
  "mail.digest.pendingOffers": "Tarjouksia ilman vastausta: {count}",
  "mail.digest.unreported": "Tapaamisia ilman raporttia: {count}",
  "mail.alert.subject": "Kiireellinen: {reference} tarvitsee sinua",
  "mail.alert.volunteer_cancelled":
    "Tukihenkilö ilmoitti, ettei pääse tapaamiseen ({reference}). Pyyntö on palannut etsintään: etsi uusi tukihenkilö.",
  "mail.alert.safety_concern":
    "Tukihenkilö kirjoitti raporttiinsa turvallisuudesta ({reference}). Lue raportti ja ota yhteyttä tukihenkilöön.",
  "mail.security.subject": "Kirjautumisasetuksesi muuttuivat",
  "mail.security.appAdded":
    "Tunnukseesi liitettiin uusi todennussovellus {at}. Aiemmat varakoodisi eivät enää toimi.",
  "mail.security.recoveryUsed": "Kirjauduit varakoodilla {at}. Varakoodeja on jäljellä {count}.",
  "mail.security.appRemoved":
    "Ylläpitäjä {admin} poisti tunnuksesi todennussovelluksen {at}. Otat uuden sovelluksen käyttöön seuraavalla kirjautumisella.",
  "mail.security.notYou": "Jos tämä et ollut sinä, ota heti yhteyttä ylläpitäjään.",
  "mail.training.topic.role": "Johdanto asiointitukihenkilön tehtäviin",
  "mail.training.topic.serviceSystem": "Palvelujärjestelmä ja hallintolaki",
  "mail.training.topic.communication": "Viestintä- ja vuorovaikutustaidot",
  "mail.training.topic.practice": "Käytännön valmennus ja turvallisuus",
  "mail.training.session": "{n}. {topic}: {when}, {place}",
  "mail.training.invite.subject": "Kutsu koulutukseen: {name}",
  "mail.training.invite.body": "Tervetuloa asiointitukihenkilökoulutukseen {name}. Koulutuskerrat:",
  "mail.training.invite.answer": "Kerro, pääsetkö mukaan. Kalenterimerkinnät ovat liitteenä.",
  "mail.training.reminder.subject": "Muistutus: koulutus huomenna ({topic})",
  "mail.training.reminder.body": "Huomenna on koulutuskerta. Tervetuloa!",
  "mail.training.feedback.subject": "Palautetta koulutuksesta {name}",
  "mail.training.feedback.body":
    "Kiitos, että osallistuit koulutukseen! Kerro, miten koulutus valmisti sinua tehtävään. Vastaaminen vie muutaman minuutin.",
  "mail.training.feedback.anonymous":
    "Vastaat nimettömästi: vastaustasi ei voi yhdistää sinuun, eikä sitä voi muuttaa jälkikäteen.",
  "mail.action.training": "Vastaa kutsuun",
  "mail.action.feedback": "Anna palautetta",
  "certificate.issued": "Myönnetty",
  "certificate.issuedBy": "Myöntäjä",
  "certificate.serial": "Todistuksen numero",
  "certificate.verify": "Todistuksen aitouden voi tarkistaa tästä osoitteesta tai QR-koodilla:",
  "certificate.training.title": "Todistus asiointitukihenkilökoulutuksesta",
  "certificate.training.body":
    "on suorittanut vapaaehtoisten asiointitukihenkilöiden koulutuksen ({hours} tuntia).",
  "certificate.training.sessions": "Koulutuksen sisältö:",
  "certificate.service.title": "Todistus vapaaehtoistoiminnasta",
  "certificate.service.body": "on toiminut vapaaehtoisena asiointitukihenkilönä {from}–{to}.",
  "certificate.service.visits": "Asiointitukitapaamisia: {count}.",
  "certificate.service.sectors": "Asiat: {sectors}.",
  "certificate.service.training":
    "Koulutukset: {hours} tuntia, joista asiointitukihenkilökoulutus {course}.",
  "certificate.service.courseDone": "suoritettu",
  "certificate.service.courseNotDone": "ei suoritettu",
  "certificate.service.thanks":
    "Kiitämme luotettavasta ja vaativasta työstä toisten ihmisten rinnalla.",
  "mail.gathering.title.spring": "Kevään tapaaminen {year}",
  "mail.gathering.title.autumn": "Syksyn tapaaminen {year}",
  "mail.gathering.when": "Aika: {when}",
  "mail.gathering.place": "Paikka: {place}",
  "mail.gathering.accessibility": "Saavutettavuus: {text}",
  "mail.gathering.invite.subject": "Kutsu: {title}",
  "mail.gathering.invite.body":
    "Tervetuloa vapaaehtoisten tapaamiseen {title}! Tapaamisessa vaihdetaan kokemuksia, tuetaan toisiamme ja opitaan yhdessä.",
  "mail.gathering.invite.answerBy":
    "Kerro viimeistään {date}, tuletko. Vastauksen voi muuttaa siihen asti. Kalenterimerkintä on liitteenä.",
  "mail.gathering.answer.yes": "Tulen",
  "mail.gathering.answer.maybe": "Ehkä tulen",
  "mail.gathering.answer.no": "En pääse",
  "mail.gathering.movedUp.subject": "Sinulle vapautui paikka: {title}",
  "mail.gathering.movedUp.body":
    "Olit jonossa tapaamiseen {title}, ja sinulle vapautui paikka. Tervetuloa! Jos et pääsekään, kerro siitä linkin kautta.",
  "mail.gathering.reminder.subject": "Muistutus: {title} huomenna",
  "mail.gathering.reminder.body": "Huomenna on vapaaehtoisten tapaaminen. Tervetuloa!",
  "mail.gathering.reminder.change": "Jos et pääsekään, kerro siitä tästä",
  "mail.gathering.thanks.subject": "Kiitos, että tulit: {title}",
  "mail.gathering.thanks.body":
    "Kiitos, että olit mukana tapaamisessa {title}! Sinun kaltaisesi vapaaehtoiset tekevät tästä toiminnasta mahdollista.",
  "mail.gathering.thanks.ask":
    "Haluatko kertoa, oliko tapaamisesta hyötyä ja mitä toivoisit ensi kerralla? Vastaat nimettömästi, kaksi kysymystä.",
  "mail.action.gathering": "Vastaa kutsuun",
  "mail.thanks.subject": "Kiitos sinulle",
  "mail.thanks.milestone.firstVisit": "ensimmäinen asiointitukikäyntisi",
  "mail.thanks.milestone.visits": "jo {count} asiointitukikäyntiä",
  "mail.thanks.milestone.years": "{count} vuotta vapaaehtoisena",
  "mail.thanks.milestone.training": "asiointitukihenkilökoulutus suoritettuna",
  "mail.thanks.draft.opening": "Haluamme kiittää sinua: {reached}!",
  "mail.thanks.draft.body":
    "Sinun ansiostasi moni on saanut tuen tilanteessa, jossa ei olisi halunnut olla yksin. Työsi on meille tärkeää.",
  "mail.thanks.draft.closing": "Lämmin kiitos, että olet mukana.",
  "mail.gathering.cancelled.subject": "Peruttu: {title}",
  "mail.gathering.cancelled.body":
    "Valitettavasti tapaaminen {title} on peruttu. Kiitos, että ilmoittauduit. Kerromme seuraavasta tapaamisesta hyvissä ajoin.",
  "mail.survey.action": "Vastaa kyselyyn",
  "mail.survey.anonymous":
    "Vastaaminen vie alle minuutin. Vastauksesta ei näe, kuka sen antoi, eikä se vaikuta palveluun.",
  "mail.survey.stop": "Jos et halua enää kyselyitä, voit kertoa sen kyselyn sivulla.",
  "mail.survey.before":
    "Haluatko vastata kolmeen kysymykseen ennen asiointia? Kysymme samat asiat asioinnin jälkeen, jotta näemme, auttoiko tuki.",
  "mail.survey.before.action": "Vastaa ennen asiointia",
  "mail.survey.clientAfter.subject": "Miten asiointi sujui?",
  "mail.survey.clientAfter.body":
    "Kiitos, että käytit tukihenkilöpalvelua. Kertoisitko, miten asiointi sujui?",
  "mail.survey.professionalAfter.subject":
    "Palaute tukihenkilön kanssa tehdystä yhteistyöstä ({reference})",
  "mail.survey.professionalAfter.body":
    "Pyysit asiakkaallesi tukihenkilön. Kertoisitko, miten yhteistyö sujui ja auttoiko tukihenkilö työssäsi?",
  "mail.survey.volunteerRound.subject": "Miten tukihenkilönä on sujunut?",
  "mail.survey.volunteerRound.body":
    "Kysymme kahdesti vuodessa, miltä tukihenkilönä toimiminen tuntuu ja mikä auttaisi sinua. Neljä kysymystä.",
  "mail.survey.partnerRound.subject": "Miten yhteistyömme on sujunut?",
  "mail.survey.partnerRound.body":
    "Kysymme kahdesti vuodessa yhteistyökumppaneiltamme, miten yhteistyö tukihenkilötoiminnan kanssa on sujunut.",
  "mail.a11yFeedback.subject": "Kiitos palautteesta saavutettavuudesta",
  "mail.a11yFeedback.body": "Saimme palautteesi saavutettavuudesta {date}. Kiitos, että kerroit.",
  "mail.a11yFeedback.due": "Vastaamme viimeistään {date}.",
  "mail.a11yFeedback.authority":
    "Jos et saa vastausta 14 päivässä tai et ole tyytyväinen vastaukseen, voit tehdä ilmoituksen valvontaviranomaiselle. Yhteystiedot ovat palvelun saavutettavuusselosteessa.",
  "mail.digest.a11yOverdue": "Saavutettavuuspalautteita yli 14 päivää ilman vastausta: {count}",
} as const;
