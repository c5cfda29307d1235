import { createSignal, For, type JSX, Show } from "solid-js";
import type { ApiResult } from "../lib/api.ts";
import { failureText, redirected } from "../lib/failure.ts";
import { focusSoon } from "../lib/focus.ts";
import { formatNumber } from "../lib/format.ts";
import { type MessageKey, tr } from "../lib/i18n.ts";
import type { Loader } from "../lib/load.ts";

/**
 * A list as a table: its caption, a header cell a column, and a row an item (`children` makes
 * the `<tr>`, its first cell a row header).
 */
export function DataTable<T>(props: {
  testId: string;
  caption: JSX.Element;
  /** The columns' headings. */
  columns: MessageKey[];
  rows: readonly T[];
  /** On a phone, each row as a card of "heading: value" lines (cells carry `data-label`). */
  stacked?: boolean;
  children: (row: T) => JSX.Element;
}) {
  return (
    <div class="table-wrap">
      <table
        class="data-table"
        classList={{ "data-table--stacked": props.stacked === true }}
        data-testid={props.testId}
      >
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <For each={props.columns}>{(column) => <th scope="col">{tr(column)}</th>}</For>
          </tr>
        </thead>
        <tbody>
          <For each={props.rows}>{(row) => props.children(row)}</For>
        </tbody>
      </table>
    </div>
  );
}

/** "Load more" under a list, while the API has more to give (`more` from createLoadMore). */
export function LoadMore(props: { id: string; label: string; more: LoadMoreState }) {
  return (
    <Show when={props.more.hasMore()}>
      <button
        type="button"
        id={props.id}
        class="button button--secondary"
        disabled={props.more.busy()}
        aria-busy={props.more.busy()}
        onClick={() => void props.more.load()}
      >
        {props.more.busy() ? tr("ui.loading") : props.label}
      </button>
    </Show>
  );
}

/**
 * Lists by status as tabs: each a link (the address holds the status), the current one marked,
 * with its count once known (`data-testid` `<testId>-<option>`).
 */
export function StatusTabs<T extends string>(props: {
  label: string;
  options: readonly T[];
  current: T;
  href: (option: T) => string;
  name: (option: T) => string;
  count: (option: T) => number | undefined;
  testId: string;
}) {
  return (
    <nav class="status-tabs" aria-label={props.label}>
      <ul>
        <For each={props.options}>
          {(option) => (
            <li>
              <a
                href={props.href(option)}
                data-testid={`${props.testId}-${option}`}
                aria-current={option === props.current ? "page" : undefined}
              >
                {props.name(option)}
                <Show when={props.count(option) !== undefined}>
                  {" "}
                  <span class="count">{formatNumber(props.count(option) ?? 0)}</span>
                </Show>
              </a>
            </li>
          )}
        </For>
      </ul>
    </nav>
  );
}

/**
 * "Load more" for a list the API pages through: fetches the next page after `cursor`, adds its
 * `items` to the list's, and moves focus to the first new row (`rows` selects the rows'
 * focusable cells). A failure is reported through `failed`; an answer that sent the user to sign
 * in, not at all.
 */
export function createLoadMore<
  K extends string,
  T extends { cursor?: string | undefined } & Record<K, readonly unknown[]>,
>(options: {
  list: Loader<T>;
  items: K;
  next: (cursor: string) => Promise<ApiResult<T>>;
  rows: string;
  loaded?: (list: T, added: T) => void;
  failed: (text: string) => void;
}) {
  const [busy, setBusy] = createSignal(false);
  async function load() {
    const current = options.list.data();
    if (!current?.cursor || busy()) return;
    setBusy(true);
    const shown = current[options.items].length;
    const result = await options.next(current.cursor);
    setBusy(false);
    if (!result.ok) {
      if (!redirected(result)) options.failed(failureText(result));
      return;
    }
    const added = result.data;
    const merged = {
      ...added,
      [options.items]: [...current[options.items], ...added[options.items]],
    };
    options.list.set(merged);
    options.loaded?.(merged, added);
    focusSoon(() => document.querySelectorAll<HTMLElement>(options.rows)[shown] ?? undefined);
  }
  return { busy, load, hasMore: () => Boolean(options.list.data()?.cursor) };
}

export type LoadMoreState = ReturnType<typeof createLoadMore>;
