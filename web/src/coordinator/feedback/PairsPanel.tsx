import { For, Show } from "solid-js";
import { formatNumber } from "../../lib/format.ts";
import { locale, tr } from "../../lib/i18n.ts";
import { formatChange, formatMean } from "./feedback.ts";
import type { Results } from "./types.ts";

/**
 * The same clients before and after their visit: per question the pairs, the two averages and
 * the change. Shown only from five pairs, like any group; until then, how many there are.
 */
export function PairsPanel(props: { pairs: Results["pairs"] }) {
  return (
    <section aria-labelledby="feedback-pairs-title" data-testid="feedback-pairs">
      <h2 id="feedback-pairs-title">{tr("feedback.pairs.title")}</h2>
      <p>{tr("feedback.pairs.lead")}</p>
      <Show
        when={props.pairs.questions}
        fallback={
          <p data-testid="feedback-pairs-hidden">
            {tr("feedback.pairs.hidden", { count: formatNumber(props.pairs.pairs) })}
          </p>
        }
      >
        {(questions) => (
          <Show when={questions().length > 0} fallback={<p>{tr("feedback.pairs.none")}</p>}>
            <div class="table-wrap">
              <table class="data-table feedback-table" data-testid="feedback-pairs-table">
                <caption>
                  {tr("feedback.pairs.caption", { count: formatNumber(props.pairs.pairs) })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{tr("feedback.pairs.question")}</th>
                    <th scope="col">{tr("feedback.pairs.pairs")}</th>
                    <th scope="col">{tr("feedback.pairs.before")}</th>
                    <th scope="col">{tr("feedback.pairs.after")}</th>
                    <th scope="col">{tr("feedback.pairs.change")}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={questions()}>
                    {(q) => (
                      <tr data-testid="feedback-pair" data-question={q.id}>
                        <th scope="row">{q.text[locale()]}</th>
                        <td class="feedback-table__count">{formatNumber(q.pairs)}</td>
                        <td class="feedback-table__count">{formatMean(q.before, locale())}</td>
                        <td class="feedback-table__count">{formatMean(q.after, locale())}</td>
                        <td class="feedback-table__count" data-testid="feedback-pair-change">
                          {formatChange(q.change, locale())}
                        </td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </div>
          </Show>
        )}
      </Show>
    </section>
  );
}
