/** Arabic (العربية). Machine-assisted translation: needs review by a native speaker before use. */
import type { ClientSurveyWords } from "./keys.ts";

export const ar: ClientSurveyWords = {
  scale: ["لا، أبداً", "قليلاً", "إلى حد ما", "كثيراً", "كثيراً جداً"],
  before: {
    safe: "هل تشعر بالأمان للذهاب إلى الموعد؟",
    confident: "هل تشعر أنك ستتدبر أمرك في الموعد؟",
    understand: "هل تتوقع أن تفهم ما سيحدث؟",
  },
  after: {
    safe: "هل شعرت بالأمان في الموعد؟",
    confident: "هل تدبرت أمرك في الموعد؟",
    understand: "هل فهمت ما حدث؟",
    smoother: "هل سار الموعد بسهولة أكثر من المعتاد؟",
    misunderstanding: "هل حدث سوء فهم؟",
    again: "هل تريد أن يرافقك شخص داعم مرة أخرى؟",
    open: "هل تريد أن تخبرنا بشيء آخر؟",
  },
};
