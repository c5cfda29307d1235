import type { Audience, Content } from "./questionnaire.ts";

/**
 * Version 1 of every questionnaire: short, in plain language, answerable on a phone in under a
 * minute. An association's own versions are stored next to these (`Questionnaires.save`);
 * these stay as version 1 so the first answers can always be read.
 */

const agree = {
  fi: ["Ei yhtään", "Vähän", "Jonkin verran", "Paljon", "Todella paljon"],
  sv: ["Inte alls", "Lite", "En del", "Mycket", "Väldigt mycket"],
  en: ["Not at all", "A little", "Somewhat", "A lot", "Very much"],
};

/** The same three ids before and after, so a pair can be compared question by question. */
const clientBefore: Content = {
  scale: agree,
  questions: [
    {
      id: "safe",
      kind: "scale",
      text: {
        fi: "Tuntuuko sinusta turvalliselta mennä asiointiin?",
        sv: "Känns det tryggt för dig att gå till besöket?",
        en: "Do you feel safe about going to the appointment?",
      },
    },
    {
      id: "confident",
      kind: "scale",
      text: {
        fi: "Uskotko, että pärjäät asioinnissa?",
        sv: "Tror du att det kommer att gå bra för dig?",
        en: "Do you feel you can manage the appointment?",
      },
    },
    {
      id: "understand",
      kind: "scale",
      text: {
        fi: "Uskotko ymmärtäväsi, mitä asioinnissa tapahtuu?",
        sv: "Tror du att du förstår vad som händer vid besöket?",
        en: "Do you expect to understand what happens?",
      },
    },
  ],
};

const clientAfter: Content = {
  scale: agree,
  questions: [
    {
      id: "safe",
      kind: "scale",
      text: {
        fi: "Tuntuiko sinusta turvalliselta asioinnissa?",
        sv: "Kändes det tryggt för dig vid besöket?",
        en: "Did you feel safe at the appointment?",
      },
    },
    {
      id: "confident",
      kind: "scale",
      text: {
        fi: "Pärjäsitkö asioinnissa?",
        sv: "Gick det bra för dig vid besöket?",
        en: "Did you manage the appointment?",
      },
    },
    {
      id: "understand",
      kind: "scale",
      text: {
        fi: "Ymmärsitkö, mitä asioinnissa tapahtui?",
        sv: "Förstod du vad som hände vid besöket?",
        en: "Did you understand what happened?",
      },
    },
    {
      id: "smoother",
      kind: "yesno",
      text: {
        fi: "Sujuiko asiointi paremmin kuin yleensä?",
        sv: "Gick besöket smidigare än vanligt?",
        en: "Did it go more smoothly than such appointments usually do?",
      },
    },
    {
      id: "misunderstanding",
      kind: "yesno",
      text: {
        fi: "Tuliko asioinnissa väärinkäsityksiä?",
        sv: "Blev det några missförstånd?",
        en: "Were there misunderstandings?",
      },
    },
    {
      id: "again",
      kind: "yesno",
      text: {
        fi: "Haluaisitko tukihenkilön mukaan uudelleen?",
        sv: "Vill du ha en stödperson med dig igen?",
        en: "Would you use a support person again?",
      },
    },
    {
      id: "open",
      kind: "text",
      text: {
        fi: "Haluatko kertoa vielä jotain?",
        sv: "Vill du berätta något mer?",
        en: "Is there anything else you want to tell us?",
      },
    },
  ],
};

const meaningful = {
  id: "meaningful",
  kind: "scale",
  text: {
    fi: "Tuntuiko tämä asiointikäynti merkitykselliseltä?",
    sv: "Kändes det här besöket meningsfullt?",
    en: "Did this visit feel meaningful?",
  },
} as const;

const volunteerVisit: Content = { scale: agree, questions: [meaningful] };

const volunteerRound: Content = {
  scale: agree,
  questions: [
    {
      id: "meaningful",
      kind: "scale",
      text: {
        fi: "Onko tukihenkilönä toimiminen tuntunut merkitykselliseltä?",
        sv: "Har det känts meningsfullt att vara stödperson?",
        en: "Has being a support person felt meaningful?",
      },
    },
    {
      id: "motivated",
      kind: "scale",
      text: {
        fi: "Haluatko jatkaa tukihenkilönä?",
        sv: "Vill du fortsätta som stödperson?",
        en: "Do you want to go on as a support person?",
      },
    },
    {
      id: "supported",
      kind: "scale",
      text: {
        fi: "Oletko saanut tukea koordinaattorilta?",
        sv: "Har du fått stöd av koordinatorn?",
        en: "Have you had support from the coordinator?",
      },
    },
    {
      id: "help",
      kind: "text",
      text: {
        fi: "Mikä auttaisi sinua tehtävässäsi?",
        sv: "Vad skulle hjälpa dig i uppdraget?",
        en: "What would help you in the role?",
      },
    },
  ],
};

const cooperation = {
  id: "cooperation",
  kind: "scale",
  text: {
    fi: "Sujuiko yhteistyö tukihenkilön kanssa?",
    sv: "Fungerade samarbetet med stödpersonen?",
    en: "Did the cooperation with the support person work well?",
  },
} as const;
const trust = {
  id: "trust",
  kind: "scale",
  text: {
    fi: "Lisäsikö tukihenkilö luottamusta asiakkaan ja sinun välillä?",
    sv: "Ökade stödpersonen förtroendet mellan klienten och dig?",
    en: "Did the support person build trust between the client and you?",
  },
} as const;
const helpedWork = {
  id: "helpedWork",
  kind: "scale",
  text: {
    fi: "Auttoiko tukihenkilö sinua työssäsi?",
    sv: "Hjälpte stödpersonen dig i ditt arbete?",
    en: "Did the support person help your work?",
  },
} as const;

const professionalAfter: Content = {
  scale: agree,
  questions: [
    cooperation,
    trust,
    helpedWork,
    {
      id: "open",
      kind: "text",
      text: {
        fi: "Mitä muuta haluat kertoa?",
        sv: "Vad mer vill du berätta?",
        en: "What else would you like to tell us?",
      },
    },
  ],
};

const partnerRound: Content = {
  scale: agree,
  questions: [
    {
      ...cooperation,
      text: {
        fi: "Onko yhteistyö kanssamme sujunut tänä puolivuotena?",
        sv: "Har samarbetet med oss fungerat det här halvåret?",
        en: "Has our cooperation worked well this half-year?",
      },
    },
    trust,
    helpedWork,
    {
      id: "improve",
      kind: "text",
      text: {
        fi: "Mitä meidän pitäisi tehdä toisin?",
        sv: "Vad borde vi göra annorlunda?",
        en: "What should we do differently?",
      },
    },
  ],
};

export const defaults: Record<Audience, Content> = {
  "client-before": clientBefore,
  "client-after": clientAfter,
  "volunteer-visit": volunteerVisit,
  "volunteer-round": volunteerRound,
  "professional-after": professionalAfter,
  "partner-round": partnerRound,
};
