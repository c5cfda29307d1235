import { createSignal, For, onMount } from "solid-js";
import { createStore } from "solid-js/store";
import { BusyButton } from "../../lib/actions.tsx";
import { api } from "../../lib/api.ts";
import { ErrorSummary } from "../../lib/ErrorSummary.tsx";
import { Choice } from "../../lib/Field.tsx";
import { failureText, redirected } from "../../lib/failure.ts";
import { TextField } from "../../lib/fields.tsx";
import { focusSoon } from "../../lib/focus.ts";
import { tr } from "../../lib/i18n.ts";
import { createLoader } from "../../lib/load.ts";
import { createProblems, fromServer } from "../../lib/problems.ts";
import { type Flash, Loaded, StatusMessage } from "../../lib/ui.tsx";
import { useApi } from "../api.ts";
import { AdminPage } from "./AdminOnly.tsx";
import { Preview } from "./RetentionPreview.tsx";
import {
  draftOf,
  type Kind,
  kinds,
  policyErrors,
  policyOf,
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
