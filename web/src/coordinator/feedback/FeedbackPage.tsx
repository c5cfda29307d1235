import { helsinkiDate } from "@rinnalla/core/util";
import { A, useSearchParams } from "@solidjs/router";
import { createEffect, For, on, Show } from "solid-js";
import { api } from "../../lib/api.ts";
import { Select } from "../../lib/fields.tsx";
import { tr } from "../../lib/i18n.ts";
import { createLoader } from "../../lib/load.ts";
import { PageHeading } from "../../lib/PageHeading.tsx";
import { Loaded } from "../../lib/ui.tsx";
import { useApi } from "../api.ts";
import { AudienceResults } from "./AudienceResults.tsx";
import { audienceOrder, chosenYear, yearsToChoose } from "./feedback.ts";
import { PairsPanel } from "./PairsPanel.tsx";
import "./feedback.css";

/**
 * A year's feedback: the clients' before and after, then each survey's answers, small numbers
 * hidden by the server. The year is in the address (`?year=2026`), this Helsinki year unless
 * chosen; answers given on paper or by phone are entered on a page of their own.
 */
export default function FeedbackPage() {
  const call = useApi();
  const [params, setParams] = useSearchParams<{ year?: string }>();
  const thisYear = Number(helsinkiDate(new Date()).slice(0, 4));
  const year = () => chosenYear(params.year, thisYear);
  const results = createLoader(async () => {
    const [answers, questions] = await Promise.all([
      call(api.feedback.results.$get({ query: { year: String(year()) } })),
      call(api.feedback.questionnaires.$get()),
    ]);
    if (!answers.ok) return answers;
    if (!questions.ok) return questions;
    return { ...answers, data: { ...answers.data, questionnaires: questions.data.questionnaires } };
  });
  createEffect(on(year, () => void results.reload()));
  const shown = () => {
    const data = results.data();
    return data && data.year === year() && !results.loading() ? data : undefined;
  };

  return (
    <div>
      <PageHeading title={tr("feedback.title")} />
      <p class="lead">{tr("feedback.lead")}</p>
      <div class="button-row">
        <A href="/coordinator/feedback/entry" class="button" id="feedback-enter">
          {tr("feedback.enter")}
        </A>
      </div>
      <Select
        id="feedback-year"
        label={tr("feedback.year")}
        value={String(year())}
        options={yearsToChoose(thisYear)}
        optionLabel={String}
        onChange={(chosen) =>
          setParams({ year: chosen === thisYear || chosen === "" ? undefined : String(chosen) })
        }
      />
      <Loaded loader={results} when={shown()}>
        {(data) => {
          const group = (audience: string) => data().audiences.find((a) => a.audience === audience);
          const questionnaire = (audience: string) =>
            data().questionnaires.find((q) => q.audience === audience);
          return (
            <Show
              when={data().audiences.some((a) => a.answered > 0)}
              fallback={
                <p class="empty" data-testid="feedback-empty">
                  {tr("feedback.empty", { year: data().year })}
                </p>
              }
            >
              <PairsPanel pairs={data().pairs} />
              <For each={audienceOrder}>
                {(audience) => (
                  <Show when={group(audience)}>
                    {(g) => (
                      <AudienceResults
                        group={g()}
                        halves={data().halves}
                        questionnaire={questionnaire(audience)}
                      />
                    )}
                  </Show>
                )}
              </For>
            </Show>
          );
        }}
      </Loaded>
    </div>
  );
}
