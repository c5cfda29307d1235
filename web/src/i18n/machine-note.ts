/**
 * The note on the client pages in the languages translated with machine assistance and not yet
 * reviewed by a native speaker; each in its own language. Loaded only when one of them is chosen.
 * When a language has been reviewed, remove it here.
 */
export const machineNotes = {
  uk: "Цю сторінку перекладено за допомогою машинного перекладу. Носій мови ще не перевірив переклад.",
  ru: "Эта страница переведена с помощью машинного перевода. Носитель языка ещё не проверил перевод.",
  ar: "تُرجمت هذه الصفحة بمساعدة الترجمة الآلية، ولم يراجعها بعدُ متحدثٌ أصلي للغة.",
  so: "Boggan waxaa lagu turjumay iyadoo la kaashanayo turjumaad mashiin. Qof afka ku hadla weli ma uusan hubin turjumaadda.",
} as const;

export type MachineTranslated = keyof typeof machineNotes;
