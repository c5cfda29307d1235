/** Russian (русский). Machine-assisted translation: needs review by a native speaker before use. */
import type { fi } from "./fi.ts";

export const ru: Record<keyof typeof fi, string> = {
  "ui.loading": "Загрузка…",
  "ui.tryAgain": "Попробовать ещё раз",
  "ui.working": "Обработка…",
  "ui.saving": "Сохранение…",
  "ui.back": "Назад",
  "ui.notGiven": "Не указано",
  "topic.role": "Введение в роль сопровождающего",
  "topic.serviceSystem": "Система услуг и Закон об административной процедуре",
  "topic.communication": "Общение и взаимодействие",
  "topic.practice": "Практические навыки и безопасность",
};
