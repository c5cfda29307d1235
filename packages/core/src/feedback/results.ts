import { type Content, SCALE, type Values, YESNO } from "./questionnaire.ts";
import { MIN_CELL, type Shown, suppress } from "./suppression.ts";

/**
 * Answers counted for coordinators, pure: nothing here knows who answered. A question's answers
 * are a table — its choices down, the two half-years of the year across — shown through
 * `suppress`; a mean only from `MIN_CELL` answers; a question's free texts only from that many
 * texts.
 */

export interface Counted {
  /** The Helsinki month it was given (YYYY-MM): never the day, so it can't be lined up with a visit. */
  month: string;
  values: Values;
  pairCode?: string;
}

export const halves = ["H1", "H2"] as const;
const halfOf = (month: string) => (month.slice(5) < "07" ? 0 : 1);

export type QuestionResult =
  | {
      id: string;
      kind: "scale" | "yesno";
      choices: (string | number)[];
      answered: number;
      table: Shown;
      mean: number | null;
    }
  | { id: string; kind: "text"; answered: number; texts: string[] | null };

const mean = (numbers: number[]) =>
  numbers.length >= MIN_CELL ? round(numbers.reduce((s, n) => s + n, 0) / numbers.length) : null;
const round = (n: number) => Math.round(n * 100) / 100;

export function tally(questionnaire: Pick<Content, "questions">, answers: readonly Counted[]) {
  return questionnaire.questions.map((q): QuestionResult => {
    const given = answers.flatMap((a) =>
      a.values[q.id] === undefined ? [] : [{ month: a.month, value: a.values[q.id] }],
    );
    if (q.kind === "text") {
      const texts = given.map((g) => g.value).filter((v): v is string => typeof v === "string");
      return {
        id: q.id,
        kind: "text",
        answered: texts.length,
        // Only from five texts to the question; sorted, so the order says nothing of when or who.
        texts: texts.length >= MIN_CELL ? [...texts].sort() : null,
      };
    }
    const choices: (string | number)[] = q.kind === "scale" ? [...SCALE] : [...YESNO];
    const cells = choices.map((choice) =>
      halves.map((_, h) => given.filter((g) => g.value === choice && halfOf(g.month) === h).length),
    );
    const numbers = given.map((g) => g.value).filter((v): v is number => typeof v === "number");
    return {
      id: q.id,
      kind: q.kind,
      choices,
      answered: cells.flat().reduce((s, n) => s + n, 0),
      table: suppress(cells),
      mean: q.kind === "scale" ? mean(numbers) : null,
    };
  });
}

export interface PairChange {
  id: string;
  pairs: number;
  before: number;
  after: number;
  change: number;
  /** Better, the same, worse: suppressed like any table. */
  direction: Shown;
}

/**
 * Before and after of the same person's visit, matched by the random code both links carried:
 * for each scale question both answered, the mean before, the mean after and the change. Shown
 * only from `MIN_CELL` pairs, like any group.
 */
export function pairChanges(
  questionIds: readonly string[],
  before: readonly Counted[],
  after: readonly Counted[],
): { pairs: number; questions: PairChange[] | null } {
  const first = new Map<string, Counted>();
  for (const b of before) if (b.pairCode && !first.has(b.pairCode)) first.set(b.pairCode, b);
  const matched = after.flatMap((a) => {
    const b = a.pairCode ? first.get(a.pairCode) : undefined;
    return b ? [{ b, a }] : [];
  });
  if (matched.length < MIN_CELL) return { pairs: matched.length, questions: null };
  const questions = questionIds.flatMap((id): PairChange[] => {
    const both = matched.flatMap(({ b, a }) =>
      typeof b.values[id] === "number" && typeof a.values[id] === "number"
        ? [{ b: b.values[id] as number, a: a.values[id] as number }]
        : [],
    );
    if (both.length < MIN_CELL) return [];
    const before = both.reduce((s, p) => s + p.b, 0) / both.length;
    const after = both.reduce((s, p) => s + p.a, 0) / both.length;
    return [
      {
        id,
        pairs: both.length,
        before: round(before),
        after: round(after),
        change: round(after - before),
        direction: suppress([
          [both.filter((p) => p.a > p.b).length],
          [both.filter((p) => p.a === p.b).length],
          [both.filter((p) => p.a < p.b).length],
        ]),
      },
    ];
  });
  return { pairs: matched.length, questions };
}
