import { For, type JSX, Show } from "solid-js";
import { tr } from "../lib/i18n.ts";

/**
 * A list as a table: its caption, a header cell a column, and a row an item (`children` makes
 * the `<tr>`, its first cell a row header).
 */
export function DataTable<T>(props: {
  testId: string;
  caption: JSX.Element;
  columns: string[];
  rows: readonly T[];
  children: (row: T) => JSX.Element;
}) {
  return (
    <div class="table-wrap">
      <table class="data-table" data-testid={props.testId}>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <For each={props.columns}>{(column) => <th scope="col">{column}</th>}</For>
          </tr>
        </thead>
        <tbody>
          <For each={props.rows}>{(row) => props.children(row)}</For>
        </tbody>
      </table>
    </div>
  );
}

/** "Load more" under a list, while the API has more to give. */
export function LoadMore(props: {
  id: string;
  label: string;
  when: unknown;
  busy: boolean;
  onClick: () => void;
}) {
  return (
    <Show when={props.when}>
      <button
        type="button"
        id={props.id}
        class="button button--secondary"
        disabled={props.busy}
        aria-busy={props.busy}
        onClick={() => props.onClick()}
      >
        {props.busy ? tr("ui.loading") : props.label}
      </button>
    </Show>
  );
}
