/** Russian (русский). Machine-assisted translation: needs review by a native speaker before use. */
import type { ClientSurveyWords } from "./keys.ts";

export const ru: ClientSurveyWords = {
  scale: ["Совсем нет", "Немного", "Отчасти", "В значительной мере", "Полностью"],
  before: {
    safe: "Чувствуете ли вы себя в безопасности, идя на визит?",
    confident: "Уверены ли вы, что справитесь на визите?",
    understand: "Думаете ли вы, что поймёте, что будет происходить на визите?",
  },
  after: {
    safe: "Чувствовали ли вы себя в безопасности на визите?",
    confident: "Справились ли вы на визите?",
    understand: "Поняли ли вы, что происходило на визите?",
    smoother: "Прошёл ли визит легче, чем обычно?",
    misunderstanding: "Были ли на визите недоразумения?",
    again: "Хотели бы вы снова взять с собой сопровождающего?",
    open: "Хотите ли вы ещё что-нибудь рассказать?",
  },
};
