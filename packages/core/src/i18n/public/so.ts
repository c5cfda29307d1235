/** Somali (af-Soomaali). Machine-assisted translation: needs review by a native speaker before use. */
import type { fi } from "./fi.ts";

export const so: Record<keyof typeof fi, string> = {
  "sector.disability": "Adeegyada dadka naafada ah",
  "sector.child_protection": "Ilaalinta carruurta",
  "sector.healthcare": "Daryeelka caafimaadka",
  "sector.immigration": "Adeegyada socdaalka iyo is-dhexgalka",
  "sector.housing_debt": "La-talinta guriga iyo deynta",
  "sector.employment": "Adeegyada shaqada iyo ganacsiga",
  "sector.legal_tax": "Arrimaha sharciga iyo canshuurta",
  "sector.everyday_errands": "Arrimaha maalinlaha ah (tusaale gaadiidka dadweynaha)",
  "sector.online_services": "Adeegyada internetka (foomam, ballamo)",
  "sector.other": "Wax kale",
  "error.required": "Tani way maqan tahay.",
  "error.periodOrder": "Bilowgu waa inuu ka horreeyaa dhammaadka.",
  "error.periodTooLong": "Dooro muddo aan ka badnayn toban sano.",
  "error.invalid": "Fadlan hubi tan.",
  "error.email": "U qor ciwaanka iimaylka sidan: name@example.org.",
  "error.phone": "Lambarka taleefanka ku qor tirooyin, tusaale 040 123 4567.",
  "error.contactRequired":
    "Na sii lambarkaaga taleefanka ama ciwaankaaga iimaylka si aan kuula soo xiriirno.",
  "error.tooLong": "Qoraalku aad buu u dheer yahay.",
  "error.date": "Taariikhda u qor sidan: dd.mm.yyyy (maalin.bil.sanad).",
  "error.dateInPast": "Taariikhdani way dhaaftay.",
  "error.dateTooFar": "Taariikhdani waxay ka fog tahay hal sano.",
  "error.time": "Waqtiga u qor sidan: hh:mm (saac:daqiiqo).",
  "error.duration": "Dooro muddo u dhexaysa 10 daqiiqo iyo 8 saacadood.",
  "error.languages": "Dooro ugu yaraan hal luqad.",
  "error.consent": "Waxaan u baahannahay oggolaanshahaaga si aan taageerada u diyaarinno.",
  "error.noticeChanged":
    "Ogeysiiska xogta gaarka ah wuu isbeddelay. Fadlan mar kale akhri oo xaqiiji oggolaanshahaaga.",
  "error.validation": "Meelaha qaar waa in la saxaa.",
  "error.tooLarge": "Waxa aad dirtay aad buu u weyn yahay.",
  "error.rateLimited":
    "Codsiyo badan ayaad dirtay waqti gaaban gudihiis. Fadlan isku day mar kale wax yar kadib.",
  "error.notFound": "Boggan lama helin.",
  "error.server":
    "Wax ayaa qaldamay. Waxa aad qortay waxba kama lumin. Fadlan isku day mar kale daqiiqad kadib.",
  "error.forbidden": "Uma lihid ogolaansho tan.",
  "error.tooMany": "Dooro ugu badnaan shan.",
  "error.firstMeetingDate":
    "Kulanka koowaad wuxuu noqon karaa ugu horrayn maanta, ugu dambayn maalinta ballanta.",
  "error.minutes": "Muddada ku qor daqiiqado (5–720).",
  "error.timeOrder": "Waqtiga dhammaadku waa inuu ka dambeeyaa waqtiga bilowga.",
  "error.dateOrder": "Maalinta ugu dambaysa waa inay ka dambaysaa maalinta koowaad.",
  "error.controlCharacters":
    "Ka saar qoraalka calaamadaha qarsoon (inta badan waxay la yimaadaan qoraal la koobiyeeyay).",
  "error.oneLine": "Tan ku qor hal sadar.",
  "error.retentionMonths": "Geli tiro bilo ah oo dhan.",
  "error.retentionTooShort": "Tani way ka gaaban tahay muddada ugu gaaban ee la oggol yahay.",
  "error.retentionTooLong":
    "Tani way ka dheer tahay muddada ugu dheer ee la oggol yahay (10 sano).",
  "error.url": "Ciwaanka bogga u qor sidan: https://example.fi.",
  "error.replyAddress":
    "Sii ciwaanka iimaylka ay jawaabaha u socdaan, ama dooro in fariimaha aan laga jawaabi karin.",
  "error.requesterRole": "Dooro inaad taageero u codsanayso naftaada ama qof kale.",
  "error.requesterName": "Qor magacaaga.",
  "error.clientName": "Qor magaca qofka u baahan taageerada.",
  "error.clientName.self": "Qor magacaaga.",
  "error.clientLanguages":
    "Dooro luqadaha uu qofku ku hadlo, ama luqadda ku qor meesha 'Luqad kale'.",
  "error.clientLanguages.self":
    "Dooro luqadaha aad ku hadasho, ama luqadda ku qor meesha 'Luqad kale'.",
  "error.mainLanguage": "Luqadaha la doortay, dooro midda uu qofku sida ugu fiican u yaqaan.",
  "error.mainLanguage.self": "Luqadaha la doortay, dooro midda aad sida ugu fiican u taqaan.",
  "error.finnishOrSwedish":
    "Noo sheeg sida uu qofku ugu fiican yahay af-Finnishka ama af-Iswiidhishka.",
  "error.finnishOrSwedish.self":
    "Noo sheeg sida aad ugu fiican tahay af-Finnishka ama af-Iswiidhishka.",
  "error.preferredContact": "Dooro inaan kuula soo xiriirno taleefan ama iimayl.",
  "error.sector": "Dooro waxa arrintu ku saabsan tahay.",
  "error.description": "Si kooban noogu sheeg waxa ballantu tahay.",
  "error.place": "Qor meesha kulanka, tusaale magaca xafiiska iyo ciwaankiisa.",
  "error.municipality": "Qor degmada ama magaalada ay ballantu ka dhacayso.",
  "error.dateMissing": "Dooro maalinta ballanta.",
  "error.timeMissing": "Qor goorta ay ballantu bilaabanayso, tusaale 09:30.",
  "error.durationMissing": "Dooro qiyaastii inta ay ballantu qaadanayso.",
  "error.preferredPhone":
    "Qor lambar taleefan, maadaama aad dooratay in lagula soo xiriiro taleefan.",
  "error.preferredEmail": "Qor ciwaan iimayl, maadaama aad dooratay in lagula soo xiriiro iimayl.",
  "error.sessions":
    "Koorsadu waxay leedahay tiro kulamo oo ka duwan qaabka tababarka. Kulan kasta sii maalin iyo meel.",
  "error.capacity": "Tirada boosaska ku qor tiro (1–5000).",
  "error.a11yWhat": "Noo sheeg waxa aan shaqayn ama ay adkayd in la isticmaalo.",
};
