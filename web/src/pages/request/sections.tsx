import { durationChoices, requesterRoles } from "@rinnalla/core/request";
import { addDays, helsinkiDate } from "@rinnalla/core/util";
import { Show } from "solid-js";
import { SectorSelect } from "../../lib/choices.tsx";
import { Radios, Select, TextArea, TextField } from "../../lib/fields.tsx";
import { intlTag, tr } from "../../lib/i18n.ts";
import { hasOrganisation, isOnBehalf, isSelf } from "./draft.ts";
import { LanguageQuestions } from "./languages.tsx";
import type { SectionProps } from "./section.ts";

/** The request form's sections: what each asks, as the controls hold it (plain strings). */

const contactHint = (who: "requester" | "client") => `${who}-contact-hint`;

/** "90 min", "1,5 h" (lib/format has the same, but it would bring all its dates to this page). */
const durationLabel = (minutes: number) =>
  minutes < 60
    ? tr("form.duration.minutes", { minutes })
    : tr("form.duration.hours", { hours: new Intl.NumberFormat(intlTag()).format(minutes / 60) });

/** How to reach the person the office talks to: with the requester, or the client's own. */
function ContactChoice(props: SectionProps) {
  return (
    <Radios
      id="preferredContact"
      legend={tr("form.preferredContact")}
      error={props.error("preferredContact")}
      required
      options={["phone", "email"] as const}
      optionLabel={(option) => tr(`form.client.preferredContact.${option}`)}
      value={props.draft.preferredContact}
      onChange={(option) => props.setDraft("preferredContact", option)}
    />
  );
}

/** Who fills the form and, for someone else, their own name and contact details. */
export function WhoSection(props: SectionProps) {
  const role = () => props.draft.requesterRole;
  const hint = contactHint("requester");
  return (
    <section aria-labelledby="section-who">
      <h2 id="section-who">{tr("form.section.who")}</h2>
      <Radios
        id="requesterRole"
        legend={tr("form.requesterRole")}
        error={props.error("requesterRole")}
        required
        options={requesterRoles}
        optionLabel={(option) => tr(`form.requesterRole.${option}`)}
        value={role()}
        onChange={(option) => props.setDraft("requesterRole", option)}
      />
      <Show when={isOnBehalf(role())}>
        <TextField {...props.field("requester.name")} required autocomplete="name" />
        <Show when={hasOrganisation(role())}>
          <TextField
            {...props.field("requester.organisation")}
            optional
            autocomplete="organization"
          />
        </Show>
        <p id={hint} class="hint hint--block">
          {tr("form.client.contactHint")}
        </p>
        <TextField
          {...props.field("requester.email")}
          describedBy={hint}
          type="email"
          autocomplete="email"
          spellcheck={false}
        />
        <TextField
          {...props.field("requester.phone")}
          describedBy={hint}
          type="tel"
          autocomplete="tel"
        />
        <ContactChoice {...props} />
      </Show>
    </section>
  );
}

/** The person who needs support (or "your details"): name, how to reach them, their languages. */
export function ClientSection(props: SectionProps) {
  const onBehalf = () => isOnBehalf(props.draft.requesterRole);
  /** For someone else's client, the browser offers nothing of the person filling in. */
  const own = (autocomplete: string) => (onBehalf() ? "off" : autocomplete);
  const hint = () => (onBehalf() ? undefined : contactHint("client"));
  return (
    <section aria-labelledby="section-client">
      <h2 id="section-client">
        {tr(isSelf(props.draft.requesterRole) ? "form.section.client.self" : "form.section.client")}
      </h2>
      <TextField {...props.field("client.name")} required autocomplete={own("name")} />
      <Show when={!onBehalf()}>
        <p id={contactHint("client")} class="hint hint--block">
          {tr("form.client.contactHint")}
        </p>
      </Show>
      <TextField
        {...props.field("client.email")}
        describedBy={hint()}
        optional={onBehalf()}
        type="email"
        autocomplete={own("email")}
        spellcheck={false}
      />
      <TextField
        {...props.field("client.phone")}
        describedBy={hint()}
        optional={onBehalf()}
        type="tel"
        autocomplete={own("tel")}
      />
      <Show when={!onBehalf()}>
        <ContactChoice {...props} />
      </Show>
      <LanguageQuestions {...props} />
    </section>
  );
}

/** What the matter is, where and when, and what the support person should know. */
export function MatterSections(props: SectionProps) {
  const today = helsinkiDate(new Date());
  return (
    <>
      <section aria-labelledby="section-what">
        <h2 id="section-what">{tr("form.section.what")}</h2>
        <SectorSelect
          id="sector"
          label={tr("form.sector")}
          error={props.error("sector")}
          required
          value={props.draft.sector}
          placeholder={tr("form.sector.choose")}
          onChange={(sector) => props.setDraft("sector", sector)}
        />
        <TextArea
          {...props.field("description")}
          hint={tr("form.description.hint")}
          required
          rows={5}
        />
      </section>

      <section aria-labelledby="section-where">
        <h2 id="section-where">{tr("form.section.where")}</h2>
        <TextField {...props.field("place")} required autocomplete="off" />
        <TextField {...props.field("municipality")} required autocomplete="address-level2" />
      </section>

      <section aria-labelledby="section-when">
        <h2 id="section-when">{tr("form.section.when")}</h2>
        <div class="field-row">
          <TextField
            {...props.field("date")}
            required
            type="date"
            min={today}
            max={addDays(today, 366)}
          />
          <TextField {...props.field("startTime")} required type="time" />
          <Select
            id="durationMinutes"
            label={tr("form.duration")}
            error={props.error("durationMinutes")}
            required
            value={props.draft.durationMinutes}
            options={durationChoices}
            optionLabel={durationLabel}
            placeholder={tr("form.sector.choose")}
            onChange={(minutes) => props.setDraft("durationMinutes", String(minutes))}
          />
        </div>
      </section>
    </>
  );
}
