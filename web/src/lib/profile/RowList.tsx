import { For, type JSX, Show } from "solid-js";

/**
 * Rows a person adds and removes (weekly times, away periods): a group with its hint, a box a
 * row with a remove button, and "add" under them. Ids: `<id>-hint`, `<id>-<n>-remove`,
 * `<id>-add`; the rows' own fields are `children`.
 */
export function RowList<T>(props: {
  id: string;
  legend: string;
  hint: string;
  /** Said while there are no rows. */
  none?: string;
  rows: T[];
  /** "Row 2", the row's legend (also what its remove button removes). */
  rowLabel: (n: number) => string;
  testId: string;
  addLabel: string;
  removeLabel: string;
  onAdd: () => void;
  onRemove: (index: number) => void;
  children: (row: T, index: () => number) => JSX.Element;
}) {
  return (
    <fieldset class="group" aria-describedby={`${props.id}-hint`}>
      <legend class="group__legend">{props.legend}</legend>
      <p id={`${props.id}-hint`} class="hint">
        {props.hint}
      </p>
      <Show when={props.none !== undefined && props.rows.length === 0}>
        <p class="muted">{props.none}</p>
      </Show>
      <For each={props.rows}>
        {(row, index) => (
          <fieldset class="row-group" data-testid={props.testId}>
            <legend>{props.rowLabel(index() + 1)}</legend>
            <div class="field-row">{props.children(row, index)}</div>
            <button
              type="button"
              id={`${props.id}-${index()}-remove`}
              class="button button--secondary button--small"
              onClick={() => props.onRemove(index())}
            >
              {props.removeLabel}
              <span class="visually-hidden"> {props.rowLabel(index() + 1)}</span>
            </button>
          </fieldset>
        )}
      </For>
      <button
        type="button"
        id={`${props.id}-add`}
        class="button button--secondary"
        onClick={() => props.onAdd()}
      >
        {props.addLabel}
      </button>
    </fieldset>
  );
}
