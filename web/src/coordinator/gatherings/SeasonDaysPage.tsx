import { createSignal, For, onMount } from "solid-js";
import { createStore } from "solid-js/store";
import { BusyButton } from "../../lib/actions.tsx";
import { api } from "../../lib/api.ts";
import { ErrorSummary } from "../../lib/ErrorSummary.tsx";
import { failureText, redirected } from "../../lib/failure.ts";
import { TextField } from "../../lib/fields.tsx";
import { tr } from "../../lib/i18n.ts";
import { createLoader } from "../../lib/load.ts";
import { createProblems, fromServer } from "../../lib/problems.ts";
import { type Flash, Loaded, StatusMessage } from "../../lib/ui.tsx";
import { AdminPage } from "../admin/AdminOnly.tsx";
import { useApi } from "../api.ts";
import { readMonthDay, showMonthDay } from "./details.ts";
import type { SeasonSettings } from "./types.ts";

const seasons = ["spring", "autumn"] as const;
const days = ["draftOn", "inviteBy"] as const;
const fieldId = (path: string) => `season-${path.replace(".", "-")}`;

function labelOf(path: string) {
  const [season, day] = path.split(".") as [(typeof seasons)[number], (typeof days)[number]];
  if (!seasons.includes(season) || !days.includes(day)) return undefined;
  return `${tr(`coord.seasons.${season}`)} – ${tr(`coord.seasons.${day}`)}`;
}

function SeasonDaysForm(props: { settings: SeasonSettings; onSaved: (s: SeasonSettings) => void }) {
  const call = useApi();
  const [draft, setDraft] = createStore({
    spring: {
      draftOn: showMonthDay(props.settings.spring.draftOn),
      inviteBy: showMonthDay(props.settings.spring.inviteBy),
    },
    autumn: {
      draftOn: showMonthDay(props.settings.autumn.draftOn),
      inviteBy: showMonthDay(props.settings.autumn.inviteBy),
    },
  });
  const [version, setVersion] = createSignal(props.settings.version);
  const [busy, setBusy] = createSignal(false);
  const [message, setMessage] = createSignal<Flash>();
  const form = createProblems({ label: labelOf, target: fieldId });
  const read = (s: (typeof seasons)[number]) => ({
    draftOn: readMonthDay(draft[s].draftOn),
    inviteBy: readMonthDay(draft[s].inviteBy),
  });

  async function save(event: SubmitEvent) {
    event.preventDefault();
    if (busy()) return;
    setMessage(undefined);
    form.clear();
    setBusy(true);
    const result = await call(
      api.gatherings.seasons.$put({
        json: { spring: read("spring"), autumn: read("autumn"), version: version() },
      }),
    );
    setBusy(false);
    if (result.ok) {
      setVersion(result.data.version);
      props.onSaved(result.data);
      return setMessage({ kind: "success", text: tr("coord.seasons.saved") });
    }
    if (redirected(result)) return;
    if (result.kind === "validation" && Object.keys(result.fields).length)
      return form.show(fromServer(result.fields));
    setMessage({ kind: "error", text: failureText(result) });
  }

  return (
    <form id="seasons-form" novalidate aria-busy={busy()} onSubmit={(e) => void save(e)}>
      <ErrorSummary id="seasons-errors" items={form.items()} ref={form.summaryRef} />
      <For each={seasons}>
        {(season) => (
          <fieldset class="session-fields">
            <legend>{tr(`coord.seasons.${season}`)}</legend>
            <For each={days}>
              {(day) => (
                <TextField
                  id={fieldId(`${season}.${day}`)}
                  label={tr(`coord.seasons.${day}`)}
                  hint={tr(`coord.seasons.${day}.hint`)}
                  value={draft[season][day]}
                  error={form.error(`${season}.${day}`)}
                  onInput={(v) => setDraft(season, day, v)}
                  class="input--short"
                  required
                />
              )}
            </For>
          </fieldset>
        )}
      </For>
      <StatusMessage message={message()} testId="seasons-message" />
      <BusyButton
        id="seasons-save"
        busy={busy()}
        label={tr("coord.seasons.save")}
        busyLabel={tr("ui.saving")}
      />
    </form>
  );
}

/** The days each season's gathering is drafted and must be invited by (admins). */
export default function SeasonDaysPage() {
  const call = useApi();
  const settings = createLoader(() => call(api.gatherings.seasons.$get()));
  onMount(() => void settings.reload());
  return (
    <div>
      <p class="breadcrumb">
        <a href="/coordinator/gatherings">{tr("coord.gatherings.back")}</a>
      </p>
      <AdminPage title={tr("coord.seasons.title")}>
        <p class="lead">{tr("coord.seasons.lead")}</p>
        <Loaded loader={settings}>
          {(s) => <SeasonDaysForm settings={s()} onSaved={settings.set} />}
        </Loaded>
      </AdminPage>
    </div>
  );
}
