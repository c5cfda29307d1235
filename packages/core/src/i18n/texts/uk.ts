/** Ukrainian (українська). Machine-assisted translation: needs review by a native speaker before use. */
import type { fi } from "./fi.ts";

export const uk: Record<keyof typeof fi, string> = {
  "request-received":
    "Ми отримали запит {reference}: супровід {when}. Повідомимо, коли знайдемо супровідника. Відповідь STOP вимкне SMS.",
  "support-found": "Супровідник {name} прийде {when}. Скасувати: {link}",
  "client-reminder": "Нагадування: завтра {when} з вами піде супровідник {name}. ({reference})",
  "request-cancelled":
    "Запит {reference} скасовано. Якщо потрібна підтримка, надішліть новий запит.",
  "request-no_volunteer":
    "На жаль, ми не знайшли супровідника за запитом {reference}. Ви можете нам зателефонувати.",
  "survey-after-client":
    "Як пройшов візит? Дайте відповідь на 3 запитання, це менше хвилини: {link}",
};
