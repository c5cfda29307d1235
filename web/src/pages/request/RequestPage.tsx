import { clientLanguages, durationChoices, requesterRoles, sectors } from "@rinnalla/core/request";
import { addDays, helsinkiDate } from "@rinnalla/core/util";
import { useNavigate } from "@solidjs/router";
import { createEffect, createMemo, createSignal, For, onMount, Show } from "solid-js";
import { createStore } from "solid-js/store";
import { ErrorSummary } from "../../lib/ErrorSummary.tsx";
import { Choice, ChoiceGroup, Field } from "../../lib/Field.tsx";
import { Consent, Honeypot, SubmitWithNotice } from "../../lib/FormEnd.tsx";
import { focusHeadingOnNavigation, focusSoon } from "../../lib/focus.ts";
import { languageName, locale, type MessageKey, tr, useTitle } from "../../lib/i18n.ts";
import {
  check,
  type FieldError,
  type FieldErrors,
  fieldLabels,
  focusTarget,
  fromServer,
  hasOrganisation,
  isOnBehalf,
  orderedErrors,
  toPayload,
} from "./draft.ts";
import { preloadClient, sendRequest } from "./send.ts";
import { clearDraft, isRequestCreated, loadDraft, saveDraft, saveResult } from "./storage.ts";

/** A problem that belongs to no single field (network down, server fault, too many requests). */
type Notice = { key: MessageKey } | { text: string };

const message = (error: FieldError | Notice) => ("key" in error ? tr(error.key) : error.text);

/** "Email: Enter an address…"; a label that already ends in punctuation ("Who…?") gets none. */
const withLabel = (label: string, text: string) =>
  /[?:.!]$/.test(label) ? `${label} ${text}` : `${label}: ${text}`;

export default function RequestPage() {
  const navigate = useNavigate();
  const [draft, setDraft] = createStore(loadDraft());
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const [notice, setNotice] = createSignal<Notice>();
  const noticeText = () => {
    const current = notice();
    return current && message(current);
  };
  const [submitting, setSubmitting] = createSignal(false);
  let summary: HTMLDivElement | undefined;
  let noticeBox: HTMLDivElement | undefined;
  const headingRef = focusHeadingOnNavigation();

  // Everything typed survives a reload or a failed send.
  createEffect(() => saveDraft(draft));
  onMount(preloadClient);

  const role = () => draft.requesterRole;
  const onBehalf = () => isOnBehalf(role());
  const shownErrors = createMemo(() => orderedErrors(errors(), role()));
  const error = (path: string) => {
    const found = errors()[path];
    return found ? message(found) : undefined;
  };
  const summaryItems = createMemo(() =>
    shownErrors().map(([path, problem]) => {
      const label = fieldLabels[path];
      const text = message(problem);
      return { text: label ? withLabel(tr(label), text) : text, target: focusTarget(path) };
    }),
  );

  useTitle(() =>
    summaryItems().length > 0 || notice()
      ? `${tr("form.errorPrefix")} ${tr("form.title")}`
      : tr("form.title"),
  );

  const today = helsinkiDate(new Date());
  const durationLabel = (minutes: number) =>
    minutes < 60
      ? tr("form.duration.minutes", { minutes })
      : tr("form.duration.hours", { hours: new Intl.NumberFormat(locale()).format(minutes / 60) });

  const showFieldErrors = (found: FieldErrors) => {
    setErrors(found);
    focusSoon(() => summary);
  };
  const showNotice = (found: Notice) => {
    setNotice(found);
    focusSoon(() => noticeBox);
  };

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (submitting()) return;
    setNotice(undefined);
    const checked = check(toPayload(draft, locale()));
    if (!checked.ok) return showFieldErrors(checked.errors);
    setErrors({});
    setSubmitting(true);
    const result = await sendRequest(checked.request);
    setSubmitting(false);
    if (result.ok) {
      if (!isRequestCreated(result.data)) return showNotice({ key: "error.server" });
      saveResult(result.data);
      clearDraft();
      navigate("/done");
      return;
    }
    switch (result.kind) {
      case "validation":
        if (Object.keys(result.fields).length > 0)
          return showFieldErrors(fromServer(result.fields));
        return showNotice(result.message ? { text: result.message } : { key: "error.validation" });
      case "too_large":
        return showNotice({ key: "error.tooLarge" });
      case "rate_limited":
        return showNotice({ key: "error.rateLimited" });
      case "rejected":
        return showNotice(result.message ? { text: result.message } : { key: "error.server" });
      case "server":
        return showNotice({ key: "error.server" });
      case "network":
        return showNotice({ key: "error.network" });
    }
  }

  const contactHint = (who: "requester" | "client") => `${who}-contact-hint`;

  const ContactChoice = () => (
    <ChoiceGroup
      id="preferredContact"
      legend={tr("form.preferredContact")}
      error={error("preferredContact")}
      required
    >
      <For each={["phone", "email"] as const}>
        {(option) => (
          <Choice
            type="radio"
            id={`preferredContact-${option}`}
            name="preferredContact"
            value={option}
            checked={draft.preferredContact === option}
            label={tr(`form.client.preferredContact.${option}`)}
            onChange={() => setDraft("preferredContact", option)}
            required
            invalid={!!error("preferredContact")}
          />
        )}
      </For>
    </ChoiceGroup>
  );

  return (
    <>
      <h1 ref={headingRef} tabindex="-1">
        {tr("form.title")}
      </h1>

      <Show when={summaryItems().length > 0}>
        <ErrorSummary
          items={summaryItems()}
          ref={(el) => {
            summary = el;
          }}
        />
      </Show>

      <p class="lead">{tr("form.intro")}</p>

      <section class="role-box" aria-labelledby="role-title">
        <h2 id="role-title">{tr("form.role.title")}</h2>
        <p class="role-box__does">{tr("form.role.does")}</p>
        <p class="role-box__does-not">{tr("form.role.doesNot")}</p>
      </section>

      <p class="required-note">{tr("form.required")}</p>

      <form
        class="request-form"
        novalidate
        aria-busy={submitting()}
        onSubmit={(event) => void submit(event)}
      >
        <section aria-labelledby="section-who">
          <h2 id="section-who">{tr("form.section.who")}</h2>
          <ChoiceGroup
            id="requesterRole"
            legend={tr("form.requesterRole")}
            error={error("requesterRole")}
            required
          >
            <For each={requesterRoles}>
              {(option) => (
                <Choice
                  type="radio"
                  id={`requesterRole-${option}`}
                  name="requesterRole"
                  value={option}
                  checked={draft.requesterRole === option}
                  label={tr(`form.requesterRole.${option}`)}
                  onChange={() => setDraft("requesterRole", option)}
                  required
                  invalid={!!error("requesterRole")}
                />
              )}
            </For>
          </ChoiceGroup>

          <Show when={onBehalf()}>
            <Field
              id="requester-name"
              label={tr("form.requester.name")}
              error={error("requester.name")}
              required
            >
              {(control) => (
                <input
                  {...control}
                  type="text"
                  autocomplete="name"
                  value={draft.requester.name}
                  onInput={(e) => setDraft("requester", "name", e.currentTarget.value)}
                />
              )}
            </Field>
            <Show when={hasOrganisation(role())}>
              <Field
                id="requester-organisation"
                label={tr("form.requester.organisation")}
                error={error("requester.organisation")}
                optional
              >
                {(control) => (
                  <input
                    {...control}
                    type="text"
                    autocomplete="organization"
                    value={draft.requester.organisation}
                    onInput={(e) => setDraft("requester", "organisation", e.currentTarget.value)}
                  />
                )}
              </Field>
            </Show>
            <p id={contactHint("requester")} class="hint hint--block">
              {tr("form.client.contactHint")}
            </p>
            <Field
              id="requester-email"
              label={tr("form.requester.email")}
              describedBy={contactHint("requester")}
              error={error("requester.email")}
            >
              {(control) => (
                <input
                  {...control}
                  type="email"
                  autocomplete="email"
                  spellcheck={false}
                  value={draft.requester.email}
                  onInput={(e) => setDraft("requester", "email", e.currentTarget.value)}
                />
              )}
            </Field>
            <Field
              id="requester-phone"
              label={tr("form.requester.phone")}
              describedBy={contactHint("requester")}
              error={error("requester.phone")}
            >
              {(control) => (
                <input
                  {...control}
                  type="tel"
                  autocomplete="tel"
                  value={draft.requester.phone}
                  onInput={(e) => setDraft("requester", "phone", e.currentTarget.value)}
                />
              )}
            </Field>
            <ContactChoice />
          </Show>
        </section>

        <section aria-labelledby="section-client">
          <h2 id="section-client">{tr("form.section.client")}</h2>
          <Field
            id="client-name"
            label={tr("form.client.name")}
            error={error("client.name")}
            required
          >
            {(control) => (
              <input
                {...control}
                type="text"
                autocomplete={onBehalf() ? "off" : "name"}
                value={draft.client.name}
                onInput={(e) => setDraft("client", "name", e.currentTarget.value)}
              />
            )}
          </Field>
          <Show when={!onBehalf()}>
            <p id={contactHint("client")} class="hint hint--block">
              {tr("form.client.contactHint")}
            </p>
          </Show>
          <Field
            id="client-email"
            label={tr("form.client.email")}
            describedBy={onBehalf() ? undefined : contactHint("client")}
            error={error("client.email")}
            optional={onBehalf()}
          >
            {(control) => (
              <input
                {...control}
                type="email"
                autocomplete={onBehalf() ? "off" : "email"}
                spellcheck={false}
                value={draft.client.email}
                onInput={(e) => setDraft("client", "email", e.currentTarget.value)}
              />
            )}
          </Field>
          <Field
            id="client-phone"
            label={tr("form.client.phone")}
            describedBy={onBehalf() ? undefined : contactHint("client")}
            error={error("client.phone")}
            optional={onBehalf()}
          >
            {(control) => (
              <input
                {...control}
                type="tel"
                autocomplete={onBehalf() ? "off" : "tel"}
                value={draft.client.phone}
                onInput={(e) => setDraft("client", "phone", e.currentTarget.value)}
              />
            )}
          </Field>
          <Show when={!onBehalf()}>
            <ContactChoice />
          </Show>

          <ChoiceGroup
            id="client-languages"
            legend={tr("form.client.languages")}
            hint={tr("form.client.languages.hint")}
            error={error("client.languages")}
            required
          >
            <For each={clientLanguages}>
              {(code) => (
                <Choice
                  type="checkbox"
                  id={`languages-${code}`}
                  name="languages"
                  value={code}
                  checked={draft.client.languages.includes(code)}
                  label={languageName(code)}
                  invalid={!!error("client.languages")}
                  onChange={(checked) =>
                    setDraft("client", "languages", (chosen) =>
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
            id="client-otherLanguage"
            label={tr("form.client.otherLanguage")}
            describedBy="client-languages-hint"
            error={error("client.otherLanguage")}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                autocomplete="off"
                value={draft.client.otherLanguage}
                onInput={(e) => setDraft("client", "otherLanguage", e.currentTarget.value)}
              />
            )}
          </Field>
        </section>

        <section aria-labelledby="section-what">
          <h2 id="section-what">{tr("form.section.what")}</h2>
          <Field id="sector" label={tr("form.sector")} error={error("sector")} required>
            {(control) => (
              <select
                {...control}
                onChange={(e) => setDraft("sector", e.currentTarget.value as typeof draft.sector)}
              >
                <option value="" selected={draft.sector === ""}>
                  {tr("form.sector.choose")}
                </option>
                <For each={sectors}>
                  {(sector) => (
                    <option value={sector} selected={draft.sector === sector}>
                      {tr(`sector.${sector}`)}
                    </option>
                  )}
                </For>
              </select>
            )}
          </Field>
          <Field
            id="description"
            label={tr("form.description")}
            hint={tr("form.description.hint")}
            error={error("description")}
            required
          >
            {(control) => (
              <textarea
                {...control}
                rows={5}
                value={draft.description}
                onInput={(e) => setDraft("description", e.currentTarget.value)}
              />
            )}
          </Field>
        </section>

        <section aria-labelledby="section-where">
          <h2 id="section-where">{tr("form.section.where")}</h2>
          <Field id="place" label={tr("form.place")} error={error("place")} required>
            {(control) => (
              <input
                {...control}
                type="text"
                autocomplete="off"
                value={draft.place}
                onInput={(e) => setDraft("place", e.currentTarget.value)}
              />
            )}
          </Field>
          <Field
            id="municipality"
            label={tr("form.municipality")}
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

        <section aria-labelledby="section-when">
          <h2 id="section-when">{tr("form.section.when")}</h2>
          <div class="field-row">
            <Field id="date" label={tr("form.date")} error={error("date")} required>
              {(control) => (
                <input
                  {...control}
                  type="date"
                  min={today}
                  max={addDays(today, 366)}
                  value={draft.date}
                  onInput={(e) => setDraft("date", e.currentTarget.value)}
                />
              )}
            </Field>
            <Field id="startTime" label={tr("form.startTime")} error={error("startTime")} required>
              {(control) => (
                <input
                  {...control}
                  type="time"
                  value={draft.startTime}
                  onInput={(e) => setDraft("startTime", e.currentTarget.value)}
                />
              )}
            </Field>
            <Field
              id="durationMinutes"
              label={tr("form.duration")}
              error={error("durationMinutes")}
              required
            >
              {(control) => (
                <select
                  {...control}
                  onChange={(e) => setDraft("durationMinutes", e.currentTarget.value)}
                >
                  <option value="" selected={draft.durationMinutes === ""}>
                    {tr("form.sector.choose")}
                  </option>
                  <For each={durationChoices}>
                    {(minutes) => (
                      <option
                        value={String(minutes)}
                        selected={draft.durationMinutes === String(minutes)}
                      >
                        {durationLabel(minutes)}
                      </option>
                    )}
                  </For>
                </select>
              )}
            </Field>
          </div>
        </section>

        <section aria-labelledby="section-more">
          <h2 id="section-more">{tr("form.section.more")}</h2>
          <Field
            id="supportNeeds"
            label={tr("form.supportNeeds")}
            hint={tr("form.supportNeeds.hint")}
            error={error("supportNeeds")}
            optional
          >
            {(control) => (
              <textarea
                {...control}
                rows={4}
                value={draft.supportNeeds}
                onInput={(e) => setDraft("supportNeeds", e.currentTarget.value)}
              />
            )}
          </Field>

          <Consent
            id="consent"
            checked={draft.consent}
            error={error("consent")}
            onChange={(checked) => setDraft("consent", checked)}
          >
            {tr(onBehalf() ? "form.consent.onBehalf" : "form.consent.client")}
          </Consent>
        </section>

        <Honeypot
          id="website"
          value={draft.website}
          onInput={(value) => setDraft("website", value)}
        />

        <SubmitWithNotice
          notice={noticeText()}
          noticeId="form-notice"
          noticeRef={(el) => {
            noticeBox = el;
          }}
          busy={submitting()}
          label={tr("form.submit")}
        />
      </form>
    </>
  );
}
