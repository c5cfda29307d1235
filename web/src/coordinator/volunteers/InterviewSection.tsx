import { createSignal, Show } from "solid-js";
import { api } from "../../lib/api.ts";
import { failureText, redirected } from "../../lib/failure.ts";
import { focusSoon } from "../../lib/focus.ts";
import { languageName, sectorName, tr } from "../../lib/i18n.ts";
import type { SaveResult } from "../../lib/profile/ProfileForm.tsx";
import { Fact, type Flash, StatusMessage } from "../../lib/ui.tsx";
import { refreshApplicants } from "./counts.ts";
import { InterviewForm } from "./InterviewForm.tsx";
import { isConflict, refusal, unwrap, type VolunteerPage } from "./page.ts";
import type { Interview, InterviewBody } from "./types.ts";

/** The interview as it was recorded. */
function InterviewView(props: { interview: Interview }) {
  const i = () => props.interview;
  const prewrap = (text: string) => <span class="prewrap">{text}</span>;
  return (
    <dl class="facts">
      <Fact term={tr("volunteer.interview.workHistory")} when={i().workHistory}>
        {prewrap(i().workHistory)}
      </Fact>
      <Fact term={tr("volunteer.interview.lifeSituation")} when={i().lifeSituation}>
        {prewrap(i().lifeSituation)}
      </Fact>
      <Fact term={tr("volunteer.interview.earlierVolunteering")} when={i().earlierVolunteering}>
        {prewrap(i().earlierVolunteering)}
      </Fact>
      <Fact term={tr("volunteer.interview.languages")} when={i().languages.length > 0}>
        {i()
          .languages.map(
            (l) => `${languageName(l.code)} (${tr(`volunteer.level.${l.level}`).toLowerCase()})`,
          )
          .join(", ")}
      </Fact>
      <Fact term={tr("volunteer.interview.sectors")} when={i().sectors.length > 0}>
        {i().sectors.map(sectorName).join(", ")}
      </Fact>
      <Fact term={tr("volunteer.interview.suitability")} when={i().suitability}>
        {prewrap(i().suitability)}
      </Fact>
      <Fact term={tr("volunteer.interview.decision")}>
        {tr(`volunteer.interview.decision.${i().decision}`)}
        <Show when={i().reason}>
          {" – "}
          {i().reason}
        </Show>
      </Fact>
    </dl>
  );
}

/** The applicant's interview: filled in at once for a new applicant, otherwise read and edited. */
export function InterviewSection(props: { page: VolunteerPage; interview: Interview | null }) {
  const p = props.page;
  const [editing, setEditing] = createSignal(false);
  const [message, setMessage] = createSignal<Flash>();
  let heading: HTMLHeadingElement | undefined;

  async function save(interview: InterviewBody): Promise<SaveResult> {
    const result = await p.call(
      api.volunteers[":id"].interview.$put({
        param: p.param(),
        json: { interview, version: p.volunteer().version },
      }),
    );
    if (result.ok) {
      p.saved(result.data);
      setEditing(false);
      setMessage({
        kind: "success",
        text: tr("volunteer.interview.saved", {
          status: tr(`volunteer.status.${result.data.volunteer.status}`),
        }),
      });
      void refreshApplicants(p.call);
      focusSoon(() => heading);
      return { ok: true };
    }
    if (redirected(result)) return { ok: false };
    if (result.kind === "validation")
      return { ok: false, fields: unwrap(result.fields, "interview"), message: result.message };
    if (isConflict(result)) {
      await p.reload();
      return { ok: false, message: refusal(result) };
    }
    return { ok: false, message: failureText(result) };
  }

  return (
    <section aria-labelledby="v-interview-title">
      <h2 id="v-interview-title" ref={heading} tabindex="-1">
        {tr("volunteer.interview.title")}
      </h2>
      <StatusMessage message={message()} id="interview-message" />
      <Show
        when={editing() || (!props.interview && p.volunteer().status === "applicant")}
        fallback={
          <Show
            when={props.interview}
            fallback={<p class="muted">{tr("volunteer.interview.none")}</p>}
          >
            {(interview) => (
              <>
                <InterviewView interview={interview()} />
                <button
                  type="button"
                  id="interview-edit"
                  class="button button--secondary"
                  onClick={() => {
                    setMessage(undefined);
                    setEditing(true);
                    focusSoon(() => document.getElementById("interview-workHistory") ?? undefined);
                  }}
                >
                  {tr("volunteer.interview.edit")}
                </button>
              </>
            )}
          </Show>
        }
      >
        <InterviewForm
          volunteer={p.volunteer()}
          interview={props.interview}
          onSave={save}
          onCancel={
            props.interview
              ? () => {
                  setEditing(false);
                  focusSoon(() => document.getElementById("interview-edit") ?? undefined);
                }
              : undefined
          }
        />
      </Show>
    </section>
  );
}
