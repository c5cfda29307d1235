import { createSignal, For, Show } from "solid-js";
import { type ApiFailure, api, params } from "../../lib/api.ts";
import { ErrorMessage } from "../../lib/Field.tsx";
import { failureText, redirected } from "../../lib/failure.ts";
import { TextField } from "../../lib/fields.tsx";
import { formatDate, formatNumber } from "../../lib/format.ts";
import { languageName, tr } from "../../lib/i18n.ts";
import { type Flash, OrEmpty, StatusMessage } from "../../lib/ui.tsx";
import type { Caller } from "../api.ts";
import type { Request } from "../types.ts";
import { Assign } from "./Assign.tsx";
import { FirstMeetingFields } from "./FirstMeetingFields.tsx";
import {
  blocksNewOffer,
  DEFAULT_EXPIRY_HOURS,
  exclusionPhrases,
  factorPhrase,
  MAX_OFFERS,
  type Matching,
  offerBody,
  offerOf,
  offerStatusLabels,
  type Suggestion,
  signedPoints,
} from "./matching.ts";
import { focusFirst, noMeeting, placeErrors, say } from "./suggest.ts";

/** One suggested volunteer: a checkbox with their name and score, then why they fit. */
function SuggestionItem(props: {
  suggestion: Suggestion;
  checked: boolean;
  invalid: boolean;
  onChange: (checked: boolean) => void;
}) {
  const s = () => props.suggestion;
  const id = () => `pick-${s().volunteerId}`;
  const blocked = () => blocksNewOffer(offerOf(s()));
  return (
    <li class="suggestion" data-testid="suggestion">
      <div class="choice">
        <input
          type="checkbox"
          id={id()}
          name="volunteerIds"
          value={s().volunteerId}
          checked={props.checked}
          disabled={blocked()}
          aria-invalid={props.invalid ? "true" : undefined}
          aria-describedby={`${id()}-facts`}
          onChange={(e) => props.onChange(e.currentTarget.checked)}
        />
        <label for={id()}>
          <span class="suggestion__name">{s().name}</span>{" "}
          <span class="suggestion__score">
            {tr("detail.match.score", { score: formatNumber(s().score) })}
          </span>
        </label>
      </div>
      <div id={`${id()}-facts`} class="suggestion__facts">
        <p class="suggestion__meta">
          {[
            s().municipality,
            s()
              .languages.map((l) => languageName(l.code))
              .join(", "),
            s().lastVisitAt
              ? tr("detail.match.lastVisit", { date: formatDate(s().lastVisitAt ?? "") })
              : tr("detail.match.noVisits"),
          ]
            .filter(Boolean)
            .join(" · ")}
        </p>
        <Show when={offerOf(s())}>
          {(status) => (
            <p class="suggestion__offered">
              {tr("detail.match.offered", { status: tr(offerStatusLabels[status()]) })}
            </p>
          )}
        </Show>
        <Show when={s().factors.length > 0}>
          <ul class="factors" aria-label={tr("detail.match.factors")}>
            <For each={s().factors}>
              {(factor) => (
                <li
                  class="factor"
                  classList={{
                    "factor--plus": factor.points > 0,
                    "factor--minus": factor.points < 0,
                  }}
                >
                  {say(factorPhrase(factor))}{" "}
                  <span class="factor__points">
                    (
                    {tr("detail.match.points", {
                      points: signedPoints(factor.points, formatNumber),
                    })}
                    )
                  </span>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </div>
    </li>
  );
}

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

  return (
    <>
      <Show when={props.matching.suggestions.length > 0}>
        <p class="hint">{tr("detail.match.intro", { max: MAX_OFFERS })}</p>
      </Show>
      <p data-testid="match-summary">
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
            aria-describedby={`offer-pick-count${errors()["offer-pick"] ? " offer-pick-error" : ""}`}
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
            <p id="offer-pick-count" class="hint" aria-live="polite">
              {tr("detail.match.chosen", { count: picked().length, max: MAX_OFFERS })}
            </p>
          </fieldset>
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
          <div class="button-row">
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
