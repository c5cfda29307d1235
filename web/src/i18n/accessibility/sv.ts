import type { fi } from "./fi.ts";

export const sv: Record<keyof typeof fi, string> = {
  "a11y.title": "Tillgänglighetsutlåtande",
  "a11y.intro":
    "Detta utlåtande gäller den här tjänsten: formuläret för att be om en stödperson, de frivilligas sidor och sidorna som öppnas från länkar i e-post. {name} vill att vem som helst ska kunna använda tjänsten, också med skärmläsare, tangentbord eller förstoring.",
  "a11y.intro.unknown":
    "Detta utlåtande gäller den här tjänsten: formuläret för att be om en stödperson, de frivilligas sidor och sidorna som öppnas från länkar i e-post. Vi vill att vem som helst ska kunna använda tjänsten, också med skärmläsare, tangentbord eller förstoring.",
  "a11y.status.title": "Hur tillgänglig tjänsten är",
  "a11y.status.body":
    "Tjänsten uppfyller delvis kraven på nivå AA i riktlinjerna WCAG 2.1, som är målet. De kända bristerna finns nedan.",
  "a11y.gaps.title": "Vad som ännu inte är tillgängligt",
  "a11y.gaps.pdf":
    "Utbildningsintygen (PDF) fungerar inte helt med skärmläsare. Intygets uppgifter syns också på webbsidan, och intyget kan kontrolleras med dess nummer.",
  "a11y.gaps.charts":
    "Diagrammen i koordinatorernas rapporter är bilder; varje diagrams siffror finns också som tabell under diagrammet.",
  "a11y.gaps.review":
    "Tjänsten har ännu inte bedömts av en utomstående expert, så alla brister är kanske inte kända.",
  "a11y.other.title": "Om du inte kan använda tjänsten",
  "a11y.other.body":
    "Du kan också be om en stödperson genom att ringa eller skriva till oss. Berätta vad du behöver hjälp med, så ordnar vi resten tillsammans med dig.",
  "a11y.checked.title": "Hur tillgängligheten har bedömts",
  "a11y.checked.body":
    "Utlåtandet gjordes i december 2026 som en självbedömning. Varje ändring av tjänsten kontrolleras automatiskt i en riktig webbläsare (axe-core) på finska och svenska i telefonens och datorns skärmbredd, och formulären prövas med tangentbord.",
  "a11y.feedback.title": "Ge respons om tillgängligheten",
  "a11y.feedback.body": "Om du märker en brist, berätta det för oss. Vi svarar inom 14 dagar.",
  "a11y.feedback.none":
    "Berätta om brister för föreningen som ordnar stödpersoner i den här tjänsten. Vi svarar inom 14 dagar.",
  "a11y.authority.title": "Tillsynsmyndighet",
  "a11y.authority.body":
    "Om du inte är nöjd med vårt svar eller inte får svar inom 14 dagar kan du anmäla saken till tillsynsmyndigheten.",
  "a11y.back": "Tillbaka till startsidan",
  "a11y.authority.defaultName":
    "Transport- och kommunikationsverket Traficom, tillgänglighetstillsynen",
  "a11y.authority.email": "E-post",
  "a11y.authority.website": "Anvisningar och anmälningsblankett",
  "a11y.form.title": "Berätta om en brist",
  "a11y.form.intro":
    "Du kan också berätta om en brist med det här formuläret. Vi svarar inom 14 dagar på det språk du läser den här sidan på.",
  "a11y.form.what": "Vad fungerade inte?",
  "a11y.form.what.hint":
    "Berätta vad du försökte göra och vad som var svårt, till exempel med skärmläsare eller tangentbord.",
  "a11y.form.where": "Var?",
  "a11y.form.where.hint": "Sidan eller stället, till exempel telefonnumret i begäransformuläret.",
  "a11y.form.email": "E-postadress",
  "a11y.form.phone": "Telefonnummer",
  "a11y.form.contact.hint":
    "Om du vill ha svar, ge en e-postadress eller ett telefonnummer. Du kan också lämna dem tomma.",
  "a11y.form.submit": "Skicka respons",
  "a11y.form.done.title": "Tack för din respons!",
  "a11y.form.done.due": "Responsen har tagits emot. Vi svarar senast {date}.",
  "a11y.form.done.email": "Vi skickade en bekräftelse till e-postadressen du gav.",
  "a11y.form.done.again": "Skicka en annan respons",
};
