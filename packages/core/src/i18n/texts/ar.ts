/** Arabic (العربية). Machine-assisted translation: needs review by a native speaker before use. */
import type { fi } from "./fi.ts";

export const ar: Record<keyof typeof fi, string> = {
  "request-received":
    "استلمنا طلبك {reference}: دعم {when}. سنخبرك عندما نجد شخصاً داعماً. لإيقاف الرسائل أرسل STOP.",
  "support-found": "وجدنا داعماً. {name} يرافقك {when}. للإلغاء: {link}",
  "client-reminder": "تذكير: غداً {when} يرافقك الشخص الداعم {name}. ({reference})",
  "request-cancelled": "أُلغي الطلب {reference}. إذا احتجت إلى دعم، قدّم طلباً جديداً.",
  "request-no_volunteer": "للأسف لم نجد شخصاً داعماً للطلب {reference}. يمكنك الاتصال بنا.",
  "survey-after-client": "كيف جرى الموعد؟ أجب عن 3 أسئلة، أقل من دقيقة: {link}",
};
