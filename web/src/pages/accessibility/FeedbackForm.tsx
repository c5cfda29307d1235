import { FeedbackInput } from "@rinnalla/core/accessibility-feedback";
import { fieldErrors } from "@rinnalla/core/request";
import { createSignal, Show } from "solid-js";
import { createStore } from "solid-js/store";
import { api, call } from "../../lib/api.ts";
import { ErrorSummary } from "../../lib/ErrorSummary.tsx";
import { Honeypot, SubmitWithNotice } from "../../lib/FormEnd.tsx";
import { failureText } from "../../lib/failure.ts";
import { TextArea, TextField } from "../../lib/fields.tsx";
import { focusSoon } from "../../lib/focus.ts";
import { bindFields, draftText } from "../../lib/form.ts";
import { formatDay } from "../../lib/format.ts";
import { locale, type MessageKey, tr } from "../../lib/i18n.ts";
import { createProblems, fromKeys, fromServer } from "../../lib/problems.ts";

/**
 * The statement's feedback form: what did not work and where, and a way to answer if the sender
 * wants one. Checked with the API's own schema first; the answer comes in the page's language.
 * After sending, a confirmation with the day we answer by takes the form's place.
 */

const names = ["what", "where", "email", "phone"] as const;
type Name = (typeof names)[number];
const labels: Record<Name, MessageKey> = {
  what: "a11y.form.what",
  where: "a11y.form.where",
  email: "a11y.form.email",
  phone: "a11y.form.phone",
};
const empty = () => ({ what: "", where: "", email: "", phone: "", website: "" });

export function FeedbackForm() {
  const [draft, setDraft] = createStore(empty());
  const [sending, setSending] = createSignal(false);
  const [notice, setNotice] = createSignal<string>();
  const [done, setDone] = createSignal<{ due: string; confirmationEmail: boolean }>();
  let noticeBox: HTMLDivElement | undefined;
  let doneHeading: HTMLHeadingElement | undefined;
  const form = createProblems({
    label: (path) => (path in labels ? tr(labels[path as Name]) : undefined),
    target: (path) => `a11y-${path}`,
    order: (paths) => names.filter((n) => paths.includes(n)),
  });
  const field = bindFields<Name>({
    id: (name) => `a11y-${name}`,
    label: (name) => tr(labels[name]),
    error: form.error,
    ...draftText(draft, setDraft),
  });

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (sending()) return;
    setNotice(undefined);
    const checked = FeedbackInput.safeParse({ ...draft, locale: locale() });
    if (!checked.success) return form.show(fromKeys(fieldErrors(checked.error)));
    form.clear();
    setSending(true);
    const result = await call(api["accessibility-feedback"].$post({ json: checked.data }));
    setSending(false);
    if (result.ok) {
      setDone(result.data);
      setDraft(empty());
      return focusSoon(() => doneHeading);
    }
    if (result.kind === "validation" && Object.keys(result.fields).length > 0) {
      return form.show(fromServer(result.fields));
    }
    setNotice(failureText(result));
    focusSoon(() => noticeBox);
  }

  return (
    <section aria-labelledby="a11y-form-title" class="a11y-form">
      <Show
        when={done()}
        fallback={
          <>
            <h3 id="a11y-form-title">{tr("a11y.form.title")}</h3>
            <p>{tr("a11y.form.intro")}</p>
            <ErrorSummary items={form.items()} ref={form.summaryRef} />
            <form novalidate aria-busy={sending()} onSubmit={(e) => void submit(e)}>
              <TextArea
                {...field("what")}
                hint={tr("a11y.form.what.hint")}
                required
                rows={5}
                maxlength={2000}
              />
              <TextField
                {...field("where")}
                hint={tr("a11y.form.where.hint")}
                optional
                maxlength={300}
              />
              <p class="hint" id="a11y-contact-hint">
                {tr("a11y.form.contact.hint")}
              </p>
              <TextField
                {...field("email")}
                describedBy="a11y-contact-hint"
                optional
                type="email"
                autocomplete="email"
                spellcheck={false}
              />
              <TextField
                {...field("phone")}
                describedBy="a11y-contact-hint"
                optional
                type="tel"
                autocomplete="tel"
              />
              <Honeypot
                id="a11y-website"
                value={draft.website}
                onInput={(value) => setDraft("website", value)}
              />
              <SubmitWithNotice
                notice={notice()}
                noticeRef={(el) => {
                  noticeBox = el;
                }}
                busy={sending()}
                label={tr("a11y.form.submit")}
              />
            </form>
          </>
        }
      >
        {(sent) => (
          <div class="panel panel--success" data-testid="a11y-feedback-done">
            <h3 id="a11y-form-title" ref={doneHeading} tabindex="-1">
              {tr("a11y.form.done.title")}
            </h3>
            <p>{tr("a11y.form.done.due", { date: formatDay(sent().due) })}</p>
            <Show when={sent().confirmationEmail}>
              <p>{tr("a11y.form.done.email")}</p>
            </Show>
            <button type="button" class="button button--secondary" onClick={() => setDone()}>
              {tr("a11y.form.done.again")}
            </button>
          </div>
        )}
      </Show>
    </section>
  );
}
