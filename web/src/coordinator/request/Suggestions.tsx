import { createSignal, For, Show } from "solid-js";
import { type ApiFailure, api, params } from "../../lib/api.ts";
import { ErrorMessage } from "../../lib/Field.tsx";
import { failureText, redirected } from "../../lib/failure.ts";
import { TextField } from "../../lib/fields.tsx";
import { tr } from "../../lib/i18n.ts";
import { type Flash, OrEmpty, StatusMessage } from "../../lib/ui.tsx";
import type { Caller } from "../api.ts";
import type { Request } from "../types.ts";
import { Assign } from "./Assign.tsx";
import { FirstMeetingFields } from "./FirstMeetingFields.tsx";
import {
  DEFAULT_EXPIRY_HOURS,
  exclusionPhrases,
  MAX_OFFERS,
  type Matching,
  offerBody,
} from "./matching.ts";
import { SuggestionItem } from "./SuggestionItem.tsx";
import { focusFirst, noMeeting, placeErrors, say } from "./suggest.ts";

/**
 * Who could go: the ranked suggestions with their reasons, why others were left out, and the
 * two ways to a volunteer: offer the visit to up to five (first to accept gets it), or confirm
 * one directly after agreeing by phone.
 */
export function Suggestions(props: {
  request: Request;
  matching: Matching;
  call: Caller;
  /** After a change: reload the request and the matching, then report in the offers section. */
  finished: (message: Flash) => Promise<void>;
  refresh: () => Promise<void>;
}) {
  const [picked, setPicked] = createSignal<string[]>([]);
  const [hours, setHours] = createSignal(String(DEFAULT_EXPIRY_HOURS));
  const [meeting, setMeeting] = createSignal(noMeeting());
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const [busy, setBusy] = createSignal(false);
  const [message, setMessage] = createSignal<Flash>();
  const [assigning, setAssigning] = createSignal(false);

  const excluded = () => exclusionPhrases(props.matching.excluded).map(say);
  const nameOf = (id: string) =>
    props.matching.suggestions.find((s) => s.volunteerId === id)?.name ?? id;
  const toggle = (id: string, checked: boolean) =>
    setPicked((now) => (checked ? [...now, id] : now.filter((p) => p !== id)));
  const order = ["offer-pick", "offer-expires", "offer-meeting"];

  /** Refused for a reason other than the form: someone got there first, or the status moved. */
  async function refused(result: ApiFailure) {
    await props.refresh();
    setMessage({
      kind: "error",
      text:
        result.kind === "rejected" && result.code === "conflict"
          ? tr("detail.conflict")
          : failureText(result),
    });
  }

  async function offer(event: SubmitEvent) {
    event.preventDefault();
    if (busy()) return;
    setMessage(undefined);
    const checked = offerBody(
      { picked: picked(), expiresInHours: hours(), meeting: meeting() },
      props.request.version,
    );
    if (!checked.ok) {
      const found: Record<string, string> = {};
      for (const [id, phrase] of Object.entries(checked.errors)) found[id] = say(phrase);
      setErrors(found);
      return focusFirst(found, order);
    }
    setErrors({});
    setBusy(true);
    const result = await props.call(
      api.requests[":id"].offers.$post({
        param: params({ id: props.request.id }),
        json: checked.body,
      }),
    );
    setBusy(false);
    if (result.ok) {
      const names = checked.body.volunteerIds.map(nameOf).join(", ");
      setPicked([]);
      setMeeting(noMeeting());
      setHours(String(DEFAULT_EXPIRY_HOURS));
      await props.finished({ kind: "success", text: tr("detail.offer.done", { names }) });
      return;
    }
    if (redirected(result)) return;
    if (result.kind === "validation") {
      const { placed, rest } = placeErrors(result.fields, "offer");
      setErrors(placed);
      if (rest.length > 0 || Object.keys(placed).length === 0)
        setMessage({ kind: "error", text: rest.join(" ") || failureText(result) });
      return focusFirst(placed, order);
    }
    await refused(result);
  }

  // The deadline and first meeting are optional: folded away unless asked for or wrong.
  const [more, setMore] = createSignal(false);
  const moreSummary = () =>
    tr("detail.offer.more", {
      hours: hours().trim() || String(DEFAULT_EXPIRY_HOURS),
      meeting: meeting().date ? tr("detail.offer.more.meeting") : tr("detail.offer.more.noMeeting"),
    });

  return (
    <>
      <p data-testid="match-summary" class="match-summary">
        {tr("detail.match.considered", { count: props.matching.considered })}
        <Show when={excluded().length > 0}>
          {" "}
          {tr("detail.match.excluded", { list: excluded().join(", ") })}
        </Show>
      </p>
      <OrEmpty
        when={props.matching.suggestions.length > 0}
        text={tr("detail.match.empty")}
        testId="match-empty"
      >
        <form id="offer-form" novalidate aria-busy={busy()} onSubmit={(e) => void offer(e)}>
          <fieldset
            id="offer-pick"
            class="field fieldset"
            classList={{ "field--error": !!errors()["offer-pick"] }}
            aria-describedby={`offer-pick-intro offer-pick-count${errors()["offer-pick"] ? " offer-pick-error" : ""}`}
          >
            <legend class="label">{tr("detail.match.legend", { max: MAX_OFFERS })}</legend>
            <ErrorMessage id="offer-pick-error" text={errors()["offer-pick"]} />
            <ol class="suggestions" data-testid="suggestions">
              <For each={props.matching.suggestions}>
                {(suggestion) => (
                  <SuggestionItem
                    suggestion={suggestion}
                    checked={picked().includes(suggestion.volunteerId)}
                    invalid={!!errors()["offer-pick"]}
                    onChange={(checked) => toggle(suggestion.volunteerId, checked)}
                  />
                )}
              </For>
            </ol>
            <p id="offer-pick-intro" class="hint">
              {tr("detail.match.intro", { max: MAX_OFFERS })}
            </p>
          </fieldset>
          <details
            class="offer-more"
            open={more() || !!errors()["offer-expires"] || !!errors()["offer-meeting"]}
            onToggle={(e) => setMore(e.currentTarget.open)}
          >
            <summary id="offer-more">{moreSummary()}</summary>
            <TextField
              id="offer-expires"
              label={tr("detail.offer.expires")}
              hint={tr("detail.offer.expires.hint")}
              error={errors()["offer-expires"]}
              type="number"
              inputmode="numeric"
              min={1}
              max={168}
              step={1}
              value={hours()}
              onInput={setHours}
            />
            <FirstMeetingFields
              prefix="offer"
              value={meeting()}
              onChange={setMeeting}
              error={errors()["offer-meeting"]}
            />
          </details>
          <div class="offer-actions">
            <p id="offer-pick-count" class="offer-actions__count" aria-live="polite">
              {tr("detail.match.chosen", { count: picked().length, max: MAX_OFFERS })}
            </p>
            <button
              type="submit"
              id="offer-send"
              class="button"
              disabled={busy()}
              aria-busy={busy() && !assigning()}
            >
              {busy() && !assigning() ? tr("ui.working") : tr("detail.offer.send")}
            </button>
          </div>
        </form>

        <Assign
          request={props.request}
          suggestions={props.matching.suggestions}
          call={props.call}
          picked={picked()}
          busy={busy()}
          setBusy={setBusy}
          assigning={assigning()}
          setAssigning={setAssigning}
          say={setMessage}
          finished={props.finished}
          refused={refused}
        />
      </OrEmpty>
      <StatusMessage message={message()} id="match-message" />
    </>
  );
}
