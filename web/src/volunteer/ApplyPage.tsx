import { heardFromOptions } from "@rinnalla/core/volunteer";
import { A } from "@solidjs/router";
import { createSignal, For, type Ref, Show } from "solid-js";
import { createStore } from "solid-js/store";
import { api, call } from "../lib/api.ts";
import { ErrorSummary } from "../lib/ErrorSummary.tsx";
import { Consent, Honeypot, SubmitWithNotice } from "../lib/FormEnd.tsx";
import { failureText } from "../lib/failure.ts";
import { Select, TextArea, TextField } from "../lib/fields.tsx";
import { focusHeadingOnNavigation, focusSoon } from "../lib/focus.ts";
import { bindFields, draftText } from "../lib/form.ts";
import { locale, tr, useTitle } from "../lib/i18n.ts";
import { createProblems, fromServer } from "../lib/problems.ts";
import {
  loadContact,
  privacyHref,
  refreshContact,
  useContact,
  withElement,
} from "../pages/contact.tsx";
import { ApplyLanguages } from "./ApplyLanguages.tsx";
import {
  applyFields,
  applyLabel,
  applyTarget,
  checkApplication,
  emptyApplication,
} from "./apply.ts";

/** Field paths in page order (a path's first part names its field). */
const rank = (path: string) => {
  const index = applyFields.findIndex(([p]) => p === path.split(".")[0]);
  return index === -1 ? applyFields.length : index;
};

/** After applying: what happens next. */
function Done(props: { ref?: Ref<HTMLHeadingElement> }) {
  return (
    <div data-testid="apply-done">
      <div class="panel panel--success">
        <h1 ref={props.ref} tabindex="-1">
          {tr("volunteer.apply.done.title")}
        </h1>
        <p class="panel__label">{tr("volunteer.apply.done.body")}</p>
      </div>
      <h2>{tr("volunteer.apply.done.next")}</h2>
      <ol class="steps">
        <For
          each={
            [
              "volunteer.apply.done.step1",
              "volunteer.apply.done.step2",
              "volunteer.apply.done.step3",
            ] as const
          }
        >
          {(key) => <li>{tr(key)}</li>}
        </For>
      </ol>
      <p>
        <A href="/">{tr("volunteer.apply.toRequestForm")}</A>
      </p>
    </div>
  );
}

/** "Become a volunteer": the public application, checked like the request form. */
export default function ApplyPage() {
  const headingRef = focusHeadingOnNavigation();
  const [draft, setDraft] = createStore(emptyApplication());
  const contact = useContact();
  const [notice, setNotice] = createSignal<string>();
  const [sending, setSending] = createSignal(false);
  const [done, setDone] = createSignal(false);
  let noticeBox: HTMLDivElement | undefined;
  let doneHeading: HTMLHeadingElement | undefined;

  const form = createProblems({
    label: (path) => {
      const label = applyLabel(path);
      return label ? tr(label) : undefined;
    },
    target: (path) => applyTarget(path, draft),
    order: (paths) => [...paths].sort((a, b) => rank(a) - rank(b)),
  });
  const error = form.error;
  const field = bindFields<
    "name" | "email" | "phone" | "municipality" | "otherLanguage" | "motivation"
  >({
    id: (name) => `apply-${name}`,
    label: (name) => tr(`volunteer.apply.${name}`),
    error,
    ...draftText(draft, setDraft),
  });

  useTitle(() => {
    if (done()) return tr("volunteer.apply.done.title");
    const failed = form.items().length > 0 || notice();
    return (failed ? `${tr("form.errorPrefix")} ` : "") + tr("volunteer.apply.title");
  });

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (sending()) return;
    setNotice(undefined);
    const checked = checkApplication(draft, locale());
    if (!checked.ok) return form.show(checked.errors);
    form.clear();
    setSending(true);
    // The privacy notice's version this page showed goes with the application.
    const shown = await loadContact();
    const result = shown
      ? await call(
          api.volunteers.apply.$post({
            json: { ...checked.application, noticeVersion: shown.notice.version },
          }),
        )
      : ({ ok: false, kind: "network" } as const);
    setSending(false);
    if (result.ok) {
      setDone(true);
      focusSoon(() => doneHeading);
      return;
    }
    if (result.kind === "validation" && Object.keys(result.fields).length > 0) {
      // The notice changed meanwhile: the new one is fetched, to be read and agreed to again.
      if (result.fields.consent && draft.consent) {
        setDraft("consent", false);
        refreshContact();
      }
      return form.show(fromServer(result.fields));
    }
    setNotice(failureText(result));
    focusSoon(() => noticeBox);
  }

  return (
    <Show when={!done()} fallback={<Done ref={doneHeading} />}>
      <h1 ref={headingRef} tabindex="-1">
        {tr("volunteer.apply.title")}
      </h1>
      <ErrorSummary items={form.items()} ref={form.summaryRef} />
      <p class="lead">{tr("volunteer.apply.intro")}</p>
      <section class="role-box" aria-labelledby="apply-what-title">
        <h2 id="apply-what-title">{tr("volunteer.apply.what.title")}</h2>
        <p>{tr("volunteer.apply.what.body")}</p>
        <p>{tr("volunteer.apply.what.training")}</p>
      </section>
      <p class="required-note">{tr("form.required")}</p>

      <form class="request-form" novalidate aria-busy={sending()} onSubmit={(e) => void submit(e)}>
        <section aria-labelledby="apply-about">
          <h2 id="apply-about">{tr("volunteer.apply.section.about")}</h2>
          <TextField {...field("name")} required autocomplete="name" />
          <TextField
            {...field("email")}
            required
            type="email"
            autocomplete="email"
            spellcheck={false}
          />
          <TextField {...field("phone")} optional type="tel" autocomplete="tel" />
          <TextField
            {...field("municipality")}
            hint={tr("volunteer.apply.municipality.hint")}
            required
            autocomplete="address-level2"
          />
        </section>

        <section aria-labelledby="apply-languages-title">
          <h2 id="apply-languages-title">{tr("volunteer.apply.section.languages")}</h2>
          <ApplyLanguages draft={draft} setDraft={setDraft} error={error} />
          <TextField {...field("otherLanguage")} optional autocomplete="off" />
        </section>

        <section aria-labelledby="apply-why">
          <h2 id="apply-why">{tr("volunteer.apply.section.why")}</h2>
          <TextArea
            {...field("motivation")}
            hint={tr("volunteer.apply.motivation.hint")}
            required
            rows={5}
            maxlength={2000}
          />
          <Select
            id="apply-heardFrom"
            label={tr("volunteer.apply.heardFrom")}
            error={error("heardFrom")}
            required
            value={draft.heardFrom}
            options={heardFromOptions}
            optionLabel={(option) => tr(`volunteer.heardFrom.${option}`)}
            placeholder={tr("form.sector.choose")}
            onChange={(option) => setDraft("heardFrom", option)}
          />

          <Consent
            id="apply-consent"
            checked={draft.consent}
            error={error("consent")}
            onChange={(checked) => setDraft("consent", checked)}
          >
            {withElement(
              tr("volunteer.apply.consent"),
              "notice",
              <a href={privacyHref(contact())} id="apply-privacy-link">
                {tr("form.privacy")}
              </a>,
            )}
          </Consent>
        </section>

        <Honeypot
          id="apply-website"
          value={draft.website}
          onInput={(value) => setDraft("website", value)}
        />

        <SubmitWithNotice
          notice={notice()}
          noticeRef={(el) => {
            noticeBox = el;
          }}
          busy={sending()}
          label={tr("volunteer.apply.submit")}
        />
      </form>
    </Show>
  );
}
