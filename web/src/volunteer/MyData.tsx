import { createSignal, For, Show } from "solid-js";
import { ConfirmPanel } from "../lib/actions.tsx";
import { api } from "../lib/api.ts";
import { failureText } from "../lib/failure.ts";
import { Radios } from "../lib/fields.tsx";
import { focusSoon } from "../lib/focus.ts";
import { formatDate } from "../lib/format.ts";
import { tr } from "../lib/i18n.ts";
import { PageHeading } from "../lib/PageHeading.tsx";
import { type Flash, StatusMessage } from "../lib/ui.tsx";
import { signedOut, useVolunteerApi } from "./api.ts";

const formats = ["html", "json"] as const;
const certificateChoices = ["keep", "remove"] as const;
type Certificates = (typeof certificateChoices)[number];

const exportHref = (format: (typeof formats)[number]) =>
  api["personal-data"].mine.export.$path({ query: { format } });

/**
 * "Your data": everything the association holds about the volunteer, to download as a page to
 * read or as a file to take elsewhere; and erasing it, after a confirmation that says what goes,
 * what can stay (certificates, verifiable) and that the association can undo it for 7 days.
 */
export function MyDataSection(props: { onErased: (undoUntil: string) => void }) {
  const call = useVolunteerApi();
  const [confirming, setConfirming] = createSignal(false);
  const [certificates, setCertificates] = createSignal<Certificates>("keep");
  const [busy, setBusy] = createSignal(false);
  const [message, setMessage] = createSignal<Flash>();
  let heading: HTMLHeadingElement | undefined;

  async function erase() {
    if (busy()) return;
    setBusy(true);
    const result = await call(
      api["personal-data"].mine.erase.$post({ json: { certificates: certificates() } }),
    );
    setBusy(false);
    if (signedOut(result)) return;
    if (result.ok) return props.onErased(result.data.undoUntil);
    setConfirming(false);
    setMessage({ kind: "error", text: failureText(result) });
    focusSoon(() => heading);
  }

  return (
    <section aria-labelledby="me-data-title" class="me-section" data-testid="my-data">
      <h2 id="me-data-title" ref={heading} tabindex="-1">
        {tr("volunteer.self.data.title")}
      </h2>
      <p>{tr("volunteer.self.data.intro")}</p>
      <div class="button-row">
        <For each={formats}>
          {(format) => (
            <a
              class="button button--secondary"
              href={exportHref(format)}
              download=""
              data-testid={`my-export-${format}`}
            >
              {tr(`volunteer.self.data.${format}`)}
            </a>
          )}
        </For>
      </div>
      <h3>{tr("volunteer.self.erase.title")}</h3>
      <p>{tr("volunteer.self.erase.intro")}</p>
      <Show when={!confirming()}>
        <button
          type="button"
          id="my-erase-open"
          class="button button--warning"
          aria-expanded="false"
          onClick={() => {
            setMessage(undefined);
            setCertificates("keep");
            setConfirming(true);
          }}
        >
          {tr("volunteer.self.erase.open")}
        </button>
      </Show>
      <Show when={confirming()}>
        <ConfirmPanel
          id="my-erase-panel"
          title={tr("volunteer.self.erase.confirm.title")}
          confirmId="my-erase-confirm"
          confirmLabel={tr("volunteer.self.erase.confirm")}
          busy={busy()}
          onConfirm={() => void erase()}
          onCancel={() => {
            setConfirming(false);
            focusSoon(() => document.getElementById("my-erase-open") ?? undefined);
          }}
        >
          <ul>
            <li>{tr("volunteer.self.erase.what")}</li>
            <li>{tr("volunteer.self.erase.figures")}</li>
            <li>{tr("volunteer.self.erase.signOut")}</li>
            <li>{tr("volunteer.self.erase.undo")}</li>
          </ul>
          <Radios
            id="my-erase-certificates"
            legend={tr("volunteer.self.erase.certificates")}
            hint={tr("volunteer.self.erase.certificates.hint")}
            options={certificateChoices}
            optionLabel={(option) => tr(`volunteer.self.erase.certificates.${option}`)}
            value={certificates()}
            onChange={setCertificates}
          />
        </ConfirmPanel>
      </Show>
      <StatusMessage message={message()} id="my-data-message" testId="my-data-message" />
    </section>
  );
}

/** After the erasure: a plain page that says it is done, and how it can still be undone. */
export function ErasedView(props: { undoUntil: string }) {
  return (
    <div data-testid="my-data-erased">
      <PageHeading title={tr("volunteer.self.erased.title")} ref={(el) => focusSoon(() => el)} />
      <p>{tr("volunteer.self.erased.body")}</p>
      <p>{tr("volunteer.self.erased.undo", { date: formatDate(props.undoUntil) })}</p>
      <p>
        <a href="/">{tr("volunteer.self.erased.home")}</a>
      </p>
    </div>
  );
}
