/** Ukrainian (українська). Machine-assisted translation: needs review by a native speaker before use. */
import type { ClientSurveyWords } from "./keys.ts";

export const uk: ClientSurveyWords = {
  scale: ["Зовсім ні", "Трохи", "Частково", "Значною мірою", "Повністю"],
  before: {
    safe: "Чи почуваєтеся ви в безпеці, ідучи на візит?",
    confident: "Чи впевнені ви, що впораєтеся на візиті?",
    understand: "Чи думаєте ви, що зрозумієте, що відбуватиметься на візиті?",
  },
  after: {
    safe: "Чи почувалися ви в безпеці на візиті?",
    confident: "Чи впоралися ви на візиті?",
    understand: "Чи зрозуміли ви, що відбувалося на візиті?",
    smoother: "Чи пройшов візит легше, ніж зазвичай?",
    misunderstanding: "Чи були на візиті непорозуміння?",
    again: "Чи хотіли б ви знову мати супровідника?",
    open: "Чи хочете ви ще щось розповісти?",
  },
};
