import { A } from "@solidjs/router";
import { createSignal, For, onMount, Show } from "solid-js";
import { createStore } from "solid-js/store";
import { BusyButton } from "../../lib/actions.tsx";
import { api } from "../../lib/api.ts";
import { ErrorSummary } from "../../lib/ErrorSummary.tsx";
import { Choice } from "../../lib/Field.tsx";
import { failureText, redirected } from "../../lib/failure.ts";
import { TextField } from "../../lib/fields.tsx";
import { focusSoon } from "../../lib/focus.ts";
import { formatDay, formatMonth, formatNumber } from "../../lib/format.ts";
import { tr } from "../../lib/i18n.ts";
import { createLoader } from "../../lib/load.ts";
import { createProblems, fromServer } from "../../lib/problems.ts";
import { type Flash, Loaded, StatusMessage } from "../../lib/ui.tsx";
import { useApi } from "../api.ts";
import { AdminPage } from "./AdminOnly.tsx";
import {
  draftOf,
  type Kind,
  kinds,
  type Named,
  policyErrors,
  policyOf,
  previewRows,
  type RetentionPreview,
  type RetentionSettings,
  ruleKeys,
} from "./retention.ts";

const fieldId = (kind: Kind) => `retention-${kind}`;

/** The policy's form: one field a kind, saved with the version it started from. */
function PolicyForm(props: { start: RetentionSettings; onSaved: () => void }) {
  const call = useApi();
  const [draft, setDraft] = createStore(draftOf(props.start.policy));
  const [exportInterview, setExportInterview] = createSignal(props.start.exportInterview);
  const [version, setVersion] = createSignal(props.start.version);
  const [rules, setRules] = createSignal(props.start.rules);
  const [busy, setBusy] = createSignal(false);
  const [message, setMessage] = createSignal<Flash>();
  let messageBox: HTMLDivElement | undefined;
  const form = createProblems({
    label: (path) =>
      (kinds as readonly string[]).includes(path)
        ? tr(`retention.kind.${path as Kind}`)
        : path === "exportInterview"
          ? tr("retention.exportInterview")
          : undefined,
    target: (path) =>
      (kinds as readonly string[]).includes(path)
        ? fieldId(path as Kind)
        : path === "exportInterview"
          ? "retention-exportInterview"
          : undefined,
    order: (paths) => [
      ...kinds.filter((k) => paths.includes(k)),
      ...paths.filter((p) => !(kinds as readonly string[]).includes(p)),
    ],
  });
  const say = (flash: Flash) => {
    setMessage(flash);
    focusSoon(() => messageBox?.querySelector<HTMLElement>(".flash") ?? undefined);
  };
  const hint = (kind: Kind) => {
    const rule = rules()[kind];
    const keys = ruleKeys(rule);
    return tr("retention.hint", {
      action: tr(keys.action),
      from: tr(keys.from),
      min: rule.min,
      max: rule.max,
    });
  };

  async function save(event: SubmitEvent) {
    event.preventDefault();
    if (busy()) return;
    setMessage(undefined);
    form.clear();
    setBusy(true);
    const result = await call(
      api["personal-data"].retention.$put({
        json: { policy: policyOf(draft), exportInterview: exportInterview(), version: version() },
      }),
    );
    setBusy(false);
    if (result.ok) {
      setVersion(result.data.version);
      setRules(result.data.rules);
      props.onSaved();
      return say({ kind: "success", text: tr("retention.saved") });
    }
    if (redirected(result)) return;
    if (result.kind === "validation" && Object.keys(result.fields).length > 0) {
      return form.show(fromServer(policyErrors(result.fields)));
    }
    if (result.kind === "rejected" && result.status === 409) {
      // Another admin saved first: show what they saved, so nothing is overwritten unseen.
      const latest = await call(api["personal-data"].retention.$get());
      if (latest.ok) {
        setDraft(draftOf(latest.data.policy));
        setExportInterview(latest.data.exportInterview);
        setVersion(latest.data.version);
        setRules(latest.data.rules);
        props.onSaved();
      }
      return say({ kind: "error", text: tr("retention.conflict") });
    }
    say({ kind: "error", text: failureText(result) });
  }

  return (
    <form id="retention-form" novalidate aria-busy={busy()} onSubmit={(e) => void save(e)}>
      <ErrorSummary id="retention-errors" items={form.items()} ref={form.summaryRef} />
      <div class="retention-fields">
        <For each={kinds}>
          {(kind) => (
            <TextField
              id={fieldId(kind)}
              name={kind}
              label={tr("retention.months", { kind: tr(`retention.kind.${kind}`) })}
              hint={hint(kind)}
              error={form.error(kind)}
              required
              type="number"
              inputmode="numeric"
              min={rules()[kind].min}
              max={rules()[kind].max}
              step={1}
              value={draft[kind]}
              onInput={(value) => setDraft(kind, value)}
            />
          )}
        </For>
      </div>
      <div class="field">
        <Choice
          type="checkbox"
          id="retention-exportInterview"
          name="exportInterview"
          value="yes"
          checked={exportInterview()}
          label={tr("retention.exportInterview")}
          describedBy="retention-exportInterview-hint"
          onChange={setExportInterview}
        />
        <p class="hint" id="retention-exportInterview-hint">
          {tr("retention.exportInterview.hint")}
        </p>
      </div>
      <div ref={messageBox}>
        <StatusMessage message={message()} id="retention-message" testId="retention-message" />
      </div>
      <BusyButton
        id="retention-save"
        busy={busy()}
        label={tr("retention.save")}
        busyLabel={tr("ui.saving")}
      />
    </form>
  );
}

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
function Preview(props: { preview: RetentionPreview }) {
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

/**
 * How long personal data is kept (admins): a window a kind within safe bounds, and the preview
 * of tonight's run, which is the job's own plan, so what it lists is what happens.
 */
export default function RetentionPage() {
  return (
    <AdminPage title={tr("retention.title")}>
      <Retention />
    </AdminPage>
  );
}

function Retention() {
  const call = useApi();
  const settings = createLoader(() => call(api["personal-data"].retention.$get()));
  const preview = createLoader(() => call(api["personal-data"].retention.preview.$get()));
  onMount(() => {
    void settings.reload();
    void preview.reload();
  });
  return (
    <div class="retention-page">
      <p>{tr("retention.intro")}</p>
      <p>{tr("retention.anonymise")}</p>
      <p class="hint">{tr("retention.advice")}</p>
      <section aria-labelledby="retention-policy-title">
        <h2 id="retention-policy-title">{tr("retention.policy.title")}</h2>
        <Loaded loader={settings}>
          {(current) => <PolicyForm start={current()} onSaved={() => void preview.reload()} />}
        </Loaded>
      </section>
      <section aria-labelledby="retention-preview-title" aria-busy={preview.loading()}>
        <h2 id="retention-preview-title">{tr("retention.preview.title")}</h2>
        <p>{tr("retention.preview.intro")}</p>
        <Loaded loader={preview}>{(current) => <Preview preview={current()} />}</Loaded>
      </section>
    </div>
  );
}
