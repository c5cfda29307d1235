import { A } from "@solidjs/router";
import { For, Show } from "solid-js";
import { formatDay, formatMonth, formatNumber } from "../../lib/format.ts";
import { tr } from "../../lib/i18n.ts";
import { type Kind, type Named, previewRows, type RetentionPreview } from "./retention.ts";

/** A list of records the run names: each a link to its page when there is one. */
function NamedList(props: { title: string; items: Named[]; testId: string }) {
  return (
    <Show when={props.items.length > 0}>
      <h3>{props.title}</h3>
      <ul class="retention-list" data-testid={props.testId}>
        <For each={props.items}>
          {(item) => (
            <li>
              <Show when={item.href} fallback={item.label}>
                {(href) => <A href={href()}>{item.label}</A>}
              </Show>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}

/** What tonight's run would do, exactly: the job's own plan, not carried out. */
export function Preview(props: { preview: RetentionPreview }) {
  const rows = () => previewRows(props.preview);
  const count = (kind: Kind, n: number) =>
    tr(`retention.count.${kind}`, { count: formatNumber(n) });
  return (
    <div data-testid="retention-preview">
      <p class="muted">{tr("retention.preview.today", { date: formatDay(props.preview.today) })}</p>
      <Show
        when={!rows().empty}
        fallback={
          <p class="empty" data-testid="retention-preview-empty">
            {tr("retention.preview.empty")}
          </p>
        }
      >
        <Show
          when={rows().counts.length > 0}
          fallback={
            <p data-testid="retention-preview-nothing">{tr("retention.preview.onlyHeld")}</p>
          }
        >
          <ul class="retention-counts" data-testid="retention-counts">
            <For each={rows().counts}>
              {(row) => <li data-kind={row.kind}>{count(row.kind, row.count)}</li>}
            </For>
          </ul>
        </Show>
        <NamedList
          title={tr("retention.preview.requests")}
          items={rows().requests}
          testId="retention-requests"
        />
        <NamedList
          title={tr("retention.preview.reports")}
          items={rows().reports}
          testId="retention-reports"
        />
        <NamedList
          title={tr("retention.preview.volunteers")}
          items={rows().volunteers}
          testId="retention-volunteers"
        />
        <NamedList
          title={tr("retention.preview.interviews")}
          items={rows().interviews}
          testId="retention-interviews"
        />
        <Show when={months().length > 0}>
          <h3>{tr("retention.preview.months")}</h3>
          <ul class="retention-list" data-testid="retention-months">
            <For each={months()}>
              {(step) => (
                <li>
                  {tr(`retention.month.${step.kind as "auditLog"}`, {
                    month: formatMonth(step.label),
                    count: formatNumber(step.count ?? 0),
                  })}
                </li>
              )}
            </For>
          </ul>
        </Show>
        <Show when={rows().held.length > 0}>
          <h3>{tr("retention.preview.held")}</h3>
          <p class="hint">{tr("retention.preview.held.hint")}</p>
          <ul class="retention-list" data-testid="retention-held">
            <For each={rows().held}>
              {(item) => (
                <li>
                  <Show when={item.href} fallback={item.label}>
                    {(href) => <A href={href()}>{item.label}</A>}
                  </Show>{" "}
                  <span class="muted">({tr(`retention.kind.${item.kind}`)})</span>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </Show>
    </div>
  );

  function months() {
    return props.preview.steps.filter((s) => s.kind === "auditLog" || s.kind === "emailRecord");
  }
}
