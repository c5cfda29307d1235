/** Emails: used only on the server. Finnish is the source: sv and en have exactly these keys. */
export const fi = {
  "mail.greeting": "Hei {name},",
  "mail.signature": "Ystävällisin terveisin\nRinnalla-asiointituki",
  "mail.noReply": "Tähän viestiin ei voi vastata.",
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
} as const;
