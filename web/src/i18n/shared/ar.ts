/** Arabic (العربية). Machine-assisted translation: needs review by a native speaker before use. */
import type { fi } from "./fi.ts";

export const ar: Record<keyof typeof fi, string> = {
  "ui.loading": "جارٍ التحميل…",
  "ui.tryAgain": "حاول مرة أخرى",
  "ui.working": "جارٍ العمل…",
  "ui.saving": "جارٍ الحفظ…",
  "ui.back": "رجوع",
  "ui.notGiven": "غير مذكور",
  "topic.role": "مقدمة عن دور المرافق",
  "topic.serviceSystem": "نظام الخدمات وقانون الإجراءات الإدارية",
  "topic.communication": "التواصل والتفاعل",
  "topic.practice": "التدريب العملي والسلامة",
};
