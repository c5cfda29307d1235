/** Ukrainian (українська). Machine-assisted translation: needs review by a native speaker before use. */
import type { fi } from "./fi.ts";

export const uk: Record<keyof typeof fi, string> = {
  "ui.loading": "Завантаження…",
  "ui.tryAgain": "Спробувати ще раз",
  "ui.working": "Обробка…",
  "ui.saving": "Збереження…",
  "ui.back": "Назад",
  "ui.notGiven": "Не вказано",
  "topic.role": "Вступ до ролі супровідника",
  "topic.serviceSystem": "Система послуг і Закон про адміністративну процедуру",
  "topic.communication": "Спілкування та взаємодія",
  "topic.practice": "Практичні навички та безпека",
};
