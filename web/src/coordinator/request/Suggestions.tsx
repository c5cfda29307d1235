import { createSignal, For, Show } from "solid-js";
import { type ApiFailure, api, params } from "../../lib/api.ts";
import { ErrorMessage, Field } from "../../lib/Field.tsx";
import { failureText, redirected } from "../../lib/failure.ts";
import { focusField, focusSoon } from "../../lib/focus.ts";
import { formatDate, formatNumber } from "../../lib/format.ts";
import { languageName, tr } from "../../lib/i18n.ts";
import { ConfirmPanel, type Flash, StatusMessage } from "../../lib/ui.tsx";
import type { Caller } from "../api.ts";
import type { Request } from "../types.ts";
import { FirstMeetingFields } from "./FirstMeetingFields.tsx";
import {
  blocksNewOffer,
  DEFAULT_EXPIRY_HOURS,
  exclusionPhrases,
  type FirstMeeting,
  factorPhrase,
  fieldIdOf,
  MAX_OFFERS,
  type Matching,
  offerBody,
  offerOf,
  offerStatusLabels,
  type Phrase,
  type Suggestion,
  signedPoints,
} from "./matching.ts";

const say = (phrase: Phrase) => tr(phrase.key, phrase.vars);
const noMeeting = (): FirstMeeting => ({ date: "", time: "", place: "" });

/** The API's field errors, placed by control; what has no control goes to the form's message. */
function placeErrors(fields: Record<string, string>, prefix: "offer" | "assign") {
  const placed: Record<string, string> = {};
  const rest: string[] = [];
  for (const [path, text] of Object.entries(fields)) {
    const id = fieldIdOf(path, prefix);
    if (id) placed[id] ??= text;
    else rest.push(text);
  }
  return { placed, rest };
}

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
  const [assignee, setAssignee] = createSignal("");
  const [note, setNote] = createSignal("");
  const [assignMeeting, setAssignMeeting] = createSignal(noMeeting());
  const [assignErrors, setAssignErrors] = createSignal<Record<string, string>>({});
  let assignButton: HTMLButtonElement | undefined;

  const route = api.requests[":id"];
  const param = () => params({ id: props.request.id });
  const excluded = () => exclusionPhrases(props.matching.excluded).map(say);
  const nameOf = (id: string) =>
    props.matching.suggestions.find((s) => s.volunteerId === id)?.name ?? id;

  const toggle = (id: string, checked: boolean) =>
    setPicked((now) => (checked ? [...now, id] : now.filter((p) => p !== id)));

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
      focusFirst(found, ["offer-pick", "offer-expires", "offer-meeting"]);
      return;
    }
    setErrors({});
    setBusy(true);
    const result = await props.call(route.offers.$post({ param: param(), json: checked.body }));
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
      focusFirst(placed, ["offer-pick", "offer-expires", "offer-meeting"]);
      return;
    }
    await refused(result);
  }

  function focusFirst(found: Record<string, string>, order: string[]) {
    const first = order.find((id) => found[id]);
    if (!first) return;
    // A group's first control takes focus; its legend and error are read with it.
    const target =
      first === "offer-pick"
        ? (document.querySelector<HTMLInputElement>("#offer-pick input:not(:disabled)")?.id ??
          first)
        : first.endsWith("-meeting")
          ? `${first}-date`
          : first;
    queueMicrotask(() => focusField(target));
  }

  async function assign() {
    if (busy()) return;
    const volunteerId = assignee();
    const found: Record<string, string> = {};
    if (!volunteerId) found["assign-volunteer"] = tr("error.required");
    const m = assignMeeting();
    const given = [m.date, m.time, m.place].filter((v) => v.trim()).length;
    if (given > 0 && given < 3)
      found["assign-meeting"] = tr("detail.offer.firstMeeting.incomplete");
    setAssignErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirst(found, ["assign-volunteer", "assign-meeting"]);
      return;
    }
    setBusy(true);
    const result = await props.call(
      route.assign.$post({
        param: param(),
        json: {
          version: props.request.version,
          volunteerId,
          ...(note().trim() ? { note: note().trim() } : {}),
          ...(given === 3
            ? { firstMeeting: { date: m.date, time: m.time, place: m.place.trim() } }
            : {}),
        },
      }),
    );
    setBusy(false);
    if (result.ok) {
      setAssigning(false);
      await props.finished({
        kind: "success",
        text: tr("detail.assign.done", { name: nameOf(volunteerId) }),
      });
      return;
    }
    if (redirected(result)) return;
    if (result.kind === "validation") {
      const { placed, rest } = placeErrors(result.fields, "assign");
      setAssignErrors(placed);
      if (rest.length > 0 || Object.keys(placed).length === 0)
        setMessage({ kind: "error", text: rest.join(" ") || failureText(result) });
      focusFirst(placed, ["assign-volunteer", "assign-note", "assign-meeting"]);
      return;
    }
    setAssigning(false);
    await refused(result);
    focusSoon(() => assignButton);
  }

  const openAssign = () => {
    setMessage(undefined);
    setAssignErrors({});
    setAssignee(picked().length === 1 ? (picked()[0] ?? "") : "");
    setNote("");
    setAssignMeeting(noMeeting());
    setAssigning(true);
  };

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
      <Show
        when={props.matching.suggestions.length > 0}
        fallback={
          <p class="empty" data-testid="match-empty">
            {tr("detail.match.empty")}
          </p>
        }
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
          <Field
            id="offer-expires"
            label={tr("detail.offer.expires")}
            hint={tr("detail.offer.expires.hint")}
            error={errors()["offer-expires"]}
          >
            {(control) => (
              <input
                {...control}
                type="number"
                inputmode="numeric"
                min={1}
                max={168}
                step={1}
                value={hours()}
                onInput={(e) => setHours(e.currentTarget.value)}
              />
            )}
          </Field>
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

        <p>
          <button
            type="button"
            id="assign-open"
            ref={assignButton}
            class="button button--secondary"
            aria-expanded={assigning()}
            disabled={busy()}
            onClick={openAssign}
          >
            {tr("detail.assign.open")}
          </button>
        </p>
        <Show when={assigning()}>
          <ConfirmPanel
            id="assign-panel"
            title={tr("detail.assign.title")}
            confirmId="assign-confirm"
            confirmLabel={tr("detail.assign.confirm")}
            busy={busy()}
            onConfirm={() => void assign()}
            onCancel={() => {
              setAssigning(false);
              focusSoon(() => assignButton);
            }}
          >
            <p>{tr("detail.assign.intro")}</p>
            <Field
              id="assign-volunteer"
              label={tr("detail.assign.volunteer")}
              error={assignErrors()["assign-volunteer"]}
              required
            >
              {(control) => (
                <select
                  {...control}
                  value={assignee()}
                  onChange={(e) => setAssignee(e.currentTarget.value)}
                >
                  <option value="">{tr("detail.assign.choose")}</option>
                  <For each={props.matching.suggestions}>
                    {(s) => <option value={s.volunteerId}>{s.name}</option>}
                  </For>
                </select>
              )}
            </Field>
            <Field
              id="assign-note"
              label={tr("detail.assign.note")}
              hint={tr("detail.assign.note.hint")}
              error={assignErrors()["assign-note"]}
              optional
            >
              {(control) => (
                <textarea
                  {...control}
                  rows={3}
                  maxlength={4000}
                  value={note()}
                  onInput={(e) => setNote(e.currentTarget.value)}
                />
              )}
            </Field>
            <FirstMeetingFields
              prefix="assign"
              value={assignMeeting()}
              onChange={setAssignMeeting}
              error={assignErrors()["assign-meeting"]}
            />
          </ConfirmPanel>
        </Show>
      </Show>
      <StatusMessage message={message()} id="match-message" />
    </>
  );
}
