import { useNavigate } from "@solidjs/router";
import { createEffect, createSignal, onMount } from "solid-js";
import { createStore } from "solid-js/store";
import { ErrorSummary } from "../../lib/ErrorSummary.tsx";
import { Honeypot, SubmitWithNotice } from "../../lib/FormEnd.tsx";
import { TextArea } from "../../lib/fields.tsx";
import { focusSoon } from "../../lib/focus.ts";
import { bindFields, draftText, type TextPath } from "../../lib/form.ts";
import { tr, uiLocale } from "../../lib/i18n.ts";
import { PageHeading } from "../../lib/PageHeading.tsx";
import { createProblems, fromServer, type Problem, problemText } from "../../lib/problems.ts";
import { ContactLine, loadContact, refreshContact, useContact } from "../contact.tsx";
import { ConsentSection } from "./consent.tsx";
import { type FormDraft, fieldId, fieldLabel, focusTarget, pageOrder, toPayload } from "./draft.ts";
import { ClientSection, MatterSections, WhoSection } from "./sections.tsx";
import { checkRequest, preloadClient, sendRequest } from "./send.ts";
import { clearDraft, isRequestCreated, loadDraft, saveDraft, saveResult } from "./storage.ts";

/** The public request form: checked with the API's own schema, kept while typing. */
export default function RequestPage() {
  const navigate = useNavigate();
  const [draft, setDraft] = createStore(loadDraft());
  /** A problem that belongs to no single field (network down, server fault, too many requests). */
  const [notice, setNotice] = createSignal<Problem>();
  const [submitting, setSubmitting] = createSignal(false);
  let noticeBox: HTMLDivElement | undefined;

  // Everything typed survives a reload or a failed send.
  createEffect(() => saveDraft(draft));
  onMount(preloadClient);

  const contact = useContact();
  const label = (path: string) => {
    const key = fieldLabel(path, draft.requesterRole);
    return key ? tr(key) : undefined;
  };
  const form = createProblems({
    label,
    target: (path) => focusTarget(path, draft),
    order: (paths) => pageOrder(paths, draft),
  });

  const noticeText = () => {
    const current = notice();
    return current && problemText(current);
  };
  const showNotice = (found: Problem) => {
    setNotice(found);
    focusSoon(() => noticeBox);
  };

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (submitting()) return;
    setNotice(undefined);
    setSubmitting(true);
    // The notice version the form showed goes with the request (the contact brought it).
    const shown = await loadContact();
    const checked =
      shown && (await checkRequest(toPayload(draft, uiLocale(), shown.notice.version)));
    if (!checked) {
      setSubmitting(false);
      return showNotice({ key: "error.network" });
    }
    if (!checked.ok) {
      setSubmitting(false);
      return form.show(checked.errors);
    }
    form.clear();
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
        // The notice changed since the form was opened: the new one is fetched, to be read and
        // agreed to again (what was typed stays).
        if (result.fields.consent && draft.consent) {
          setDraft("consent", false);
          refreshContact();
        }
        if (Object.keys(result.fields).length > 0) return form.show(fromServer(result.fields));
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

  const field = bindFields<TextPath<FormDraft>>({
    id: fieldId,
    label: (path) => label(path) ?? "",
    error: form.error,
    ...draftText(draft, setDraft),
  });
  const sections = { draft, setDraft, error: form.error, field };

  return (
    <>
      <PageHeading
        title={tr("form.title")}
        documentTitle={
          form.items().length > 0 || notice()
            ? `${tr("form.errorPrefix")} ${tr("form.title")}`
            : undefined
        }
      />
      <ErrorSummary items={form.items()} ref={form.summaryRef} />

      <p class="lead">{tr("form.intro")}</p>
      <ContactLine />

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
        <WhoSection {...sections} />
        <ClientSection {...sections} />
        <MatterSections {...sections} />

        <section aria-labelledby="section-more">
          <h2 id="section-more">{tr("form.section.more")}</h2>
          <TextArea
            {...field("supportNeeds")}
            hint={tr("form.supportNeeds.hint")}
            optional
            rows={4}
          />

          <ConsentSection {...sections} contact={contact()} />
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
