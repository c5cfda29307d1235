import { For, type Ref, Show } from "solid-js";
import { focusField } from "./focus.ts";
import { tr } from "./i18n.ts";

export type SummaryItem = { text: string; target?: string | undefined };

/**
 * GOV.UK error summary: a focusable box at the top listing every problem, each a link that
 * moves focus to its field; nothing while there are none. The form focuses it after a failed
 * submit.
 */
export function ErrorSummary(props: {
  items: SummaryItem[];
  ref?: Ref<HTMLDivElement>;
  /** For a page with more than one form. */
  id?: string;
}) {
  const id = () => props.id ?? "error-summary";
  return (
    <Show when={props.items.length > 0}>
      <div ref={props.ref} id={id()} class="error-summary" tabindex="-1">
        <h2 id={`${id()}-title`} class="error-summary__title">
          {tr("form.errorSummary")}
        </h2>
        <ul class="error-summary__list">
          <For each={props.items}>
            {(item) => (
              <li>
                <Show when={item.target} fallback={item.text}>
                  {(target) => (
                    <a
                      href={`#${target()}`}
                      onClick={(event) => {
                        event.preventDefault();
                        focusField(target());
                      }}
                    >
                      {item.text}
                    </a>
                  )}
                </Show>
              </li>
            )}
          </For>
        </ul>
      </div>
    </Show>
  );
}
