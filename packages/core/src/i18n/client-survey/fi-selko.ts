/** Selkosuomi (plain Finnish), written after Selkokeskus's criteria. Needs review by a plain-language expert before use. */
import type { ClientSurveyWords } from "./keys.ts";

export const fiSelko: ClientSurveyWords = {
  scale: ["Ei yhtään", "Vähän", "Jonkin verran", "Paljon", "Todella paljon"],
  before: {
    safe: "Tuntuuko käynti sinusta turvalliselta?",
    confident: "Uskotko, että pärjäät käynnillä?",
    understand: "Uskotko, että ymmärrät, mitä käynnillä tapahtuu?",
  },
  after: {
    safe: "Oliko sinulla turvallinen olo käynnillä?",
    confident: "Pärjäsitkö käynnillä?",
    understand: "Ymmärsitkö, mitä käynnillä tapahtui?",
    smoother: "Menikö käynti paremmin kuin yleensä?",
    misunderstanding: "Ymmärsikö joku jotain väärin käynnillä?",
    again: "Haluatko tukihenkilön mukaan myös ensi kerralla?",
    open: "Haluatko kertoa vielä jotain?",
  },
};
