import { localeNames } from "@rinnalla/core/i18n";
import { createSignal, For, Show } from "solid-js";
import { api } from "../../lib/api.ts";
import { failureText, redirected } from "../../lib/failure.ts";
import { focusSoon } from "../../lib/focus.ts";
import { formatDate, formatDateTime } from "../../lib/format.ts";
import { tr } from "../../lib/i18n.ts";
import { ProfileForm, type SaveResult } from "../../lib/profile/ProfileForm.tsx";
import { ProfileView } from "../../lib/profile/ProfileView.tsx";
import type { SentProfile } from "../../lib/profile/types.ts";
import { Fact, type Flash, StatusMessage } from "../../lib/ui.tsx";
import { NoteForm } from "../NoteForm.tsx";
import { Reason } from "../request/Timeline.tsx";
import { languageWithLevel } from "./languages.ts";
import { isConflict, refusal, type VolunteerPage } from "./page.ts";
import type { VolunteerDetail } from "./types.ts";

/** What the volunteer told when applying, and how to reach them. */
export function ApplicationSection(props: { page: VolunteerPage }) {
  const v = props.page.volunteer;
  return (
    <section aria-labelledby="v-contact-title">
      <h2 id="v-contact-title">{tr("volunteer.detail.application")}</h2>
      <dl class="facts">
        <Fact term={tr("bank.application.email")}>
          <a href={`mailto:${v().email}`}>{v().email}</a>
        </Fact>
        <Fact term={tr("bank.application.phone")} when={v().phone}>
          <a href={`tel:${(v().phone ?? "").replace(/[^\d+]/g, "")}`}>{v().phone}</a>
        </Fact>
        <Fact term={tr("bank.application.municipality")}>{v().municipality}</Fact>
        <Fact
          term={tr("bank.application.languages")}
          when={(v().languages ?? []).length > 0 || v().otherLanguage}
        >
          {[
            ...(v().languages ?? []).map(languageWithLevel),
            ...(v().otherLanguage ? [v().otherLanguage] : []),
          ].join(", ")}
        </Fact>
        <Fact term={tr("volunteer.detail.locale")} when={v().locale}>
          {localeNames[v().locale]}
        </Fact>
        <Fact term={tr("bank.application.heardFrom")} when={v().heardFrom}>
          {tr(`volunteer.heardFrom.${v().heardFrom as "other"}`)}
        </Fact>
        <Fact term={tr("volunteer.detail.appliedAt")}>
          <time datetime={v().createdAt}>{formatDateTime(v().createdAt)}</time>
        </Fact>
        <Show when={v().endedAt}>
          <Fact term={tr("volunteer.detail.endedAt")}>
            {formatDate(v().endedAt ?? "")}
            <Show when={v().endReason}>
              {" – "}
              {tr(`volunteer.endReason.${v().endReason as "other"}`)}
            </Show>
          </Fact>
        </Show>
      </dl>
      <h3>{tr("bank.application.motivation")}</h3>
      <p class="prewrap">{v().motivation}</p>
    </section>
  );
}

/** The volunteer's profile, which a coordinator may fill in or correct for them. */
export function ProfileSection(props: { page: VolunteerPage }) {
  const p = props.page;
  const v = p.volunteer;
  const [editing, setEditing] = createSignal(false);
  const [message, setMessage] = createSignal<Flash>();
  let heading: HTMLHeadingElement | undefined;

  async function save(profile: SentProfile): Promise<SaveResult> {
    const result = await p.call(
      api.volunteers[":id"].profile.$put({
        param: p.param(),
        json: { profile, version: v().version },
      }),
    );
    if (result.ok) {
      p.saved(result.data);
      setEditing(false);
      setMessage({ kind: "success", text: tr("volunteer.profile.saved") });
      focusSoon(() => heading);
      return { ok: true };
    }
    if (redirected(result)) return { ok: false };
    if (result.kind === "validation")
      return { ok: false, fields: result.fields, message: result.message };
    if (isConflict(result)) {
      await p.reload();
      return { ok: false, message: refusal(result) };
    }
    return { ok: false, message: failureText(result) };
  }

  return (
    <section aria-labelledby="v-profile-title">
      <h2 id="v-profile-title" ref={heading} tabindex="-1">
        {tr("volunteer.detail.profile")}
      </h2>
      <StatusMessage message={message()} id="profile-message" testId="profile-saved" />
      <Show
        when={editing()}
        fallback={
          <>
            <Show
              when={v().profile}
              fallback={<p class="muted">{tr("volunteer.detail.profile.none")}</p>}
            >
              {(profile) => <ProfileView profile={profile()} />}
            </Show>
            <button
              type="button"
              id="profile-edit"
              class="button button--secondary"
              onClick={() => {
                setMessage(undefined);
                setEditing(true);
                focusSoon(() => document.getElementById("weekly-add") ?? undefined);
              }}
            >
              {tr(v().profile ? "volunteer.detail.profile.edit" : "volunteer.detail.profile.fill")}
            </button>
          </>
        }
      >
        <ProfileForm
          profile={v().profile}
          municipality={v().municipality}
          headingLevel={3}
          onSave={save}
          onCancel={() => {
            setEditing(false);
            focusSoon(() => document.getElementById("profile-edit") ?? undefined);
          }}
        />
      </Show>
    </section>
  );
}

/** Coordinators' notes on the volunteer, newest first, and a new one. */
export function NotesSection(props: { page: VolunteerPage; notes: VolunteerDetail["notes"] }) {
  const p = props.page;
  return (
    <section aria-labelledby="v-notes-title">
      <h2 id="v-notes-title">{tr("volunteer.note.title")}</h2>
      <Show when={props.notes.length > 0}>
        <ol class="timeline" data-testid="volunteer-notes">
          <For each={props.notes}>
            {(n) => (
              <li class="timeline__item timeline__item--note">
                <p class="timeline__when">
                  <time datetime={n.at}>{formatDateTime(n.at)}</time> ·{" "}
                  {tr("detail.timeline.by", { name: n.actorName })}
                </p>
                <p class="timeline__text">{n.text}</p>
              </li>
            )}
          </For>
        </ol>
      </Show>
      <NoteForm
        prefix="volunteer-note"
        texts="volunteer.note"
        save={(text) =>
          p.call(api.volunteers[":id"].notes.$post({ param: p.param(), json: { text } }))
        }
        onSaved={p.reload}
      />
    </section>
  );
}

/** Every status the volunteer has had, with who moved them and why. */
export function HistorySection(props: { history: VolunteerDetail["history"] }) {
  return (
    <section aria-labelledby="v-history-title">
      <h2 id="v-history-title">{tr("volunteer.history.title")}</h2>
      <p class="hint">{tr("detail.timeline.order")}</p>
      <ol class="timeline" data-testid="volunteer-history">
        <For each={props.history}>
          {(h) => (
            <li class="timeline__item timeline__item--status">
              <p class="timeline__when">
                <time datetime={h.at}>{formatDateTime(h.at)}</time>
                <Show when={h.actorName}>
                  {" · "}
                  {tr("detail.timeline.by", { name: h.actorName })}
                </Show>
              </p>
              <p class="timeline__title">
                {h.from
                  ? tr("volunteer.history.moved", {
                      from: tr(`volunteer.status.${h.from}`),
                      to: tr(`volunteer.status.${h.to}`),
                    })
                  : tr("volunteer.history.applied")}
              </p>
              <Show when={h.cause === "training_completed"}>
                <p class="timeline__text">{tr("volunteer.history.trainingCompleted")}</p>
              </Show>
              <Show when={h.cause === "erasure"}>
                <p class="timeline__text">{tr("volunteer.history.erasure")}</p>
              </Show>
              <Show when={h.until}>
                <p class="timeline__text">
                  {tr("volunteer.history.until", { date: formatDate(h.until ?? "") })}
                </p>
              </Show>
              <Show when={h.endReason}>
                <p class="timeline__text">{tr(`volunteer.endReason.${h.endReason as "other"}`)}</p>
              </Show>
              <Reason text={h.reason} />
            </li>
          )}
        </For>
      </ol>
    </section>
  );
}
