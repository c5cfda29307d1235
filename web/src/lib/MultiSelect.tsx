import { createEffect, createMemo, createSignal, For, type JSX, Show } from "solid-js";
import { describedBy, ErrorMessage, Marker } from "./Field.tsx";
import { tr } from "./i18n.ts";
import "./multiselect.css";
import { focusAfterRemoval, type Move, matching, moveActive, toggled } from "./picker.ts";

/**
 * A searchable multi-select: the WAI-ARIA Authoring Practices' editable combobox with a
 * multi-selectable listbox. Typing filters the options; Down/Up move through them (Alt+Down
 * opens the list without moving), Enter chooses or un-chooses the active option, Space does so
 * once the arrows have moved to an option (before that it types a space, as language names
 * have spaces), Escape closes the list and then clears the text. A tap on the field or its
 * button opens the list, a tap on an option chooses it. What is chosen shows under the field as
 * buttons that remove it; each change is announced in a polite live region.
 *
 * Ids: the input `<id>`, options `<id>-option-<value>`, chosen items `<id>-chosen-<value>`.
 *
 * Our own rather than @kobalte/core's Combobox: measured in a Vite build with Solid 1.9, its
 * multiple combobox added 32.6 KB gzipped (4.1 → 36.7 KB), more than the whole form page's
 * budget (35 KB); this one is ~2.5 KB, its logic tested in picker.test.ts and its behaviour in
 * the request form's end-to-end tests (keyboard, touch, axe).
 */
export function MultiSelect<T extends string>(props: {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean;
  options: readonly T[];
  /** The option's name as shown. */
  optionLabel: (option: T) => string;
  /** More names typing may find it by (its own name in its language, a code). */
  searchNames?: (option: T) => readonly string[];
  /** Shown beside the name in the list, in `lang` (e.g. "Soomaali" beside "Somali"). */
  optionDetail?: (option: T) => { text: string; lang: string } | undefined;
  /** Names the list of chosen items ("Chosen languages"). */
  chosenLabel: string;
  /** Said when nothing matches the typed text. */
  noMatch: string;
  value: readonly T[];
  onChange: (value: T[]) => void;
}) {
  const [query, setQuery] = createSignal("");
  const [open, setOpen] = createSignal(false);
  const [active, setActive] = createSignal(-1);
  /** Whether the arrows moved to the active option (then Space chooses it). */
  const [navigated, setNavigated] = createSignal(false);
  const [said, setSaid] = createSignal("");
  let input: HTMLInputElement | undefined;
  let listbox: HTMLDivElement | undefined;

  const names = (option: T) => [props.optionLabel(option), ...(props.searchNames?.(option) ?? [])];
  const shown = createMemo(() => matching(props.options, query(), names));
  const optionId = (option: T) => `${props.id}-option-${option}`;
  const chosenId = (option: T) => `${props.id}-chosen-${option}`;
  const activeOption = () => (open() ? shown()[active()] : undefined);
  const listed = () => open() && shown().length > 0;

  createEffect(() => {
    const option = activeOption();
    if (option === undefined || !listbox) return;
    document.getElementById(optionId(option))?.scrollIntoView?.({ block: "nearest" });
  });

  const show = (move?: Move) => {
    setOpen(true);
    if (move) {
      setActive((current) => moveActive(current, move, shown().length));
      setNavigated(true);
    }
  };
  const hide = () => {
    setOpen(false);
    setActive(-1);
    setNavigated(false);
  };

  const choose = (option: T) => {
    const adding = !props.value.includes(option);
    const next = toggled(props.options, props.value, option);
    props.onChange(next);
    setSaid(
      `${tr(adding ? "picker.added" : "picker.removed", { name: props.optionLabel(option) })} ${tr(
        "picker.count",
        { count: next.length },
      )}`,
    );
    if (query() !== "") {
      setQuery("");
      setActive(props.options.indexOf(option));
    }
  };

  const remove = (option: T) => {
    const focusNext = focusAfterRemoval(props.value, option);
    choose(option);
    queueMicrotask(() =>
      (focusNext === undefined ? input : document.getElementById(chosenId(focusNext)))?.focus(),
    );
  };

  const onKeyDown: JSX.EventHandler<HTMLInputElement, KeyboardEvent> = (event) => {
    const key = event.key;
    if (key === "ArrowDown" || key === "ArrowUp") {
      event.preventDefault();
      if (!open() && event.altKey) return show();
      if (!open()) return show(key === "ArrowDown" ? "first" : "last");
      return show(key === "ArrowDown" ? "next" : "previous");
    }
    const option = activeOption();
    if (key === "Enter" && open()) {
      event.preventDefault();
      if (option !== undefined) choose(option);
    } else if (key === " " && option !== undefined && navigated()) {
      event.preventDefault();
      choose(option);
    } else if (key === "Escape" && (open() || query() !== "")) {
      event.preventDefault();
      if (open()) hide();
      else setQuery("");
    }
  };

  const onInput: JSX.EventHandler<HTMLInputElement, InputEvent> = (event) => {
    setQuery(event.currentTarget.value);
    setSaid("");
    setOpen(true);
    setNavigated(false);
    setActive(shown().length > 0 && query().trim() !== "" ? 0 : -1);
  };

  /** Keeps focus in the field when the list or the button is pressed (a tap included). */
  const keepFocus = (event: MouseEvent) => event.preventDefault();

  const nothingFound = () => open() && query().trim() !== "" && shown().length === 0;

  return (
    <div class="field multiselect" classList={{ "field--error": !!props.error }}>
      <label class="label" id={`${props.id}-label`} for={props.id}>
        {props.label}
        <Marker required={props.required} />
      </label>
      <Show when={props.hint}>
        <p id={`${props.id}-hint`} class="hint">
          {props.hint}
        </p>
      </Show>
      <ErrorMessage id={`${props.id}-error`} text={props.error} />
      <div class="multiselect__control">
        <input
          ref={input}
          id={props.id}
          type="text"
          role="combobox"
          autocomplete="off"
          autocapitalize="off"
          spellcheck={false}
          aria-autocomplete="list"
          aria-expanded={listed() ? "true" : "false"}
          aria-controls={`${props.id}-listbox`}
          aria-activedescendant={(() => {
            const option = activeOption();
            return option === undefined ? undefined : optionId(option);
          })()}
          aria-describedby={describedBy({
            id: props.id,
            hint: props.hint,
            error: props.error,
            describedBy: props.value.length > 0 ? `${props.id}-summary` : undefined,
          })}
          aria-invalid={props.error ? "true" : undefined}
          aria-required={props.required ? "true" : undefined}
          value={query()}
          onInput={onInput}
          onKeyDown={onKeyDown}
          onClick={() => (open() ? hide() : show())}
          onBlur={hide}
        />
        <button
          type="button"
          class="multiselect__toggle"
          tabindex="-1"
          aria-label={tr("picker.showList")}
          aria-expanded={listed() ? "true" : "false"}
          aria-controls={`${props.id}-listbox`}
          onMouseDown={keepFocus}
          onClick={() => {
            input?.focus();
            if (open()) hide();
            else show();
          }}
        >
          <span aria-hidden="true" class="multiselect__chevron" />
        </button>
      </div>
      <div
        ref={listbox}
        id={`${props.id}-listbox`}
        role="listbox"
        aria-multiselectable="true"
        aria-labelledby={`${props.id}-label`}
        class="multiselect__list"
        hidden={!listed()}
        onMouseDown={keepFocus}
      >
        <For each={shown()}>
          {(option, index) => {
            const detail = () => props.optionDetail?.(option);
            return (
              // biome-ignore lint/a11y/useFocusableInteractive: focus stays in the combobox, which points at the active option (aria-activedescendant)
              // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox's keys (arrows, Enter, Space) choose options; a click is for pointers and touch
              <div
                id={optionId(option)}
                role="option"
                aria-selected={props.value.includes(option) ? "true" : "false"}
                class="multiselect__option"
                classList={{ "multiselect__option--active": activeOption() === option }}
                onClick={() => {
                  setActive(index());
                  choose(option);
                }}
              >
                <span class="multiselect__name">{props.optionLabel(option)}</span>
                <Show when={detail()}>
                  {(d) => (
                    <span class="multiselect__detail" lang={d().lang} dir="auto">
                      {d().text}
                    </span>
                  )}
                </Show>
              </div>
            );
          }}
        </For>
      </div>
      <Show when={nothingFound()}>
        <p class="multiselect__empty">{props.noMatch}</p>
      </Show>
      <Show when={props.value.length > 0}>
        <span id={`${props.id}-summary`} class="visually-hidden">
          {tr("picker.chosen", { names: props.value.map(props.optionLabel).join(", ") })}
        </span>
        <ul id={`${props.id}-chosen`} class="multiselect__chosen" aria-label={props.chosenLabel}>
          <For each={props.value}>
            {(option) => (
              <li>
                <button
                  type="button"
                  id={chosenId(option)}
                  class="multiselect__chip"
                  onClick={() => remove(option)}
                >
                  <span class="visually-hidden">{tr("picker.remove")} </span>
                  {props.optionLabel(option)}
                  <span aria-hidden="true" class="multiselect__x">
                    ×
                  </span>
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <p class="visually-hidden" role="status">
        {nothingFound() ? props.noMatch : said()}
      </p>
    </div>
  );
}
