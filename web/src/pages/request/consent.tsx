import type { SetStoreFunction } from "solid-js/store";
import { Choice, ChoiceGroup } from "../../lib/Field.tsx";
import { Consent } from "../../lib/FormEnd.tsx";
import { tr } from "../../lib/i18n.ts";
import { type Contact, privacyHref, withElement } from "../contact.tsx";
import { type FormDraft, isOnBehalf } from "./draft.ts";

/**
 * The consent to arrange the support, whose label links to the privacy notice, and the separate
 * choices beside it: a feedback survey after the visit, text messages (none are sent yet; the
 * choice is kept). Both start unticked: only a tick is a yes.
 *
 * The link opens in the same tab: the form keeps its draft (sessionStorage) and "back" returns
 * to it as it was, which is kinder to screen readers and phones than a new tab.
 */
export function ConsentSection(props: {
  draft: FormDraft;
  setDraft: SetStoreFunction<FormDraft>;
  error: (path: string) => string | undefined;
  contact: Contact | undefined;
}) {
  const onBehalf = () => isOnBehalf(props.draft.requesterRole);
  const choice = (name: "surveys" | "sms") => ({
    type: "checkbox" as const,
    id: name,
    name,
    value: "yes",
    checked: props.draft[name],
    onChange: (checked: boolean) => props.setDraft(name, checked),
  });
  return (
    <>
      <Consent
        id="consent"
        checked={props.draft.consent}
        error={props.error("consent")}
        onChange={(checked) => props.setDraft("consent", checked)}
      >
        {withElement(
          tr(onBehalf() ? "form.consent.onBehalf" : "form.consent.client"),
          "notice",
          <a href={privacyHref(props.contact)} id="privacy-link">
            {tr("form.privacy")}
          </a>,
        )}
      </Consent>
      <ChoiceGroup
        id="choices"
        legend={tr("form.choices.title")}
        hint={tr("form.choices.hint")}
        optional
      >
        <Choice
          {...choice("surveys")}
          label={tr(onBehalf() ? "form.surveys.onBehalf" : "form.surveys.self")}
        />
        <Choice {...choice("sms")} label={tr(onBehalf() ? "form.sms.onBehalf" : "form.sms.self")} />
      </ChoiceGroup>
    </>
  );
}
