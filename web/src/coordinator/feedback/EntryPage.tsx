import { A } from "@solidjs/router";
import { createSignal, onMount, Show } from "solid-js";
import { createStore, reconcile } from "solid-js/store";
import { FormActions } from "../../lib/actions.tsx";
import { api } from "../../lib/api.ts";
import { ErrorSummary } from "../../lib/ErrorSummary.tsx";
import { ErrorMessage } from "../../lib/Field.tsx";
import { failureText, redirected } from "../../lib/failure.ts";
import { Radios, Select } from "../../lib/fields.tsx";
import { focusSoon } from "../../lib/focus.ts";
import { locale, tr } from "../../lib/i18n.ts";
import { createLoader } from "../../lib/load.ts";
import { PageHeading } from "../../lib/PageHeading.tsx";
import { createProblems, fromKeys, fromServer, type Problems } from "../../lib/problems.ts";
import { type Flash, Loaded, Notice, StatusMessage } from "../../lib/ui.tsx";
import { useApi } from "../api.ts";
import { EntryQuestions } from "./EntryQuestions.tsx";
import { audienceOrder, type EntryDraft, entryValues, questionTarget } from "./feedback.ts";
import type { Audience, Questionnaire } from "./types.ts";

const ways = ["paper", "phone"] as const;
type Via = (typeof ways)[number];

/**
 * Answers someone gave on paper or by phone, typed in by a coordinator one person at a time:
 * the survey, how it was given, then that survey's current questions. Nothing answered is
 * caught here without a request; the server's problems show at their questions. After saving,
 * "Enter another" empties the answers and keeps the survey and the way, for a pile of forms.
 */
export default function EntryPage() {
  const call = useApi();
  const list = createLoader(() => call(api.feedback.questionnaires.$get()));
  onMount(() => void list.reload());
  const [audience, setAudience] = createSignal<Audience | "">("");
  const [via, setVia] = createSignal<Via | "">("");
  const [draft, setDraft] = createStore<EntryDraft>({});
  const [busy, setBusy] = createSignal(false);
  const [failure, setFailure] = createSignal<string>();
  const [flash, setFlash] = createSignal<Flash>();
  let region: HTMLDivElement | undefined;
  let questionsHeading: HTMLHeadingElement | undefined;

  const questionnaire = (): Questionnaire | undefined =>
    list.data()?.questionnaires.find((q) => q.audience === audience());
  const questions = () => questionnaire()?.questions ?? [];
  const question = (path: string) => questions().find((q) => `values.${q.id}` === path);
  const firstQuestion = () => {
    const first = questions()[0];
    return first && questionTarget(first);
  };
  const order = ["audience", "via", "values"];
  const form = createProblems({
    label: (path) =>
      path === "audience"
        ? tr("feedback.entry.audience")
        : path === "via"
          ? tr("feedback.entry.via")
          : question(path)?.text[locale()],
    target: (path) => {
      if (path === "audience") return "entry-audience";
      if (path === "via") return "entry-via-paper";
      const q = question(path);
      return q ? questionTarget(q) : firstQuestion();
    },
    order: (paths) => {
      const rank = (p: string) => {
        const i = order.indexOf(p);
        return i >= 0 ? i : order.length + questions().findIndex((q) => `values.${q.id}` === p);
      };
      return [...paths].sort((a, b) => rank(a) - rank(b));
    },
  });

  const chooseAudience = (next: Audience | "") => {
    setAudience(next);
    setDraft(reconcile({}));
    form.clear();
  };

  async function save(event: SubmitEvent) {
    event.preventDefault();
    if (busy()) return;
    setFailure(undefined);
    setFlash(undefined);
    const chosen = audience();
    const way = via();
    const values = entryValues(questions(), draft);
    const missing: Problems = fromKeys({
      ...(!chosen && { audience: "feedback.entry.audience.error" as const }),
      ...(!way && { via: "feedback.entry.via.error" as const }),
      ...(chosen &&
        Object.keys(values).length === 0 && { values: "feedback.entry.nothing" as const }),
    });
    if (!chosen || !way || Object.keys(missing).length > 0) return form.show(missing);
    form.clear();
    setBusy(true);
    const result = await call(
      api.feedback.entries.$post({ json: { audience: chosen, via: way, values } }),
    );
    setBusy(false);
    if (result.ok) {
      setFlash({
        kind: "success",
        text: tr("feedback.entry.saved", {
          survey: tr(`feedback.audience.${chosen}`),
          via: tr(`feedback.entry.via.${way}`),
        }),
      });
      return focusSoon(() => region);
    }
    if (redirected(result)) return;
    if (result.kind === "validation" && Object.keys(result.fields).length > 0) {
      return form.show(fromServer(result.fields));
    }
    setFailure(failureText(result));
    focusSoon(() => document.getElementById("entry-failure") ?? undefined);
  }

  const another = () => {
    setFlash(undefined);
    setDraft(reconcile({}));
    form.clear();
    focusSoon(() => questionsHeading);
  };

  return (
    <div>
      <p class="breadcrumb">
        <A href="/coordinator/feedback">{tr("feedback.entry.back")}</A>
      </p>
      <PageHeading title={tr("feedback.entry.title")} />
      <p class="lead">{tr("feedback.entry.lead")}</p>
      <div ref={region} tabindex="-1" class="focus-target">
        <StatusMessage message={flash()} testId="entry-saved" />
      </div>
      <Loaded loader={list}>
        {() => (
          <Show
            when={!flash()}
            fallback={
              <div class="button-row">
                <button type="button" class="button" id="entry-another" onClick={another}>
                  {tr("feedback.entry.another")}
                </button>
                <A href="/coordinator/feedback" class="button button--secondary" id="entry-results">
                  {tr("feedback.entry.results")}
                </A>
                <p class="hint">{tr("feedback.entry.anotherHint")}</p>
              </div>
            }
          >
            <form id="entry-form" novalidate aria-busy={busy()} onSubmit={(e) => void save(e)}>
              <ErrorSummary id="entry-errors" items={form.items()} ref={form.summaryRef} />
              <Notice id="entry-failure" alert text={failure()} />
              <Select
                id="entry-audience"
                label={tr("feedback.entry.audience")}
                value={audience()}
                options={audienceOrder}
                optionLabel={(a) => tr(`feedback.audience.${a}`)}
                placeholder={tr("feedback.entry.audience.choose")}
                onChange={chooseAudience}
                error={form.error("audience")}
                required
              />
              <Radios
                id="entry-via"
                legend={tr("feedback.entry.via")}
                options={ways}
                optionLabel={(w) => tr(`feedback.entry.via.${w}`)}
                value={via()}
                onChange={setVia}
                error={form.error("via")}
                required
              />
              <h2 id="entry-questions" ref={questionsHeading} tabindex="-1">
                {tr("feedback.entry.questions")}
              </h2>
              <Show
                when={questionnaire()}
                fallback={
                  <p data-testid="entry-choose-first">{tr("feedback.entry.chooseFirst")}</p>
                }
              >
                {(chosen) => (
                  <>
                    <p class="hint">{tr("feedback.entry.questions.lead")}</p>
                    <ErrorMessage id="entry-values-error" text={form.error("values")} />
                    <EntryQuestions
                      questionnaire={chosen()}
                      draft={draft}
                      set={(id, value) => setDraft(id, value)}
                      error={form.error}
                    />
                  </>
                )}
              </Show>
              <FormActions
                submitId="entry-save"
                submit={tr("feedback.entry.save")}
                busy={busy()}
                busyLabel={tr("ui.saving")}
              />
            </form>
          </Show>
        )}
      </Loaded>
    </div>
  );
}
