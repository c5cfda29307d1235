import { addDays, helsinkiDate } from "@rinnalla/core/util";
import { createSignal, Show } from "solid-js";
import { BusyButton, ConfirmPanel, OpenButton } from "../lib/actions.tsx";
import { type ApiFailure, api } from "../lib/api.ts";
import { failureText } from "../lib/failure.ts";
import { TextField } from "../lib/fields.tsx";
import { focusSoon } from "../lib/focus.ts";
import { formatDate } from "../lib/format.ts";
import { tr } from "../lib/i18n.ts";
import type { SelfView } from "../lib/profile/types.ts";
import { type Flash, StatusMessage } from "../lib/ui.tsx";
import { signedOut, useVolunteerApi } from "./api.ts";

/** A refused change: someone (a coordinator) changed the details meanwhile, or the state did. */
const refusal = (failure: ApiFailure) =>
  failure.kind === "rejected" && (failure.code === "conflict" || failure.code === "not_allowed")
    ? tr("volunteer.self.conflict")
    : failureText(failure);

/** Where the volunteer stands, and a pause until a date (after a confirm step) or its end. */
export function PauseSection(props: {
  volunteer: SelfView;
  onChanged: (volunteer: SelfView) => void;
  reload: () => Promise<void>;
}) {
  const call = useVolunteerApi();
  const [pausing, setPausing] = createSignal(false);
  const [until, setUntil] = createSignal("");
  const [untilError, setUntilError] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  const [message, setMessage] = createSignal<Flash>();
  let pauseButton: HTMLButtonElement | undefined;
  let heading: HTMLHeadingElement | undefined;
  const today = helsinkiDate(new Date());
  const v = () => props.volunteer;
  const focusUntil = () => focusSoon(() => document.getElementById("pause-until") ?? undefined);

  async function change(kind: "pause" | "resume") {
    if (busy()) return;
    if (kind === "pause" && !until()) {
      setUntilError(tr("error.required"));
      focusUntil();
      return;
    }
    setUntilError(undefined);
    setBusy(true);
    const version = v().version;
    const result = await call(
      kind === "pause"
        ? api.me.volunteer.pause.$post({ json: { until: until(), version } })
        : api.me.volunteer.resume.$post({ json: { version } }),
    );
    setBusy(false);
    if (signedOut(result)) return;
    if (!result.ok && result.kind === "validation" && result.fields.until) {
      setUntilError(result.fields.until);
      focusUntil();
      return;
    }
    setPausing(false);
    if (result.ok) {
      props.onChanged(result.data);
      setMessage({
        kind: "success",
        text:
          kind === "pause"
            ? tr("volunteer.self.paused.done", { date: formatDate(until()) })
            : tr("volunteer.self.resumed.done"),
      });
    } else {
      await props.reload();
      setMessage({ kind: "error", text: refusal(result) });
    }
    focusSoon(() => heading);
  }

  return (
    <section aria-labelledby="me-status-title" class="me-section">
      <h2 id="me-status-title" ref={heading} tabindex="-1">
        {tr("volunteer.self.status.title")}
      </h2>
      <p class="me-status" data-testid="volunteer-status">
        <Show when={v().status === "paused"} fallback={tr(`volunteer.self.status.${v().status}`)}>
          {v().pausedUntil
            ? tr("volunteer.self.status.pausedUntil", { date: formatDate(v().pausedUntil ?? "") })
            : tr("volunteer.self.status.paused")}
        </Show>
      </p>
      <Show when={v().status === "active" && !pausing()}>
        <p>{tr("volunteer.self.pause.intro")}</p>
        <OpenButton
          id="pause-open"
          ref={pauseButton}
          expanded={pausing()}
          onClick={() => {
            setMessage(undefined);
            setUntil(addDays(today, 30));
            setPausing(true);
          }}
          label={tr("volunteer.self.pause")}
        />
      </Show>
      <Show when={pausing()}>
        <ConfirmPanel
          id="pause-panel"
          title={tr("volunteer.self.pause.title")}
          confirmId="pause-confirm"
          confirmLabel={tr("volunteer.self.pause.confirm")}
          busy={busy()}
          onConfirm={() => void change("pause")}
          onCancel={() => {
            setPausing(false);
            focusSoon(() => pauseButton ?? document.getElementById("pause-open") ?? undefined);
          }}
        >
          <p>{tr("volunteer.self.pause.body")}</p>
          <TextField
            id="pause-until"
            name="until"
            label={tr("volunteer.self.pause.until")}
            error={untilError()}
            required
            type="date"
            min={today}
            value={until()}
            onInput={setUntil}
          />
        </ConfirmPanel>
      </Show>
      <Show when={v().status === "paused"}>
        <BusyButton
          type="button"
          id="resume"
          busy={busy()}
          label={tr("volunteer.self.resume")}
          busyLabel={tr("volunteer.self.resume")}
          onClick={() => void change("resume")}
        />
      </Show>
      <StatusMessage message={message()} id="status-message" />
    </section>
  );
}
