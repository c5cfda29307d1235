import { A } from "@solidjs/router";
import { createSignal, onMount, Show } from "solid-js";
import type { ApiFailure } from "../api.ts";
import { ErrorMessage } from "../components/Field.tsx";
import { failureText } from "../coordinator/api.ts";
import { createLoader } from "../coordinator/load.ts";
import { focusSoon } from "../focus.ts";
import { type MessageKey, tr, useTitle } from "../i18n.ts";
import { currentToken, linkApi, linkProblem, onTokenChange } from "./link.ts";
import { Fact, LinkTrouble, ResultPanel, visitTime } from "./parts.tsx";
import type { CancelLinkView, CancelOutcome } from "./types.ts";

type Panel = { kind: "success" | "info"; title: MessageKey; body: MessageKey };

/** Requests in these statuses can no longer be called off here. */
const ended = ["completed", "no_volunteer"];

/**
 * The requester calls the visit off with the link in their confirmation. Opening the page
 * changes nothing; the button does, and the page then says who has been told.
 */
export default function CancelPage() {
  const [token, setToken] = createSignal(currentToken());
  const view = createLoader(() =>
    linkApi<CancelLinkView>("GET", `/api/links/cancel/${encodeURIComponent(token() ?? "")}`),
  );
  const [outcome, setOutcome] = createSignal<CancelOutcome>();
  const [reason, setReason] = createSignal("");
  const [reasonError, setReasonError] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  const [sendFailure, setSendFailure] = createSignal<ApiFailure>();
  /** Whether a volunteer was coming: said before the cancellation removes them. */
  const [hadVolunteer, setHadVolunteer] = createSignal(false);
  let resultBox: HTMLDivElement | undefined;
  let failureBox: HTMLDivElement | undefined;

  const load = () => {
    if (token()) void view.reload();
  };
  onMount(load);
  onTokenChange(() => {
    setToken(currentToken());
    setOutcome(undefined);
    setSendFailure(undefined);
    load();
  });

  const problem = () => {
    if (!token()) return "noToken" as const;
    const failure = view.failure();
    return failure ? linkProblem(failure) : undefined;
  };

  const panel = (): Panel | undefined => {
    const done = outcome();
    const status = view.data()?.status;
    if (done === "cancelled")
      return {
        kind: "success",
        title: "links.cancel.done.title",
        body: hadVolunteer() ? "links.cancel.done.volunteer" : "links.cancel.done.noVolunteer",
      };
    if (done === "already_cancelled" || (!done && status === "cancelled"))
      return {
        kind: "info",
        title: "links.cancel.already.title",
        body: "links.cancel.already.body",
      };
    if (done === "closed" || (!done && status && ended.includes(status)))
      return { kind: "info", title: "links.cancel.closed.title", body: "links.cancel.closed.body" };
    return undefined;
  };

  useTitle(() => {
    const p = problem();
    if (p) return tr(p === "expired" ? "links.expired.title" : "links.invalid.title");
    const current = panel();
    if (current) return tr(current.title);
    return tr(view.data() ? "links.cancel.title" : "links.loading");
  });

  async function cancel(event: SubmitEvent) {
    event.preventDefault();
    const current = token();
    if (!current || busy()) return;
    setSendFailure(undefined);
    setReasonError(undefined);
    setBusy(true);
    setHadVolunteer(!!view.data()?.volunteerFirstName);
    const result = await linkApi<{ outcome: CancelOutcome }>(
      "POST",
      `/api/links/cancel/${encodeURIComponent(current)}`,
      { reason: reason().trim() || undefined },
    );
    if (!result.ok) {
      setBusy(false);
      if (result.kind === "validation" && result.fields.reason) {
        setReasonError(result.fields.reason);
        focusSoon(() => document.getElementById("cancel-reason") ?? undefined);
        return;
      }
      if (linkProblem(result)) {
        await view.reload();
        return;
      }
      setSendFailure(result);
      focusSoon(() => failureBox);
      return;
    }
    await view.reload();
    setBusy(false);
    setOutcome(result.data.outcome);
    focusSoon(() => resultBox);
  }

  return (
    <div class="link-page">
      <Show
        when={!problem() && view.data()}
        fallback={
          <Show
            when={problem() || view.failure()}
            fallback={
              <>
                <h1>{tr("links.loading")}</h1>
                <p class="loading" role="status">
                  {tr("links.loading")}
                </p>
              </>
            }
          >
            <LinkTrouble
              problem={problem()}
              failure={view.failure()}
              failureText={failureText(view.failure() ?? { ok: false, kind: "network" })}
              retry={load}
            />
          </Show>
        }
      >
        {(loaded) => (
          <>
            <Show
              when={panel()}
              fallback={
                <>
                  <h1>{tr("links.cancel.title")}</h1>
                  <p>{tr("links.cancel.intro")}</p>
                </>
              }
            >
              {(shown) => (
                <ResultPanel
                  kind={shown().kind}
                  title={shown().title}
                  body={shown().body}
                  ref={(el) => {
                    resultBox = el;
                  }}
                />
              )}
            </Show>
            <dl class="facts facts--large" data-testid="cancel-facts">
              <Fact term={tr("links.cancel.reference")}>
                <span data-testid="cancel-reference">{loaded().reference}</span>
              </Fact>
              <Fact term={tr("links.cancel.when")}>
                <time datetime={`${loaded().date}T${loaded().startTime}`}>
                  {visitTime(loaded().date, loaded().startTime)}
                </time>
              </Fact>
              <Show when={loaded().volunteerFirstName}>
                {(name) => <Fact term={tr("links.cancel.volunteer")}>{name()}</Fact>}
              </Show>
            </dl>
            <Show
              when={!panel()}
              fallback={
                <p class="after-notice">
                  <A href="/" class="button button--secondary" id="new-request">
                    {tr("links.newRequest")}
                  </A>
                </p>
              }
            >
              <Show when={sendFailure()}>
                {(failure) => (
                  <div ref={failureBox} class="notice" tabindex="-1" role="alert">
                    <p>{failureText(failure())}</p>
                  </div>
                )}
              </Show>
              <form
                id="cancel-form"
                class="answer"
                novalidate
                aria-busy={busy()}
                onSubmit={(e) => void cancel(e)}
              >
                <div class="field" classList={{ "field--error": !!reasonError() }}>
                  <label class="label" for="cancel-reason">
                    {tr("links.cancel.reason")}{" "}
                    <span class="optional-mark">{tr("form.optional")}</span>
                  </label>
                  <p id="cancel-reason-hint" class="hint">
                    {tr("links.cancel.reason.hint")}
                  </p>
                  <ErrorMessage id="cancel-reason-error" text={reasonError()} />
                  <textarea
                    id="cancel-reason"
                    name="reason"
                    rows={3}
                    maxlength={1000}
                    aria-invalid={reasonError() ? "true" : undefined}
                    aria-describedby={`cancel-reason-hint${reasonError() ? " cancel-reason-error" : ""}`}
                    value={reason()}
                    onInput={(e) => setReason(e.currentTarget.value)}
                  />
                </div>
                <button
                  type="submit"
                  id="cancel-confirm"
                  class="button button--warning button--large"
                  disabled={busy()}
                  aria-busy={busy()}
                >
                  {busy() ? tr("links.working") : tr("links.cancel.button")}
                </button>
              </form>
            </Show>
          </>
        )}
      </Show>
    </div>
  );
}
