import { clientLanguages } from "@rinnalla/core/request";
import { heardFromOptions } from "@rinnalla/core/volunteer";
import { A } from "@solidjs/router";
import { createMemo, createSignal, For, Show } from "solid-js";
import { createStore } from "solid-js/store";
import { api, call } from "../lib/api.ts";
import { ErrorSummary } from "../lib/ErrorSummary.tsx";
import { Choice, ChoiceGroup, Field } from "../lib/Field.tsx";
import { Consent, Honeypot, SubmitWithNotice } from "../lib/FormEnd.tsx";
import { failureText } from "../lib/failure.ts";
import { focusHeadingOnNavigation, focusSoon } from "../lib/focus.ts";
import { languageName, locale, tr, useTitle } from "../lib/i18n.ts";
import {
  applyFields,
  applyTarget,
  checkApplication,
  emptyApplication,
  type Problem,
  toApplication,
} from "./apply.ts";

const text = (problem: Problem) => ("key" in problem ? tr(problem.key) : problem.text);
const withLabel = (label: string, message: string) =>
  /[?:.!]$/.test(label) ? `${label} ${message}` : `${label}: ${message}`;

/** "Become a volunteer": the public application, checked like the request form. */
export default function ApplyPage() {
  const headingRef = focusHeadingOnNavigation();
  const [draft, setDraft] = createStore(emptyApplication());
  const [errors, setErrors] = createSignal<Record<string, Problem>>({});
  const [notice, setNotice] = createSignal<string>();
  const [sending, setSending] = createSignal(false);
  const [done, setDone] = createSignal(false);
  let summary: HTMLDivElement | undefined;
  let noticeBox: HTMLDivElement | undefined;
  let doneHeading: HTMLHeadingElement | undefined;

  const error = (path: string) => {
    const found = errors()[path];
    return found ? text(found) : undefined;
  };
  const summaryItems = createMemo(() => {
    const found = errors();
    const rank = (path: string) => {
      const index = applyFields.findIndex(([p]) => p === path.split(".")[0]);
      return index === -1 ? applyFields.length : index;
    };
    return Object.keys(found)
      .sort((a, b) => rank(a) - rank(b))
      .map((path) => {
        const label = applyFields.find(([p]) => p === path)?.[1];
        const message = text(found[path] as Problem);
        return { text: label ? withLabel(tr(label), message) : message, target: applyTarget(path) };
      });
  });

  useTitle(() => {
    if (done()) return tr("volunteer.apply.done.title");
    const failed = summaryItems().length > 0 || notice();
    return (failed ? `${tr("form.errorPrefix")} ` : "") + tr("volunteer.apply.title");
  });

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (sending()) return;
    setNotice(undefined);
    const checked = checkApplication(toApplication(draft, locale()));
    if (!checked.ok) {
      setErrors(checked.errors);
      focusSoon(() => summary);
      return;
    }
    setErrors({});
    setSending(true);
    const result = await call(api.volunteers.apply.$post({ json: checked.application }));
    setSending(false);
    if (result.ok) {
      setDone(true);
      focusSoon(() => doneHeading);
      return;
    }
    if (result.kind === "validation" && Object.keys(result.fields).length > 0) {
      const fromServer: Record<string, Problem> = {};
      for (const [path, message] of Object.entries(result.fields))
        fromServer[path] = { text: message };
      setErrors(fromServer);
      focusSoon(() => summary);
      return;
    }
    setNotice(failureText(result));
    focusSoon(() => noticeBox);
  }

  return (
    <Show
      when={!done()}
      fallback={
        <div data-testid="apply-done">
          <div class="panel panel--success">
            <h1 ref={doneHeading} tabindex="-1">
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
      }
    >
      <h1 ref={headingRef} tabindex="-1">
        {tr("volunteer.apply.title")}
      </h1>
      <Show when={summaryItems().length > 0}>
        <ErrorSummary
          items={summaryItems()}
          ref={(el) => {
            summary = el;
          }}
        />
      </Show>
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
          <Field id="apply-name" label={tr("volunteer.apply.name")} error={error("name")} required>
            {(control) => (
              <input
                {...control}
                type="text"
                autocomplete="name"
                value={draft.name}
                onInput={(e) => setDraft("name", e.currentTarget.value)}
              />
            )}
          </Field>
          <Field
            id="apply-email"
            label={tr("volunteer.apply.email")}
            error={error("email")}
            required
          >
            {(control) => (
              <input
                {...control}
                type="email"
                autocomplete="email"
                spellcheck={false}
                value={draft.email}
                onInput={(e) => setDraft("email", e.currentTarget.value)}
              />
            )}
          </Field>
          <Field
            id="apply-phone"
            label={tr("volunteer.apply.phone")}
            error={error("phone")}
            optional
          >
            {(control) => (
              <input
                {...control}
                type="tel"
                autocomplete="tel"
                value={draft.phone}
                onInput={(e) => setDraft("phone", e.currentTarget.value)}
              />
            )}
          </Field>
          <Field
            id="apply-municipality"
            label={tr("volunteer.apply.municipality")}
            hint={tr("volunteer.apply.municipality.hint")}
            error={error("municipality")}
            required
          >
            {(control) => (
              <input
                {...control}
                type="text"
                autocomplete="address-level2"
                value={draft.municipality}
                onInput={(e) => setDraft("municipality", e.currentTarget.value)}
              />
            )}
          </Field>
        </section>

        <section aria-labelledby="apply-languages-title">
          <h2 id="apply-languages-title">{tr("volunteer.apply.section.languages")}</h2>
          <ChoiceGroup
            id="apply-languages"
            legend={tr("volunteer.apply.languages")}
            hint={tr("volunteer.apply.languages.hint")}
            error={error("languages")}
            required
          >
            <For each={clientLanguages}>
              {(code) => (
                <Choice
                  type="checkbox"
                  id={`apply-languages-${code}`}
                  name="languages"
                  value={code}
                  checked={draft.languages.includes(code)}
                  label={languageName(code)}
                  invalid={!!error("languages")}
                  onChange={(checked) =>
                    setDraft("languages", (chosen) =>
                      checked
                        ? clientLanguages.filter((c) => c === code || chosen.includes(c))
                        : chosen.filter((c) => c !== code),
                    )
                  }
                />
              )}
            </For>
          </ChoiceGroup>
          <Field
            id="apply-otherLanguage"
            label={tr("volunteer.apply.otherLanguage")}
            error={error("otherLanguage")}
            optional
          >
            {(control) => (
              <input
                {...control}
                type="text"
                autocomplete="off"
                value={draft.otherLanguage}
                onInput={(e) => setDraft("otherLanguage", e.currentTarget.value)}
              />
            )}
          </Field>
        </section>

        <section aria-labelledby="apply-why">
          <h2 id="apply-why">{tr("volunteer.apply.section.why")}</h2>
          <Field
            id="apply-motivation"
            label={tr("volunteer.apply.motivation")}
            hint={tr("volunteer.apply.motivation.hint")}
            error={error("motivation")}
            required
          >
            {(control) => (
              <textarea
                {...control}
                rows={5}
                maxlength={2000}
                value={draft.motivation}
                onInput={(e) => setDraft("motivation", e.currentTarget.value)}
              />
            )}
          </Field>
          <Field
            id="apply-heardFrom"
            label={tr("volunteer.apply.heardFrom")}
            error={error("heardFrom")}
            required
          >
            {(control) => (
              <select
                {...control}
                onChange={(e) =>
                  setDraft("heardFrom", e.currentTarget.value as typeof draft.heardFrom)
                }
              >
                <option value="" selected={draft.heardFrom === ""}>
                  {tr("form.sector.choose")}
                </option>
                <For each={heardFromOptions}>
                  {(option) => (
                    <option value={option} selected={draft.heardFrom === option}>
                      {tr(`volunteer.heardFrom.${option}`)}
                    </option>
                  )}
                </For>
              </select>
            )}
          </Field>

          <Consent
            id="apply-consent"
            checked={draft.consent}
            error={error("consent")}
            onChange={(checked) => setDraft("consent", checked)}
          >
            {tr("volunteer.apply.consent")}
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
