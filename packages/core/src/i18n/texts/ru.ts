/** Russian (русский). Machine-assisted translation: needs review by a native speaker before use. */
import type { fi } from "./fi.ts";

export const ru: Record<keyof typeof fi, string> = {
  "request-received":
    "Мы получили запрос {reference}: поддержка {when}. Сообщим, когда найдём сопровождающего. Ответ STOP отключит SMS.",
  "support-found": "Сопровождающий {name} придёт {when}. Отменить: {link}",
  "client-reminder":
    "Напоминание: завтра {when} с вами пойдёт сопровождающий {name}. ({reference})",
  "request-cancelled": "Запрос {reference} отменён. Если нужна поддержка, отправьте новый запрос.",
  "request-no_volunteer":
    "К сожалению, мы не нашли сопровождающего по запросу {reference}. Вы можете нам позвонить.",
  "survey-after-client": "Как прошёл визит? Ответьте на 3 вопроса, это меньше минуты: {link}",
};
