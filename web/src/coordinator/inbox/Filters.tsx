import { For } from "solid-js";
import { tr } from "../../lib/i18n.ts";
import { StatusTabs } from "../table.tsx";
import type { InboxPage } from "../types.ts";
import {
  type InboxFilters,
  inboxHref,
  narrowed,
  type Owner,
  ownerName,
  owners,
  type View,
  viewName,
  views,
} from "./filters.ts";

/** One filter as a row of links, the chosen one marked (the address holds the choice). */
function FilterLinks<T extends string>(props: {
  id: string;
  label: string;
  options: readonly T[];
  current: T;
  href: (option: T) => string;
  name: (option: T) => string;
}) {
  return (
    <div class="filter-links">
      <span id={`${props.id}-label`} class="filter-links__label">
        {props.label}
      </span>
      <ul aria-labelledby={`${props.id}-label`}>
        <For each={props.options}>
          {(option) => (
            <li>
              <a
                href={props.href(option)}
                class="filter-links__link"
                data-testid={`${props.id}-${option}`}
                aria-current={option === props.current ? "true" : undefined}
              >
                {props.name(option)}
              </a>
            </li>
          )}
        </For>
      </ul>
    </div>
  );
}

const urgency = ["all", "urgent"] as const;

/**
 * The inbox's filters: the view (every open request, or one status, with counts), whose
 * requests (anyone's, mine, nobody's) and urgent only. Each choice is a link, so it is one
 * click, and the address keeps it.
 */
export function Filters(props: { filters: InboxFilters; page: InboxPage | undefined }) {
  const f = () => props.filters;
  // On a phone the filters fold under one line that says what is chosen; open elsewhere.
  const wideScreen = typeof matchMedia === "function" && matchMedia("(min-width: 40rem)").matches;
  const chosen = () =>
    [
      tr(viewName(f().view)),
      `${tr("inbox.owner.label")} ${tr(ownerName[f().owner])}`,
      `${tr("inbox.urgent.label")} ${tr(f().urgent ? "inbox.urgent.only" : "inbox.urgent.all")}`,
    ].join(" · ");
  return (
    <details class="inbox-filters" open={wideScreen || undefined}>
      <summary class="inbox-filters__summary">
        {tr("inbox.filters.summary", { chosen: chosen() })}
      </summary>
      <StatusTabs
        label={tr("inbox.tabs.label")}
        options={views}
        current={f().view}
        href={(view: View) => inboxHref({ ...f(), view })}
        name={(view) => tr(viewName(view))}
        // Counts are per status: with an owner or urgency filter they would not match the list.
        count={(view) => (narrowed(f()) ? undefined : props.page?.counts[view])}
        testId="inbox-tab"
      />
      <div class="inbox-filters__row">
        <FilterLinks
          id="inbox-owner"
          label={tr("inbox.owner.label")}
          options={owners}
          current={f().owner}
          href={(owner: Owner) => inboxHref({ ...f(), owner })}
          name={(owner) => tr(ownerName[owner])}
        />
        <FilterLinks
          id="inbox-urgent"
          label={tr("inbox.urgent.label")}
          options={urgency}
          current={f().urgent ? "urgent" : "all"}
          href={(option) => inboxHref({ ...f(), urgent: option === "urgent" })}
          name={(option) => tr(option === "urgent" ? "inbox.urgent.only" : "inbox.urgent.all")}
        />
      </div>
    </details>
  );
}
