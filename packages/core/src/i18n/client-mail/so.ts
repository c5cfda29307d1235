/** Somali (af-Soomaali). Machine-assisted translation: needs review by a native speaker before use. */
import type { ClientMailKey } from "./keys.ts";

export const so: Record<ClientMailKey, string> = {
  "mail.greetingPlain": "Salaan,",
  "mail.greeting": "Salaan {name},",
  "mail.signature": "Salaan diirran\n{organisation}",
  "mail.linkFallback": "Haddii badhanku shaqayn waayo, fur ciwaankan:",
  "mail.footer.phone": "Tel.",
  "mail.footer.canReply": "Waad ka jawaabi kartaa fariintan, jawaabtaaduna way na soo gaaraysaa.",
  "mail.footer.noReply":
    "Fariintan lagama jawaabi karo. Fadlan nagala soo xiriir macluumaadka kor ku qoran.",
  "mail.footer.noReplyPlain": "Fariintan lagama jawaabi karo.",
  "mail.action.offer": "Eeg faahfaahinta oo jawaab",
  "mail.action.visit": "Fur bogga ballanta",
  "mail.action.cancel": "Noo sheeg in ballanta la joojiyay",
  "mail.action.cantCome": "Noo sheeg inaadan iman karin",
  "mail.action.report": "Noo sheeg sidii ay u dhacday",
  "mail.action.signIn": "Gal",
  "mail.action.profile": "Fur macluumaadkaaga",
  "mail.action.workspace": "Fur Rinnalla",
  "mail.action.monthlyReport": "Fur warbixinta bisha",
  "mail.action.request": "Fur codsiga",
  "mail.requestReceived.subject": "Waxaan helnay codsigaaga ({reference})",
  "mail.requestReceived.body":
    "Waad ku mahadsan tahay codsigaaga. Waxaan ku helnay lambarka tixraaca {reference}.",
  "mail.requestReceived.when": "Waqtiga ballanta: {when}",
  "mail.requestReceived.next":
    "Isku-duwe ayaa raadin doona qof taageere ku habboon, wuxuuna kuu sheegi doonaa marka la helo. Haddii wax isbeddelaan, fadlan sheeg lambarka tixraaca.",
  "mail.cancelled.subject": "Codsiga {reference} waa la joojiyay",
  "mail.cancelled.body": "Codsiga qof taageere {reference} ({when}) waa la joojiyay.",
  "mail.cancelled.next":
    "Haddii aad hadhow taageero u baahato, waqti kasta waad samayn kartaa codsi cusub. Waan kuu joognaa.",
  "mail.noVolunteer.subject": "Ma helin qof taageere ({reference})",
  "mail.noVolunteer.body":
    "Nasiib darro ma helin qof taageere ballanta {when} (codsiga {reference}).",
  "mail.noVolunteer.next":
    "Waan ka xunnahay. Waqti kasta waxaad samayn kartaa codsi cusub oo ballan kale ah.",
  "mail.found.subject": "Qof taageere ayaa la helay ({reference})",
  "mail.found.body":
    "War wanaagsan: qofka taageeraha ah {firstName} ayaa kula raaci doona ballanta. Kaligaa ma tihid.",
  "mail.found.when": "Waqtiga: {when}",
  "mail.found.where": "Meesha kulanka: {place}",
  "mail.found.firstMeeting":
    "Ballanta ka hor waxaad hal mar u kulmi doontaan si aad isu barataan: {when}, {place}",
  "mail.found.cancel":
    "Haddii ballanta la joojiyo, noogu sheeg linkigan, waxaanan u sheegi doonnaa qofka taageeraha ah.",
  "mail.clientReminder.subject": "Xusuusin: ballan berri ({reference})",
  "mail.clientReminder.body":
    "Qofka taageeraha ah {firstName} ayaa berri kula raaci doona. Waqtiga: {when}. Meesha kulanka: {place}.",
  "mail.action.training": "Ka jawaab martiqaadka",
  "mail.action.feedback": "Bixi fikirkaaga",
  "mail.action.gathering": "Ka jawaab martiqaadka",
  "mail.survey.action": "Ka jawaab sahanka",
  "mail.survey.anonymous":
    "Waxay qaadanaysaa wax ka yar hal daqiiqo. Qofna ma arki karo cidda jawaabtay, saamayn kumana yeelanayso adeegga.",
  "mail.survey.stop":
    "Haddii aadan rabin sahamin kale, waxaad sidaas ku sheegi kartaa bogga sahanka.",
  "mail.survey.before":
    "Ma ka jawaabi lahayd saddex su'aalood ballanta ka hor? Kadib waxaan weydiin doonnaa isla su'aalaha, si aan u ogaanno in taageeradu caawisay.",
  "mail.survey.before.action": "Jawaab ballanta ka hor",
  "mail.survey.clientAfter.subject": "Sidee bay ballantu u dhacday?",
  "mail.survey.clientAfter.body":
    "Waad ku mahadsan tahay isticmaalka adeegga qofka taageeraha ah. Ma noo sheegi lahayd sidii ay ballantu u dhacday?",
  "mail.survey.professionalAfter.subject":
    "Fikir ku saabsan la shaqaynta qofka taageeraha ah ({reference})",
  "mail.survey.professionalAfter.body":
    "Waxaad qof taageere u codsatay macmiilkaaga. Ma noo sheegi lahayd sidii ay wada-shaqayntu u dhacday iyo in qofka taageeraha ahi shaqadaada caawiyay?",
  "mail.survey.volunteerRound.subject": "Sidee bay ahayd inaad noqoto qof taageere?",
  "mail.survey.volunteerRound.body":
    "Sannadkii laba jeer waxaan weydiinnaa sida aad u dareemayso inaad qof taageere tahay iyo waxa ku caawin lahaa. Afar su'aalood.",
  "mail.survey.partnerRound.subject": "Sidee bay wada-shaqayntayadu u shaqaysay?",
  "mail.survey.partnerRound.body":
    "Sannadkii laba jeer waxaan weydiinnaa la-hawlgalayaashayada sida ay wada-shaqaynta adeegga qofka taageeraha ahi u shaqaysay.",
};
