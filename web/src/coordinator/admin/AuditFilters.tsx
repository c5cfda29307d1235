import { A, useNavigate } from "@solidjs/router";
import { createEffect, createMemo, Show, untrack } from "solid-js";
import { createStore } from "solid-js/store";
import { api } from "../../lib/api.ts";
import { Select, TextField } from "../../lib/fields.tsx";
import { tr } from "../../lib/i18n.ts";
import { createLoader } from "../../lib/load.ts";
import { useApi } from "../api.ts";
import { actionLabels } from "./audit.ts";
import {
  type Action,
  auditHref,
  type AuditFilters as Filters,
  filtered,
  isAction,
  noFilters,
} from "./audit-filters.ts";

/**
 * The log's filters as a form: whom or what it concerns (a reference or an id), which
 * coordinator acted, what was done and the days. "Show" puts them in the address; the page
 * reads them from there, so reload and back keep them. The API's word on a field (a range over
 * 24 months, a day that does not exist) shows at that field.
 */
export function AuditFilters(props: {
  filters: Filters;
  errors: Record<string, string> | undefined;
  /** Where the chosen filters' CSV downloads from. */
  csvHref: string;
}) {
  const call = useApi();
  const navigate = useNavigate();
  const [draft, setDraft] = createStore<Filters>({ ...noFilters });
  createEffect(() => {
    const current = props.filters;
    untrack(() => setDraft({ ...current }));
  });
  const team = createLoader(() => call(api.admin.coordinators.$get()));
  void team.reload();
  const people = () => team.data()?.coordinators ?? [];
  const personName = (id: string) => {
    const found = people().find((c) => c.id === id);
    return found ? `${found.name} (${found.email})` : id;
  };
  // In words, alphabetically in the page's language.
  const actions = createMemo(() =>
    (Object.keys(actionLabels) as Action[])
      .map((action) => ({ action, label: tr(actionLabels[action]) }))
      .sort((a, b) => a.label.localeCompare(b.label))
      .map((a) => a.action),
  );
  const show = (event: SubmitEvent) => {
    event.preventDefault();
    navigate(auditHref({ ...draft, subject: draft.subject.trim() }));
  };
  const error = (name: keyof Filters) => props.errors?.[name];

  return (
    <form class="audit-filters" novalidate onSubmit={show} aria-labelledby="audit-filters-title">
      <h2 id="audit-filters-title" class="visually-hidden">
        {tr("admin.audit.filters")}
      </h2>
      <div class="audit-filters__fields">
        <TextField
          id="audit-subject"
          label={tr("admin.audit.filter.subject")}
          hint={tr("admin.audit.filter.subject.hint")}
          error={error("subject")}
          value={draft.subject}
          spellcheck={false}
          autocomplete="off"
          onInput={(value) => setDraft("subject", value)}
        />
        <Select
          id="audit-actor"
          label={tr("admin.audit.filter.actor")}
          error={error("actor")}
          value={draft.actor}
          options={
            draft.actor && !people().some((c) => c.id === draft.actor)
              ? [draft.actor, ...people().map((c) => c.id)]
              : people().map((c) => c.id)
          }
          optionLabel={personName}
          placeholder={tr("admin.audit.filter.anyone")}
          onChange={(value) => setDraft("actor", value)}
        />
        <Select
          id="audit-action"
          label={tr("admin.audit.filter.action")}
          error={error("action")}
          value={draft.action}
          options={actions()}
          optionLabel={(action) => tr(actionLabels[action])}
          placeholder={tr("admin.audit.filter.anything")}
          onChange={(value) => setDraft("action", isAction(value) ? value : "")}
        />
        <TextField
          id="audit-from"
          type="date"
          label={tr("admin.audit.filter.from")}
          describedBy="audit-range-hint"
          error={error("from")}
          value={draft.from}
          onInput={(value) => setDraft("from", value)}
        />
        <TextField
          id="audit-to"
          type="date"
          label={tr("admin.audit.filter.to")}
          describedBy="audit-range-hint"
          error={error("to")}
          value={draft.to}
          onInput={(value) => setDraft("to", value)}
        />
      </div>
      <p class="hint" id="audit-range-hint">
        {tr("admin.audit.filter.rangeHint")}
      </p>
      <div class="audit-filters__actions">
        <button type="submit" id="audit-show" class="button button--secondary">
          {tr("admin.audit.show")}
        </button>
        <Show when={filtered(props.filters)}>
          <A href={auditHref(noFilters)} id="audit-clear">
            {tr("admin.audit.clear")}
          </A>
        </Show>
        <a href={props.csvHref} id="audit-csv" download="" data-testid="audit-csv">
          {tr("admin.audit.csv")}
        </a>
      </div>
    </form>
  );
}
