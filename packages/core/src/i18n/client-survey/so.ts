/** Somali (af-Soomaali). Machine-assisted translation: needs review by a native speaker before use. */
import type { ClientSurveyWords } from "./keys.ts";

export const so: ClientSurveyWords = {
  scale: ["Haba yaraatee", "Wax yar", "Dhexdhexaad", "Aad u badan", "Aad iyo aad u badan"],
  before: {
    safe: "Ma dareemaysaa ammaan inaad aaddo ballanta?",
    confident: "Ma u malaynaysaa inaad ballanta ku guulaysan doonto?",
    understand: "Ma u malaynaysaa inaad fahmi doonto waxa dhacaya?",
  },
  after: {
    safe: "Ma dareentay ammaan ballanta?",
    confident: "Ma ku guulaysatay ballanta?",
    understand: "Ma fahantay waxa dhacay?",
    smoother: "Ballantu ma ka fududayd sida caadiga ah?",
    misunderstanding: "Ma jireen wax si khaldan loo fahmay?",
    again: "Ma doonaysaa mar kale qof taageere ah inuu ku raaco?",
    open: "Ma jiraan wax kale oo aad rabto inaad noo sheegto?",
  },
};
