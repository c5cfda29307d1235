import { createSignal, onMount, Show } from "solid-js";
import { createStore } from "solid-js/store";
import { BusyButton } from "../../lib/actions.tsx";
import { type Answer, api } from "../../lib/api.ts";
import { ErrorSummary } from "../../lib/ErrorSummary.tsx";
import { failureText, redirected } from "../../lib/failure.ts";
import { Radios, TextArea, TextField } from "../../lib/fields.tsx";
import { focusSoon } from "../../lib/focus.ts";
import { bindFields, draftText } from "../../lib/form.ts";
import { formatDateTime } from "../../lib/format.ts";
import { type MessageKey, tr } from "../../lib/i18n.ts";
import { createLoader } from "../../lib/load.ts";
import { createProblems, fromServer } from "../../lib/problems.ts";
import { type Flash, Loaded, StatusMessage } from "../../lib/ui.tsx";
import { useApi } from "../api.ts";
import { AdminPage } from "./AdminOnly.tsx";

type Organisation = Answer<typeof api.admin.settings.organisation.$get>;
const lines = [
  "name",
  "phone",
  "email",
  "openingHours",
  "website",
  "privacyUrl",
  "authorityName",
  "authorityEmail",
  "authorityWebsite",
] as const;
type Line = (typeof lines)[number];
const replies = ["organisation", "none"] as const;

const label = (path: string): MessageKey | undefined =>
  ({
    name: "org.name",
    phone: "org.phone",
    email: "org.email",
    openingHours: "org.openingHours",
    address: "org.address",
    website: "org.website",
    privacyUrl: "org.privacyUrl",
    authorityName: "org.authorityName",
    authorityEmail: "org.authorityEmail",
    authorityWebsite: "org.authorityWebsite",
    replies: "org.replies",
  })[path] as MessageKey | undefined;

const hints: Partial<Record<Line | "address", MessageKey>> = {
  phone: "org.phone.hint",
  email: "org.email.hint",
  openingHours: "org.openingHours.hint",
  website: "org.website.hint",
  privacyUrl: "org.privacyUrl.hint",
  address: "org.address.hint",
};

const draftOf = (o: Organisation) => ({
  name: o.name,
  phone: o.phone ?? "",
  email: o.email ?? "",
  openingHours: o.openingHours ?? "",
  address: o.address ?? "",
  website: o.website ?? "",
  privacyUrl: o.privacyUrl ?? "",
  authorityName: o.authorityName ?? "",
  authorityEmail: o.authorityEmail ?? "",
  authorityWebsite: o.authorityWebsite ?? "",
  replies: o.replies,
});

/** The association's details form: saved with the version it started from. */
function OrganisationForm(props: { start: Organisation; onSaved: (o: Organisation) => void }) {
  const call = useApi();
  const [draft, setDraft] = createStore(draftOf(props.start));
  const [version, setVersion] = createSignal(props.start.version);
  const [busy, setBusy] = createSignal(false);
  const [message, setMessage] = createSignal<Flash>();
  let messageBox: HTMLDivElement | undefined;
  const form = createProblems({
    label: (path) => {
      const key = label(path);
      return key ? tr(key) : undefined;
    },
    target: (path) => (path === "replies" ? "org-replies-organisation" : `org-${path}`),
  });
  const field = bindFields<Line | "address">({
    id: (name) => `org-${name}`,
    label: (name) => tr(label(name) ?? "error.invalid"),
    error: form.error,
    ...draftText(draft, setDraft),
  });
  const hint = (name: Line | "address") => {
    const key = hints[name];
    return key ? tr(key) : undefined;
  };
  const say = (flash: Flash) => {
    setMessage(flash);
    focusSoon(() => messageBox?.querySelector<HTMLElement>(".flash") ?? undefined);
  };

  async function save(event: SubmitEvent) {
    event.preventDefault();
    if (busy()) return;
    setMessage(undefined);
    form.clear();
    setBusy(true);
    const result = await call(
      api.admin.settings.organisation.$put({ json: { ...draft, version: version() } }),
    );
    if (result.ok) {
      setBusy(false);
      setVersion(result.data.version);
      props.onSaved(result.data);
      return say({ kind: "success", text: tr("org.saved") });
    }
    if (redirected(result)) return setBusy(false);
    if (result.kind === "validation" && Object.keys(result.fields).length > 0) {
      setBusy(false);
      return form.show(fromServer(result.fields));
    }
    if (result.kind === "rejected" && result.status === 409) {
      // Another admin saved first: show what they saved, so nothing is overwritten unseen.
      const latest = await call(api.admin.settings.organisation.$get());
      setBusy(false);
      if (latest.ok) {
        setDraft(draftOf(latest.data));
        setVersion(latest.data.version);
        props.onSaved(latest.data);
      }
      return say({ kind: "error", text: tr("org.conflict") });
    }
    setBusy(false);
    say({ kind: "error", text: failureText(result) });
  }

  return (
    <form id="org-form" novalidate aria-busy={busy()} onSubmit={(e) => void save(e)}>
      <ErrorSummary id="org-errors" items={form.items()} ref={form.summaryRef} />
      <TextField
        {...field("name")}
        hint={hint("name")}
        required
        maxlength={160}
        autocomplete="organization"
      />
      <div class="field-row">
        <TextField
          {...field("phone")}
          hint={hint("phone")}
          optional
          type="tel"
          autocomplete="tel"
        />
        <TextField
          {...field("email")}
          hint={hint("email")}
          optional
          type="email"
          autocomplete="email"
        />
      </div>
      <TextField {...field("openingHours")} hint={hint("openingHours")} optional maxlength={160} />
      <TextArea {...field("address")} hint={hint("address")} optional rows={3} maxlength={300} />
      <div class="field-row">
        <TextField
          {...field("website")}
          hint={hint("website")}
          optional
          type="url"
          inputmode="url"
        />
        <TextField
          {...field("privacyUrl")}
          hint={hint("privacyUrl")}
          optional
          type="url"
          inputmode="url"
        />
      </div>
      <fieldset class="fieldset" aria-describedby="org-authority-hint">
        <legend>{tr("org.authority.title")}</legend>
        <p class="hint" id="org-authority-hint">
          {tr("org.authority.hint")}
        </p>
        <TextField {...field("authorityName")} optional maxlength={160} />
        <div class="field-row">
          <TextField {...field("authorityEmail")} optional type="email" spellcheck={false} />
          <TextField {...field("authorityWebsite")} optional type="url" inputmode="url" />
        </div>
      </fieldset>
      <Radios
        id="org-replies"
        legend={tr("org.replies")}
        hint={tr("org.replies.hint")}
        error={form.error("replies")}
        required
        options={replies}
        optionLabel={(option) => tr(`org.replies.${option}`)}
        value={draft.replies}
        onChange={(value) => setDraft("replies", value)}
      />
      <div ref={messageBox}>
        <StatusMessage message={message()} id="org-message" testId="org-message" />
      </div>
      <BusyButton id="org-save" busy={busy()} label={tr("org.save")} busyLabel={tr("ui.saving")} />
    </form>
  );
}

/**
 * The association's details (admins): its name and how people reach it. Every email's footer,
 * the request form and the page after sending show them; replies to emails go to its address
 * unless it chooses otherwise.
 */
export default function OrganisationPage() {
  return (
    <AdminPage title={tr("org.title")}>
      <Organisation />
    </AdminPage>
  );
}

function Organisation() {
  const call = useApi();
  const organisation = createLoader(() => call(api.admin.settings.organisation.$get()));
  onMount(() => void organisation.reload());
  return (
    <div class="org-page">
      <p>{tr("org.intro")}</p>
      <ul class="org-where">
        <li>{tr("org.where.emails")}</li>
        <li>{tr("org.where.form")}</li>
        <li>{tr("org.where.done")}</li>
      </ul>
      <Loaded loader={organisation}>
        {(current) => (
          <>
            <Show when={current().updatedAt}>
              {(at) => (
                <p class="muted" data-testid="org-updated">
                  {tr("org.updatedAt", { at: formatDateTime(at()) })}
                </p>
              )}
            </Show>
            <OrganisationForm start={current()} onSaved={organisation.set} />
          </>
        )}
      </Loaded>
    </div>
  );
}
