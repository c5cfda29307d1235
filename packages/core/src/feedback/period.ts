import { queryEvery } from "../db/store.ts";
import type { Locale } from "../i18n/locale.ts";
import { current } from "./feedback.ts";
import { type Audience, audiences } from "./questionnaire.ts";
import { pairChanges } from "./results.ts";
import { Answers, type StoredAnswer } from "./store.ts";

/**
 * Feedback over a run of months, for the reports: per audience how many answered and each scale
 * question's mean (the report hides it under five); the clients' before and after pairs. Reads
 * the answers of the years the period touches, never anything about a person.
 */
export async function inPeriod(from: string, to: string, locale: Locale) {
  const years = Array.from(
    { length: Number(to.slice(0, 4)) - Number(from.slice(0, 4)) + 1 },
    (_, i) => Number(from.slice(0, 4)) + i,
  );
  const read = async (audience: Audience) => {
    const all = await Promise.all(
      years.map((year) =>
        queryEvery({ partition: `feedback#${audience}#${year}`, range: { beginsWith: "answer#" } }),
      ),
    );
    return all
      .flat()
      .map(Answers.read)
      .filter((a) => a.month >= from && a.month <= to);
  };
  const answers = new Map<Audience, StoredAnswer[]>(
    await Promise.all(audiences.map(async (a) => [a, await read(a)] as const)),
  );
  // The words of the questions only where someone answered.
  const answered = audiences.filter((a) => (answers.get(a) ?? []).length > 0);
  const questionnaires = new Map(
    await Promise.all(answered.map(async (a) => [a, await current(a)] as const)),
  );
  const of = (a: Audience) => answers.get(a) ?? [];
  const textOf = (a: Audience, id: string) =>
    questionnaires.get(a)?.questions.find((q) => q.id === id)?.text[locale] ?? id;
  const scaleIds = (a: Audience) =>
    (questionnaires.get(a)?.questions ?? []).filter((q) => q.kind === "scale").map((q) => q.id);
  const pairs = pairChanges(scaleIds("client-before"), of("client-before"), of("client-after"));
  return {
    audiences: audiences.map((audience) => ({
      audience,
      answered: of(audience).length,
      questions: scaleIds(audience).map((id) => {
        const numbers = of(audience)
          .map((a) => a.values[id])
          .filter((v): v is number => typeof v === "number");
        const mean = numbers.length ? numbers.reduce((s, n) => s + n, 0) / numbers.length : null;
        return {
          id,
          text: textOf(audience, id),
          n: numbers.length,
          mean: mean === null ? null : Math.round(mean * 100) / 100,
        };
      }),
    })),
    pairs: {
      pairs: pairs.pairs,
      questions:
        pairs.questions?.map((q) => ({
          id: q.id,
          text: textOf("client-before", q.id),
          pairs: q.pairs,
          before: q.before,
          after: q.after,
        })) ?? null,
    },
  };
}
