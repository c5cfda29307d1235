import { For, Show } from "solid-js";
import { formatNumber } from "../../lib/format.ts";
import { type MessageKey, tr } from "../../lib/i18n.ts";
import type { Shown } from "./types.ts";

/** A count, or the word for a hidden one (the legend under the tables says why). */
export function Count(props: { value: number | null }) {
  return (
    <Show
      when={props.value !== null}
      fallback={<span class="feedback-hidden">{tr("feedback.hidden")}</span>}
    >
      {formatNumber(props.value ?? 0)}
    </Show>
  );
}

/**
 * A question's answers as a table: the choices down, the two halves of the year and the total
 * across, the column totals in the footer. Hidden cells say so in words. Four narrow columns
 * fit a phone's width; the wrapper scrolls should a language's words need more.
 */
export function CountTable(props: {
  id: string;
  caption: string;
  halves: readonly ("H1" | "H2")[];
  rows: string[];
  table: Shown;
}) {
  const half = (h: "H1" | "H2"): MessageKey => `feedback.half.${h}`;
  return (
    <div class="table-wrap">
      <table class="data-table feedback-table" data-testid={props.id}>
        <caption class="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{tr("feedback.answer")}</th>
            <For each={props.halves}>{(h) => <th scope="col">{tr(half(h))}</th>}</For>
            <th scope="col">{tr("feedback.total")}</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.rows}>
            {(row, i) => (
              <tr>
                <th scope="row">{row}</th>
                <For each={props.table.cells[i()] ?? []}>
                  {(cell) => (
                    <td class="feedback-table__count">
                      <Count value={cell} />
                    </td>
                  )}
                </For>
                <td class="feedback-table__count">
                  <Count value={props.table.rowTotals[i()] ?? null} />
                </td>
              </tr>
            )}
          </For>
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{tr("feedback.total")}</th>
            <For each={props.table.columnTotals}>
              {(cell) => (
                <td class="feedback-table__count">
                  <Count value={cell} />
                </td>
              )}
            </For>
            <td class="feedback-table__count">
              <Count value={props.table.total} />
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
