import { useNavigate } from "@solidjs/router";
import { createSignal, onMount, Show } from "solid-js";
import { api } from "../lib/api.ts";
import { failureText } from "../lib/failure.ts";
import { focusSoon } from "../lib/focus.ts";
import { tr } from "../lib/i18n.ts";
import { createLoader } from "../lib/load.ts";
import { PageHeading } from "../lib/PageHeading.tsx";
import { ProfileForm, type SaveResult } from "../lib/profile/ProfileForm.tsx";
import { ProfileView } from "../lib/profile/ProfileView.tsx";
import type { SelfView, SentProfile } from "../lib/profile/types.ts";
import { Fact, type Flash, LoadState, StatusMessage } from "../lib/ui.tsx";
import { signedOut, useVolunteerApi, type VolunteerNotice } from "./api.ts";
import { MyCertificatesSection } from "./MyCertificates.tsx";
import { ErasedView, MyDataSection } from "./MyData.tsx";
import { MyRecognitionSection } from "./MyRecognition.tsx";
import { MyTrainingSection } from "./MyTraining.tsx";
import { MyVisitsSection } from "./MyVisits.tsx";
import { NoticeBanner } from "./NoticeBanner.tsx";
import { PauseSection } from "./PauseSection.tsx";

/** The volunteer's profile: read, or edited in place (filled in first if there is none yet). */
function ProfileSection(props: {
  volunteer: SelfView;
  onSaved: (volunteer: SelfView) => void;
  reload: () => Promise<void>;
}) {
  const call = useVolunteerApi();
  const [editing, setEditing] = createSignal(false);
  const [message, setMessage] = createSignal<Flash>();
  let editButton: HTMLButtonElement | undefined;
  let heading: HTMLHeadingElement | undefined;
  const v = () => props.volunteer;

  async function save(profile: SentProfile): Promise<SaveResult> {
    const result = await call(
      api.me.volunteer.profile.$put({ json: { profile, version: v().version } }),
    );
    if (result.ok) {
      props.onSaved(result.data);
      setEditing(false);
      setMessage({ kind: "success", text: tr("volunteer.profile.saved") });
      focusSoon(() => heading);
      return { ok: true };
    }
    if (signedOut(result)) return { ok: false };
    if (result.kind === "validation")
      return { ok: false, fields: result.fields, message: result.message };
    if (result.kind === "rejected" && result.code === "conflict") {
      await props.reload();
      return { ok: false, message: tr("volunteer.self.profileConflict") };
    }
    return { ok: false, message: failureText(result) };
  }

  return (
    <section aria-labelledby="me-profile-title" class="me-section">
      <h2 id="me-profile-title" ref={heading} tabindex="-1">
        {tr("volunteer.self.profile")}
      </h2>
      <Show when={v().status !== "ended"} fallback={<EndedProfile volunteer={v()} />}>
        <p>{tr("volunteer.self.profile.intro")}</p>
        <StatusMessage message={message()} id="profile-message" testId="profile-saved" />
        <Show
          when={editing() || !v().profile}
          fallback={
            <>
              <Show when={v().profile}>{(profile) => <ProfileView profile={profile()} />}</Show>
              <button
                type="button"
                id="profile-edit"
                ref={editButton}
                class="button"
                onClick={() => {
                  setMessage(undefined);
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
            onSave={save}
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
      </Show>
    </section>
  );
}

/** After ending, the profile is shown as it was and cannot be changed (the API refuses it). */
function EndedProfile(props: { volunteer: SelfView }) {
  return (
    <>
      <p class="panel-note" data-testid="profile-ended">
        {tr("volunteer.self.ended.profile")}
      </p>
      <Show when={props.volunteer.profile}>{(profile) => <ProfileView profile={profile()} />}</Show>
    </>
  );
}

/**
 * The volunteer's own page: their visits, their training and hours, their certificates to
 * download, their milestones and choices about thanks, their details, their profile (when they can come, languages, areas …), a pause when
 * life gets busy, and signing out. After ending they still sign in, for their certificates and
 * record: nothing can be changed then, and the page says so. Plain language and large
 * targets.
 */
export default function MePage() {
  const call = useVolunteerApi();
  const navigate = useNavigate();
  const me = createLoader(() => call(api.me.volunteer.$get()));
  const [signOutError, setSignOutError] = createSignal<Flash>();

  onMount(() => void me.reload());

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

  // After erasing their data the volunteer is signed out: the page says it is done, nothing more.
  const [erased, setErased] = createSignal<string>();

  return (
    <div class="volunteer-page">
      <Show when={erased()}>{(until) => <ErasedView undoUntil={until()} />}</Show>
      <Show when={!erased()}>
        <PageHeading title={tr("volunteer.self.title")} />
        <Show
          when={me.data()}
          fallback={<LoadState failure={me.failure()} retry={() => void me.reload()} />}
        >
          {(v) => (
            <>
              <p class="lead">{tr("volunteer.self.hello", { name: v().name })}</p>

              <NoticeBanner volunteer={v()} onChanged={me.set} reload={me.reload} />

              <PauseSection volunteer={v()} onChanged={me.set} reload={me.reload} />
              <Show when={v().status === "ended"}>
                <p data-testid="ended-note">{tr("volunteer.self.ended.note")}</p>
              </Show>

              {/* Someone who has ended comes here for their certificates: those first. */}
              <Show when={v().status === "ended"}>
                <MyCertificatesSection />
              </Show>
              <MyVisitsSection />
              <MyTrainingSection status={v().status} />
              <Show when={v().status !== "ended"}>
                <MyCertificatesSection />
              </Show>
              <MyRecognitionSection ended={v().status === "ended"} />

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

              <ProfileSection volunteer={v()} onSaved={me.set} reload={me.reload} />

              <MyDataSection onErased={setErased} />

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
      </Show>
    </div>
  );
}
