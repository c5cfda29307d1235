/** Somali (af-Soomaali). Machine-assisted translation: needs review by a native speaker before use. */
import type { ClientLinkKey } from "./keys.ts";

export const so: Record<ClientLinkKey, string> = {
  "links.working": "Waa la dirayaa…",
  "links.invalid.title": "Linkigan ma shaqaynayo",
  "links.invalid.body":
    "Linkigan ma saxna. Hubi inaad ka furtay linkiga oo dhan iimaylka. Waxaad kaloo la xiriiri kartaa isku-duwaha.",
  "links.expired.title": "Linkigan wuu dhacay",
  "links.expired.body":
    "Linkigan hadda ma shaqeeyo. Haddii arrintu weli furan tahay, la xiriir isku-duwaha.",
  "links.noToken":
    "Koodhka linkiga ayaa ka maqan boggan. Mar kale ka fur linkiga iimaylka, si linkiga oo dhammi u furmo.",
  "links.visit.title": "Ballanta",
  "links.visit.who": "Yaa la socda",
  "links.visit.what": "Waxa ay ku saabsan tahay",
  "links.visit.where": "Halkee",
  "links.visit.when": "Goorma",
  "links.visit.whenValue": "{date} saacadda {time}",
  "links.visit.duration": "Muddada",
  "links.visit.languages": "Luqadaha macmiilka",
  "links.role.title": "Xusuuso doorka qofka taageeraha ah",
  "links.role.body":
    "Waxaad la joogtaa macmiilka, adigoo taageeraya oo caawinaya wada-hadalka. Ma tihid kaaliye shakhsi ah: ma bixiso daryeel ama caawimaad jireed.",
  "links.result.accepted.title": "Mahadsanid – ballantu adigay kuu taallaa",
  "links.result.accepted.body":
    "Waxaan u sheegaynaa macmiilka in qof taageere la helay. Waxaad heli doontaa xaqiijin iimayl ah, oo ay ku lifaaqan tahay ballan kalandar.",
  "links.result.alreadyAccepted.title": "Ballantu adigay kuu taallaa",
  "links.result.alreadyAccepted.body":
    "Kuwani waa faahfaahinta ballanta. Waad ku mahadsan tahay inaad raacdo!",
  "links.result.covered.title": "Qof kale ayaa qaatay – mahadsanid",
  "links.result.covered.body":
    "Qof taageere kale ayaa kaa horreeyay. Waxba uma baahnid inaad samayso. Waad ku mahadsan tahay diyaar u ahaanshaha caawinta!",
  "links.result.declined.title": "Waad ku mahadsan tahay jawaabtaada",
  "links.result.declined.body":
    "Waxaad sheegtay inaadan iman karin. Isku-duwaha ayaa raadin doona qof taageere kale. Wax kale uma baahnid inaad samayso.",
  "links.result.alreadyDeclined.title": "Horay ayaad u sheegtay inaadan iman karin",
  "links.result.alreadyDeclined.body":
    "Jawaabtaada waa la kaydiyay. Haddii xaaladdaadu isbeddeshay, la xiriir isku-duwaha.",
  "links.result.withdrawn.title": "Dalabkan waa la laabtay",
  "links.result.withdrawn.body":
    "Isku-duwaha ayaa dalabkan laabtay. Waxba uma baahnid inaad samayso.",
  "links.result.expired.title": "Waqtigii jawaabta wuu dhaafay",
  "links.result.expired.body":
    "Dalabkan hadda lagama jawaabi karo. Haddii aad weli rabto inaad caawiso, la xiriir isku-duwaha.",
  "links.details.title": "Faahfaahinta ballanta",
  "links.details.private":
    "Faahfaahintani waa qarsoodi. Ha la wadaagin dad kale hana meel kale ku kaydin.",
  "links.details.client": "Macmiilka",
  "links.details.clientPhone": "Taleefanka macmiilka",
  "links.details.clientEmail": "Iimaylka macmiilka",
  "links.details.requester": "Codsadaha",
  "links.details.requesterPhone": "Taleefanka codsadaha",
  "links.details.requesterEmail": "Iimaylka codsadaha",
  "links.details.organisation": "Hay'adda",
  "links.details.description": "Waxa ay ku saabsan tahay",
  "links.details.supportNeeds": "Waxa fiican inuu qofka taageeraha ahi ogaado",
  "links.details.firstMeeting": "Kulanka koowaad",
  "links.details.firstMeetingValue": "{date} saacadda {time}, {place}",
  "links.short.title": "Linkiga waa la furayaa…",
  "links.short.go": "Halkan ka sii wad haddii boggu furmi waayo",
  "links.cancel.title": "Jooji ballanta",
  "links.cancel.intro":
    "Boggan waxaad ku joojin kartaa ballanta. Furitaanka bogga waxba ma joojinayo.",
  "links.cancel.reference": "Lambarka tixraaca",
  "links.cancel.when": "Goorma",
  "links.cancel.volunteer": "Qofka taageeraha ah",
  "links.cancel.reason": "Ma jeclaan lahayd inaad noo sheegto sababta?",
  "links.cancel.reason.hint": "Tan waad ka tagi kartaa iyadoo bannaan.",
  "links.cancel.button": "Jooji ballanta",
  "links.cancel.done.title": "Ballanta waa la joojiyay",
  "links.cancel.done.volunteer":
    "Waxaan u sheegnay qofka taageeraha ah. Haddii aad hadhow taageero u baahato, waxaad samayn kartaa codsi cusub.",
  "links.cancel.done.noVolunteer":
    "Waad ku mahadsan tahay inaad noo sheegtay. Haddii aad hadhow taageero u baahato, waxaad samayn kartaa codsi cusub.",
  "links.cancel.already.title": "Ballanta horay ayaa loo joojiyay",
  "links.cancel.already.body": "Waxba uma baahnid inaad samayso.",
  "links.cancel.closed.title": "Ballanta hadda lama joojin karo",
  "links.cancel.closed.body":
    "Codsigani horay wuu u dhammaaday. Haddii aad su'aalo qabto, la xiriir isku-duwaha.",
  "links.newRequest": "Samee codsi cusub",
  "links.survey.title": "Sahan gaaban",
  "links.survey.intro":
    "Sahanku magac la'aan buu yahay, wuxuuna qaadanayaa wax ka yar hal daqiiqo.",
  "links.survey.optional": "Dhammaan su'aaluhu waa ikhtiyaari. Ka jawaab kuwa aad rabto.",
  "links.survey.closes": "Fadlan ka jawaab ka hor {when}.",
  "links.survey.once": "Hal mar oo keliya ayaad ka jawaabi kartaa.",
  "links.survey.yes": "Haa",
  "links.survey.no": "Maya",
  "links.survey.unsure": "Ma hubo",
  "links.survey.text.hint":
    "Fadlan ha qorin magacyo ama wax kale oo lagu garan karo adiga ama qof kale.",
  "links.survey.send": "Dir jawaabaha",
  "links.survey.nothing": "Ka jawaab ugu yaraan hal su'aal ka hor intaadan dirin.",
  "links.survey.sent.title": "Waad ku mahadsan tahay jawaabtaada!",
  "links.survey.sent.body": "Jawaabtaada waxaa loo kaydiyay magac la'aan. Waad xiri kartaa boggan.",
  "links.survey.used.title": "Linkigan horay ayaa loo isticmaalay",
  "links.survey.used.body":
    "Linkigan hal mar oo keliya ayaad ku jawaabi kartaa. Haddii aadan weli jawaabin, hubi inaad ka furtay linkiga oo dhan iimaylka.",
  "links.survey.closed.title": "Sahanku wuu xirmay",
  "links.survey.closed.body":
    "Sahankan hadda lagama jawaabi karo. Waad ku mahadsan tahay xiisahaaga!",
  "links.survey.stop.title": "Ma rabtid sahamin kale?",
  "links.survey.stop.body":
    "Waxaad joojin kartaa sahaminta ciwaankan iimaylka. Weli waad ka jawaabi kartaa sahankan.",
  "links.survey.stop.button": "Sahamin kale ma rabo",
  "links.survey.stop.confirm.title": "Ma la joojiyaa sahaminta?",
  "links.survey.stop.confirm.body": "Ciwaankan uma soo diri doonno sahamin kale.",
  "links.survey.stop.confirm": "Haa, jooji sahaminta",
  "links.survey.stopped": "Sahamin kale ma heli doontid.",
};
