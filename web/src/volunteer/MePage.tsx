import { addDays, helsinkiDate } from "@rinnalla/core/util";
import { useNavigate } from "@solidjs/router";
import { createSignal, onMount, Show } from "solid-js";
import { type ApiFailure, api } from "../lib/api.ts";
import { ErrorMessage } from "../lib/Field.tsx";
import { failureText } from "../lib/failure.ts";
import { focusHeadingOnNavigation, focusSoon } from "../lib/focus.ts";
import { formatDate } from "../lib/format.ts";
import { tr, useTitle } from "../lib/i18n.ts";
import { createLoader } from "../lib/load.ts";
import { ProfileForm, type SaveResult } from "../lib/profile/ProfileForm.tsx";
import { Fact, ProfileView } from "../lib/profile/ProfileView.tsx";
import type { SentProfile } from "../lib/profile/types.ts";
import { ConfirmPanel, type Flash, LoadFailure, Loading, StatusMessage } from "../lib/ui.tsx";
import { signedOut, useVolunteerApi, type VolunteerNotice } from "./api.ts";
import { MyVisitsSection } from "./MyVisits.tsx";

/** A refused change: someone (a coordinator) changed the details meanwhile, or the state did. */
const refusal = (failure: ApiFailure) =>
  failure.kind === "rejected" && (failure.code === "conflict" || failure.code === "not_allowed")
    ? tr("volunteer.self.conflict")
    : failureText(failure);

/**
 * The volunteer's own page: their visits, their details, their profile (when they can come,
 * languages, areas …), a pause when life gets busy, and signing out. Plain language and large
 * targets.
 */
export default function MePage() {
  const headingRef = focusHeadingOnNavigation();
  const call = useVolunteerApi();
  const navigate = useNavigate();
  const me = createLoader(() => call(api.me.volunteer.$get()));
  const [editing, setEditing] = createSignal(false);
  const [profileMessage, setProfileMessage] = createSignal<Flash>();
  const [pausing, setPausing] = createSignal(false);
  const [until, setUntil] = createSignal("");
  const [untilError, setUntilError] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  const [statusMessage, setStatusMessage] = createSignal<Flash>();
  const [signOutError, setSignOutError] = createSignal<Flash>();
  let editButton: HTMLButtonElement | undefined;
  let pauseButton: HTMLButtonElement | undefined;
  let statusHeading: HTMLHeadingElement | undefined;
  let profileHeading: HTMLHeadingElement | undefined;

  useTitle(() => tr("volunteer.self.title"));
  onMount(() => void me.reload());

  const today = helsinkiDate(new Date());

  async function saveProfile(profile: SentProfile): Promise<SaveResult> {
    const current = me.data();
    if (!current) return { ok: false };
    const result = await call(
      api.me.volunteer.profile.$put({ json: { profile, version: current.version } }),
    );
    if (result.ok) {
      me.set(result.data);
      setEditing(false);
      setProfileMessage({ kind: "success", text: tr("volunteer.profile.saved") });
      focusSoon(() => profileHeading);
      return { ok: true };
    }
    if (signedOut(result)) return { ok: false };
    if (result.kind === "validation")
      return { ok: false, fields: result.fields, message: result.message };
    if (result.kind === "rejected" && result.code === "conflict") {
      await me.reload();
      return { ok: false, message: tr("volunteer.self.profileConflict") };
    }
    return { ok: false, message: failureText(result) };
  }

  async function changeStatus(kind: "pause" | "resume") {
    const current = me.data();
    if (!current || busy()) return;
    if (kind === "pause" && !until()) {
      setUntilError(tr("error.required"));
      focusSoon(() => document.getElementById("pause-until") ?? undefined);
      return;
    }
    setUntilError(undefined);
    setBusy(true);
    const result = await call(
      kind === "pause"
        ? api.me.volunteer.pause.$post({ json: { until: until(), version: current.version } })
        : api.me.volunteer.resume.$post({ json: { version: current.version } }),
    );
    setBusy(false);
    if (signedOut(result)) return;
    if (!result.ok && result.kind === "validation" && result.fields.until) {
      setUntilError(result.fields.until);
      focusSoon(() => document.getElementById("pause-until") ?? undefined);
      return;
    }
    setPausing(false);
    if (result.ok) {
      me.set(result.data);
      setStatusMessage({
        kind: "success",
        text:
          kind === "pause"
            ? tr("volunteer.self.paused.done", { date: formatDate(until()) })
            : tr("volunteer.self.resumed.done"),
      });
    } else {
      await me.reload();
      setStatusMessage({ kind: "error", text: refusal(result) });
    }
    focusSoon(() => statusHeading);
  }

  async function signOut() {
    setSignOutError(undefined);
    const result = await call(api.me["sign-out"].$post());
    if (result.ok || signedOut(result)) {
      navigate("/volunteer/sign-in", {
        replace: true,
        state: { notice: "signedOut" satisfies VolunteerNotice },
      });
    } else {
      setSignOutError({ kind: "error", text: failureText(result) });
    }
  }

  return (
    <div class="volunteer-page">
      <h1 ref={headingRef} tabindex="-1">
        {tr("volunteer.self.title")}
      </h1>
      <Show
        when={me.data()}
        fallback={
          <Show when={me.failure()} fallback={<Loading />}>
            {(failure) => (
              <Show when={!signedOut(failure())}>
                <LoadFailure failure={failure()} retry={() => void me.reload()} />
              </Show>
            )}
          </Show>
        }
      >
        {(v) => (
          <>
            <p class="lead">{tr("volunteer.self.hello", { name: v().name })}</p>

            <section aria-labelledby="me-status-title" class="me-section">
              <h2 id="me-status-title" ref={statusHeading} tabindex="-1">
                {tr("volunteer.self.status.title")}
              </h2>
              <p class="me-status" data-testid="volunteer-status">
                <Show
                  when={v().status === "paused"}
                  fallback={tr(`volunteer.self.status.${v().status}`)}
                >
                  {v().pausedUntil
                    ? tr("volunteer.self.status.pausedUntil", {
                        date: formatDate(v().pausedUntil ?? ""),
                      })
                    : tr("volunteer.self.status.paused")}
                </Show>
              </p>
              <Show when={v().status === "active" && !pausing()}>
                <p>{tr("volunteer.self.pause.intro")}</p>
                <button
                  type="button"
                  id="pause-open"
                  ref={pauseButton}
                  class="button button--secondary"
                  aria-expanded={pausing()}
                  onClick={() => {
                    setStatusMessage(undefined);
                    setUntil(addDays(today, 30));
                    setPausing(true);
                  }}
                >
                  {tr("volunteer.self.pause")}
                </button>
              </Show>
              <Show when={pausing()}>
                <ConfirmPanel
                  id="pause-panel"
                  title={tr("volunteer.self.pause.title")}
                  confirmId="pause-confirm"
                  confirmLabel={tr("volunteer.self.pause.confirm")}
                  busy={busy()}
                  onConfirm={() => void changeStatus("pause")}
                  onCancel={() => {
                    setPausing(false);
                    focusSoon(
                      () => pauseButton ?? document.getElementById("pause-open") ?? undefined,
                    );
                  }}
                >
                  <p>{tr("volunteer.self.pause.body")}</p>
                  <div class="field" classList={{ "field--error": !!untilError() }}>
                    <label class="label" for="pause-until">
                      {tr("volunteer.self.pause.until")}
                    </label>
                    <ErrorMessage id="pause-until-error" text={untilError()} />
                    <input
                      id="pause-until"
                      name="until"
                      type="date"
                      required
                      min={today}
                      value={until()}
                      aria-invalid={untilError() ? "true" : undefined}
                      aria-describedby={untilError() ? "pause-until-error" : undefined}
                      onInput={(e) => setUntil(e.currentTarget.value)}
                    />
                  </div>
                </ConfirmPanel>
              </Show>
              <Show when={v().status === "paused"}>
                <button
                  type="button"
                  id="resume"
                  class="button"
                  disabled={busy()}
                  aria-busy={busy()}
                  onClick={() => void changeStatus("resume")}
                >
                  {tr("volunteer.self.resume")}
                </button>
              </Show>
              <StatusMessage message={statusMessage()} id="status-message" />
            </section>

            <MyVisitsSection />

            <section aria-labelledby="me-details-title" class="me-section">
              <h2 id="me-details-title">{tr("volunteer.self.details")}</h2>
              <dl class="facts">
                <Fact term={tr("volunteer.apply.name")}>{v().name}</Fact>
                <Fact term={tr("volunteer.apply.email")}>{v().email}</Fact>
                <Fact term={tr("volunteer.apply.phone")} when={v().phone}>
                  {v().phone}
                </Fact>
                <Fact term={tr("volunteer.apply.municipality")}>{v().municipality}</Fact>
              </dl>
              <p class="hint">{tr("volunteer.self.details.change")}</p>
            </section>

            <section aria-labelledby="me-profile-title" class="me-section">
              <h2 id="me-profile-title" ref={profileHeading} tabindex="-1">
                {tr("volunteer.self.profile")}
              </h2>
              <p>{tr("volunteer.self.profile.intro")}</p>
              <StatusMessage
                message={profileMessage()}
                id="profile-message"
                testId="profile-saved"
              />
              <Show
                when={editing() || !v().profile}
                fallback={
                  <>
                    <Show when={v().profile}>
                      {(profile) => <ProfileView profile={profile()} />}
                    </Show>
                    <button
                      type="button"
                      id="profile-edit"
                      ref={editButton}
                      class="button"
                      onClick={() => {
                        setProfileMessage(undefined);
                        setEditing(true);
                        focusSoon(() => document.getElementById("weekly-add") ?? undefined);
                      }}
                    >
                      {tr("volunteer.self.profile.edit")}
                    </button>
                  </>
                }
              >
                <Show when={!v().profile}>
                  <div class="panel-note">
                    <p>{tr("volunteer.self.profile.empty")}</p>
                  </div>
                </Show>
                <ProfileForm
                  profile={v().profile}
                  municipality={v().municipality}
                  headingLevel={3}
                  onSave={saveProfile}
                  onCancel={
                    v().profile
                      ? () => {
                          setEditing(false);
                          focusSoon(() => editButton);
                        }
                      : undefined
                  }
                />
              </Show>
            </section>

            <section aria-labelledby="me-signout-title" class="me-section">
              <h2 id="me-signout-title">{tr("volunteer.self.signOut.title")}</h2>
              <button
                type="button"
                id="volunteer-sign-out"
                class="button button--secondary"
                onClick={() => void signOut()}
              >
                {tr("volunteer.self.signOut")}
              </button>
              <StatusMessage message={signOutError()} />
            </section>
          </>
        )}
      </Show>
    </div>
  );
}
