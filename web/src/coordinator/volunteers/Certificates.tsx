import { createEffect, createSignal, For, on, Show } from "solid-js";
import { BusyButton, ConfirmPanel, FormActions, OpenButton } from "../../lib/actions.tsx";
import { api, params } from "../../lib/api.ts";
import { failureText, redirected } from "../../lib/failure.ts";
import { TextArea } from "../../lib/fields.tsx";
import { focusSoon } from "../../lib/focus.ts";
import { formatDate, formatNumber } from "../../lib/format.ts";
import { tr } from "../../lib/i18n.ts";
import { createLoader } from "../../lib/load.ts";
import { type Flash, Loaded, OrEmpty, StatusMessage } from "../../lib/ui.tsx";
import { linesOf, textOf } from "../training/progress.ts";
import type { Certificate, ServiceDraft } from "../training/types.ts";
import type { VolunteerPage } from "./page.ts";

const pdfPath = (id: string) => api.certificates[":id"].pdf.$path({ param: params({ id }) });

/** One certificate: what, its serial and date, valid or revoked; its PDF; revoking it. */
function CertificateItem(props: {
  page: VolunteerPage;
  c: Certificate;
  say: (f: Flash) => void;
  reload: () => Promise<void>;
}) {
  const [confirming, setConfirming] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  let opener: HTMLButtonElement | undefined;
  async function revoke() {
    setBusy(true);
    const result = await props.page.call(
      api.certificates[":id"].revoke.$post({ param: params({ id: props.c.id }) }),
    );
    setBusy(false);
    setConfirming(false);
    if (result.ok) {
      await props.reload();
      return props.say({
        kind: "success",
        text: tr("coord.certificates.revokedDone", { serial: props.c.serial }),
      });
    }
    if (!redirected(result)) props.say({ kind: "error", text: failureText(result) });
  }
  return (
    <li class="certificate" data-testid="certificate" data-valid={String(props.c.valid)}>
      <h3>{props.c.title}</h3>
      <p>
        {tr("coord.certificates.serial", {
          serial: props.c.serial,
          date: formatDate(props.c.issuedAt),
        })}
        <Show when={props.c.revokedAt}>
          {(at) => (
            <strong>{` – ${tr("coord.certificates.revoked", { date: formatDate(at()) })}`}</strong>
          )}
        </Show>
      </p>
      <div class="button-row">
        <a
          class="button button--secondary"
          href={pdfPath(props.c.id)}
          download={`${props.c.serial}.pdf`}
          data-testid="certificate-pdf"
        >
          {tr("coord.certificates.pdf", { title: props.c.title, serial: props.c.serial })}
        </a>
        <Show when={props.c.valid && !confirming()}>
          <OpenButton
            id={`revoke-${props.c.serial}`}
            ref={opener}
            label={tr("coord.certificates.revoke", { serial: props.c.serial })}
            onClick={() => setConfirming(true)}
          />
        </Show>
      </div>
      <Show when={confirming()}>
        <ConfirmPanel
          id="revoke-panel"
          title={tr("coord.certificates.revoke.title", { serial: props.c.serial })}
          confirmId="revoke-confirm"
          confirmLabel={tr("coord.certificates.revoke.yes")}
          busy={busy()}
          onConfirm={() => void revoke()}
          onCancel={() => {
            setConfirming(false);
            focusSoon(() => opener);
          }}
        >
          <p>{tr("coord.certificates.revoke.body")}</p>
        </ConfirmPanel>
      </Show>
    </li>
  );
}

/** The certificate of service for someone who has ended: drafted from the record, edited, issued. */
function ServiceCertificate(props: {
  page: VolunteerPage;
  say: (f: Flash) => void;
  issued: () => Promise<void>;
}) {
  const [draft, setDraft] = createSignal<ServiceDraft>();
  const [text, setText] = createSignal("");
  const [error, setError] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  async function open() {
    setBusy(true);
    const result = await props.page.call(
      api.certificates.of[":id"]["service-draft"].$get({ param: props.page.param() }),
    );
    setBusy(false);
    if (result.ok) {
      setDraft(result.data);
      setText(textOf(result.data.lines));
      return focusSoon(() => document.getElementById("service-text") ?? undefined);
    }
    if (!redirected(result)) props.say({ kind: "error", text: failureText(result) });
  }
  async function issue(event: SubmitEvent) {
    event.preventDefault();
    const lines = linesOf(text());
    if (lines.length === 0) {
      setError(tr("coord.service.empty"));
      return focusSoon(() => document.getElementById("service-text") ?? undefined);
    }
    setBusy(true);
    const result = await props.page.call(
      api.certificates.of[":id"].service.$post({ param: props.page.param(), json: { lines } }),
    );
    setBusy(false);
    if (result.ok) {
      setDraft(undefined);
      await props.issued();
      return props.say({
        kind: "success",
        text: tr("coord.service.issued", { serial: result.data.serial }),
      });
    }
    if (!redirected(result)) setError(failureText(result));
  }
  return (
    <Show
      when={draft()}
      fallback={
        <BusyButton
          id="service-open"
          type="button"
          class="button button--secondary"
          busy={busy()}
          label={tr("coord.service.open")}
          busyLabel={tr("ui.loading")}
          onClick={() => void open()}
        />
      }
    >
      {(d) => (
        <form
          id="service-form"
          class="form-panel"
          novalidate
          aria-labelledby="service-title"
          onSubmit={(e) => void issue(e)}
        >
          <h3 id="service-title">{d().title}</h3>
          <p data-testid="service-figures">
            {tr("coord.service.figures", {
              visits: formatNumber(d().figures.visits),
              hours: formatNumber(d().figures.hours),
            })}
          </p>
          <TextArea
            id="service-text"
            label={tr("coord.service.text")}
            hint={tr("coord.service.text.hint")}
            value={text()}
            error={error()}
            onInput={setText}
            rows={12}
            required
          />
          <FormActions
            submitId="service-issue"
            submit={tr("coord.service.issue")}
            busy={busy()}
            busyLabel={tr("ui.saving")}
            cancel={{ label: tr("coord.plan.cancel"), onClick: () => setDraft(undefined) }}
          />
        </form>
      )}
    </Show>
  );
}

/** The volunteer's certificates; for someone who has ended, the certificate of service too. */
export function CertificatesSection(props: { page: VolunteerPage; changed: () => number }) {
  const p = props.page;
  const list = createLoader(() => p.call(api.certificates.of[":id"].$get({ param: p.param() })));
  const [message, setMessage] = createSignal<Flash>();
  createEffect(on(props.changed, () => void list.reload()));
  return (
    <section aria-labelledby="v-certificates-title">
      <h2 id="v-certificates-title">{tr("coord.certificates.title")}</h2>
      <StatusMessage message={message()} testId="certificates-message" />
      <Loaded loader={list}>
        {(data) => (
          <OrEmpty when={data().certificates.length > 0} text={tr("coord.certificates.none")}>
            <ul class="plain-list">
              <For each={data().certificates}>
                {(c) => <CertificateItem page={p} c={c} say={setMessage} reload={list.reload} />}
              </For>
            </ul>
          </OrEmpty>
        )}
      </Loaded>
      <Show when={p.volunteer().status === "ended"}>
        <ServiceCertificate page={p} say={setMessage} issued={list.reload} />
      </Show>
    </section>
  );
}
