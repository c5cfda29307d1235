import { localeNames } from "@rinnalla/core/i18n";
import { A, type RouteSectionProps } from "@solidjs/router";
import { createEffect, createSignal, For, type JSX, Show, untrack } from "solid-js";
import { type ApiFailure, api, params } from "../../lib/api.ts";
import { ErrorMessage } from "../../lib/Field.tsx";
import { failureText, redirected } from "../../lib/failure.ts";
import { focusHeadingOnNavigation, focusSoon } from "../../lib/focus.ts";
import {
  formatAppointment,
  formatClock,
  formatDateTime,
  formatDay,
  formatDuration,
} from "../../lib/format.ts";
import { languageName, type MessageKey, tr, useTitle } from "../../lib/i18n.ts";
import { createLoader } from "../../lib/load.ts";
import { ConfirmPanel, type Flash, LoadState, StatusMessage } from "../../lib/ui.tsx";
import { useApi } from "../api.ts";
import { StatusBadge } from "../badges.tsx";
import { retryEmail } from "../emails.ts";
import { inboxHref } from "../InboxPage.tsx";
import { createNote, NoteForm } from "../NoteForm.tsx";
import { type Action, actionsFor, closed, type Email, type Request } from "../types.ts";
import { EditDetails, type SaveOutcome } from "./EditDetails.tsx";
import { FollowUpRequest, SameClient } from "./FollowUp.tsx";
import { contactPerson, emailAddress, onBehalf, phoneNumber } from "./fields.ts";
import { MatchingSections } from "./Matching.tsx";
import { assignedOf } from "./matching.ts";
import { VisitOutcomeSection } from "./Report.tsx";
import { Timeline } from "./Timeline.tsx";

/** A term and its value; values that are missing show as "not given". */
function Fact(props: { term: string; children: JSX.Element; when?: unknown }) {
  return (
    <>
      <dt>{props.term}</dt>
      <dd>
        <Show when={props.when ?? true} fallback={<span class="muted">{tr("ui.notGiven")}</span>}>
          {props.children}
        </Show>
      </dd>
    </>
  );
}

function EmailLink(props: { address: string | undefined }) {
  return (
    <Show when={props.address} fallback={<span class="muted">{tr("ui.notGiven")}</span>}>
      {(address) => <a href={`mailto:${address()}`}>{address()}</a>}
    </Show>
  );
}

function PhoneLink(props: { number: string | undefined }) {
  return (
    <Show when={props.number} fallback={<span class="muted">{tr("ui.notGiven")}</span>}>
      {(number) => <a href={`tel:${number().replace(/[^\d+]/g, "")}`}>{number()}</a>}
    </Show>
  );
}

/** "The requester is emailed at …" or, without an address, who to phone. */
function Consequence(props: { request: Request; id: string }) {
  return (
    <p id={props.id} class="consequence">
      <Show
        when={emailAddress(props.request)}
        fallback={
          <Show when={phoneNumber(props.request)} fallback={tr("detail.consequence.noContact")}>
            {(phone) => tr("detail.consequence.phone", { phone: phone() })}
          </Show>
        }
      >
        {(address) => tr("detail.consequence.email", { email: address() })}
      </Show>
    </p>
  );
}

type Closing = "cancel" | "noVolunteer";

const closing: Record<
  Closing,
  {
    path: string;
    button: string;
    field: string;
    confirm: string;
    title: MessageKey;
    open: MessageKey;
    confirmLabel: MessageKey;
    reason: MessageKey;
    reasonHint: MessageKey;
    done: MessageKey;
  }
> = {
  cancel: {
    path: "cancel",
    button: "action-cancel",
    field: "cancel-reason",
    confirm: "cancel-confirm",
    title: "detail.cancel.title",
    open: "detail.action.cancel",
    confirmLabel: "detail.cancel.confirm",
    reason: "detail.cancel.reason",
    reasonHint: "detail.reason.hint",
    done: "detail.cancel.done",
  },
  noVolunteer: {
    path: "no-volunteer",
    button: "action-no-volunteer",
    field: "no-volunteer-reason",
    confirm: "no-volunteer-confirm",
    title: "detail.noVolunteer.title",
    open: "detail.action.noVolunteer",
    confirmLabel: "detail.noVolunteer.confirm",
    reason: "detail.noVolunteer.reason",
    reasonHint: "detail.reason.hint",
    done: "detail.noVolunteer.done",
  },
};

/** One request: who, what, where and when; its status actions, notes and timeline. */
export default function RequestDetailPage(props: RouteSectionProps) {
  const headingRef = focusHeadingOnNavigation();
  const call = useApi();
  const id = () => props.params.id ?? "";
  const detail = createLoader(() =>
    call(api.requests[":id"].$get({ param: params({ id: id() }) })),
  );
  const [confirming, setConfirming] = createSignal<Closing>();
  const [reason, setReason] = createSignal("");
  const [reasonError, setReasonError] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  const [actionMessage, setActionMessage] = createSignal<Flash>();
  const [editing, setEditing] = createSignal(false);
  const [editMessage, setEditMessage] = createSignal<Flash>();
  const note = createNote();
  const [retrying, setRetrying] = createSignal<string>();
  const [timelineMessage, setTimelineMessage] = createSignal<Flash>();
  let actionsHeading: HTMLHeadingElement | undefined;
  let editButton: HTMLButtonElement | undefined;
  let timelineHeading: HTMLHeadingElement | undefined;

  createEffect(() => {
    id();
    untrack(() => {
      setEditing(false);
      setConfirming(undefined);
      void detail.reload();
    });
  });

  const request = () => detail.data()?.request;
  useTitle(() => {
    const current = request();
    return current ? tr("detail.title", { reference: current.reference }) : tr("detail.loading");
  });

  const allowed = (action: Action) => {
    const current = request();
    return current ? actionsFor(current.status).includes(action) : false;
  };

  /** After a refused change: someone else got there first, or the status no longer allows it. */
  const conflictText = (failure: ApiFailure) =>
    failure.kind === "rejected" && failure.code === "conflict"
      ? tr("detail.conflict")
      : failureText(failure);

  async function act(action: Action) {
    const current = request();
    if (!current || busy()) return;
    const text = reason().trim();
    if (action !== "assess" && !text) {
      setReasonError(tr("detail.reason.required"));
      focusSoon(() => document.getElementById(closing[action].field) ?? undefined);
      return;
    }
    setReasonError(undefined);
    setBusy(true);
    const route = api.requests[":id"];
    const param = params({ id: current.id });
    const json = { version: current.version, reason: text };
    const result = await call(
      action === "assess"
        ? route.assess.$post({ param, json: { version: current.version } })
        : action === "cancel"
          ? route.cancel.$post({ param, json })
          : route["no-volunteer"].$post({ param, json }),
    );
    setBusy(false);
    if (!result.ok && redirected(result)) return;
    if (!result.ok && result.kind === "validation" && result.fields.reason) {
      setReasonError(result.fields.reason);
      focusSoon(() => document.getElementById(closing[action as Closing].field) ?? undefined);
      return;
    }
    setConfirming(undefined);
    setReason("");
    await detail.reload();
    if (result.ok) {
      const done =
        action === "assess"
          ? tr("detail.assess.done", { status: tr(`status.${result.data.status}`) })
          : `${tr(closing[action].done)} ${
              result.data.emailed ? tr("detail.emailed") : tr("detail.notEmailed")
            }`;
      setActionMessage({ kind: "success", text: done });
    } else {
      setActionMessage({ kind: "error", text: conflictText(result) });
    }
    focusSoon(() => actionsHeading);
  }

  const openClosing = (which: Closing) => {
    setActionMessage(undefined);
    setReason("");
    setReasonError(undefined);
    setConfirming(which);
  };

  const closeClosing = () => {
    const which = confirming();
    setConfirming(undefined);
    if (which) focusSoon(() => document.getElementById(closing[which].button) ?? undefined);
  };

  async function retry(email: Email) {
    const current = request();
    if (!current || retrying()) return;
    setRetrying(email.id);
    const result = await call(retryEmail(current.id, email.id));
    setRetrying(undefined);
    if (!result.ok && redirected(result)) return;
    await detail.reload();
    setTimelineMessage(
      result.ok
        ? { kind: "success", text: tr("emails.retry.done", { to: email.to }) }
        : { kind: "error", text: failureText(result) },
    );
    // The Retry button is gone once the email is back in line: continue from the timeline.
    focusSoon(() => timelineHeading);
  }

  async function edited(outcome: SaveOutcome | { kind: "unchanged" }) {
    if (outcome.kind === "saved") {
      detail.set(outcome.detail);
      setEditing(false);
      setEditMessage({ kind: "success", text: tr("detail.edit.done") });
      focusSoon(() => editButton);
    } else if (outcome.kind === "unchanged") {
      setEditing(false);
      setEditMessage({ kind: "success", text: tr("detail.edit.unchanged") });
      focusSoon(() => editButton);
    } else {
      await detail.reload();
      setEditMessage({ kind: "error", text: tr("detail.edit.conflict") });
    }
  }

  const loaded = () => (detail.data()?.request.id === id() ? detail.data() : undefined);

  return (
    <article class="detail">
      <p class="breadcrumb">
        <A href={inboxHref(request()?.status ?? "received")}>
          {tr("detail.backTo", { status: tr(`status.${request()?.status ?? "received"}`) })}
        </A>
      </p>
      {/* One heading for loading and loaded, so the focus it takes on navigation stays put. */}
      <h1 ref={headingRef} tabindex="-1">
        <Show when={loaded()} fallback={tr("detail.loading")}>
          {(current) => (
            <>
              {tr("detail.heading")}{" "}
              <span data-testid="detail-reference">{current().request.reference}</span>
            </>
          )}
        </Show>
      </h1>
      <Show
        when={loaded()}
        fallback={<LoadState failure={detail.failure()} retry={() => void detail.reload()} />}
      >
        {(current) => {
          const r = () => current().request;
          const person = () => contactPerson(r());
          return (
            <>
              <p class="detail__status">
                {tr("detail.status")} <StatusBadge status={r().status} testId="detail-status" />
              </p>

              <section class="summary-card" aria-labelledby="summary-title">
                <h2 id="summary-title">{tr("detail.summary")}</h2>
                <dl class="facts facts--summary">
                  <Fact term={tr("detail.when")}>
                    <time datetime={r().startsAt}>{formatAppointment(r().startsAt)}</time>
                    {" · "}
                    {formatDuration(r().durationMinutes)}
                  </Fact>
                  <Fact term={tr("detail.where")}>
                    {r().place}, {r().municipality}
                  </Fact>
                  <Fact term={tr("detail.who")}>
                    {r().client.name}
                    <Show when={onBehalf(r())}>
                      {" "}
                      <span class="muted">
                        {tr("detail.onBehalf", {
                          role: tr(`detail.role.${r().requesterRole}`),
                          name: r().requester?.name ?? "",
                        })}
                      </span>
                    </Show>
                  </Fact>
                  <Fact term={tr("detail.what")}>{tr(`sector.${r().sector}`)}</Fact>
                  <Show when={assignedOf(r())}>
                    {(assigned) => (
                      <>
                        <Fact term={tr("detail.volunteer.name")}>
                          <span data-testid="detail-volunteer">{assigned().name}</span>
                        </Fact>
                        <Fact term={tr("detail.volunteer.firstMeeting")}>
                          <span data-testid="detail-first-meeting">
                            <Show
                              when={assigned().firstMeeting}
                              fallback={tr("detail.volunteer.firstMeeting.none")}
                            >
                              {(meeting) =>
                                tr("detail.volunteer.firstMeeting.value", {
                                  date: formatDay(meeting().date),
                                  time: formatClock(meeting().time),
                                  place: meeting().place,
                                })
                              }
                            </Show>
                          </span>
                        </Fact>
                        {/* The client is always told a support person is coming: by email, or by the coordinator. */}
                        <Show when={!emailAddress(r())}>
                          <Fact term={tr("detail.volunteer.tell")}>
                            <strong data-testid="detail-tell-by-phone">
                              <Show
                                when={phoneNumber(r())}
                                fallback={tr("detail.volunteer.tell.noContact")}
                              >
                                {(phone) => tr("detail.volunteer.tell.phone", { phone: phone() })}
                              </Show>
                            </strong>
                          </Fact>
                        </Show>
                      </>
                    )}
                  </Show>
                </dl>
                <h3>{tr("detail.field.description")}</h3>
                <p class="prewrap">{r().description}</p>
                <Show when={r().supportNeeds}>
                  <h3>{tr("detail.field.supportNeeds")}</h3>
                  <p class="prewrap">{r().supportNeeds}</p>
                </Show>
              </section>

              <section aria-labelledby="contact-title">
                <h2 id="contact-title">{tr("detail.contact")}</h2>
                <dl class="facts">
                  <Fact term={tr("detail.field.requesterRole")}>
                    {tr(`detail.role.${r().requesterRole}`)}
                  </Fact>
                  <Show when={onBehalf(r())}>
                    <Fact term={tr("detail.field.requester.name")} when={r().requester?.name}>
                      {r().requester?.name}
                    </Fact>
                    <Show
                      when={r().requesterRole === "professional" || r().requesterRole === "partner"}
                    >
                      <Fact
                        term={tr("detail.field.requester.organisation")}
                        when={r().requester?.organisation}
                      >
                        {r().requester?.organisation}
                      </Fact>
                    </Show>
                    <Fact term={tr("detail.field.requester.email")}>
                      <EmailLink address={r().requester?.email} />
                    </Fact>
                    <Fact term={tr("detail.field.requester.phone")}>
                      <PhoneLink number={r().requester?.phone} />
                    </Fact>
                  </Show>
                  <Fact term={tr("detail.field.client.name")}>{r().client.name}</Fact>
                  <Fact term={tr("detail.field.client.email")}>
                    <EmailLink address={r().client.email} />
                  </Fact>
                  <Fact term={tr("detail.field.client.phone")}>
                    <PhoneLink number={r().client.phone} />
                  </Fact>
                  <Fact term={tr("detail.field.preferredContact")}>
                    {tr(`form.client.preferredContact.${r().preferredContact}`)}
                    {": "}
                    <Show
                      when={r().preferredContact === "email"}
                      fallback={<PhoneLink number={person().phone} />}
                    >
                      <EmailLink address={person().email} />
                    </Show>
                  </Fact>
                  <Fact
                    term={tr("detail.field.client.languages")}
                    when={(r().client.languages ?? []).length > 0 || r().client.otherLanguage}
                  >
                    {[
                      ...(r().client.languages ?? []).map((code) => languageName(code)),
                      ...(r().client.otherLanguage ? [r().client.otherLanguage] : []),
                    ].join(", ")}
                  </Fact>
                  <Fact term={tr("detail.field.locale")}>{localeNames[r().locale]}</Fact>
                  <Fact term={tr("detail.field.createdAt")}>
                    <time datetime={r().createdAt}>{formatDateTime(r().createdAt)}</time>
                  </Fact>
                  <Fact term={tr("detail.field.updatedAt")}>
                    <time datetime={r().updatedAt}>{formatDateTime(r().updatedAt)}</time>
                  </Fact>
                </dl>
              </section>

              <section aria-labelledby="actions-title" class="actions">
                <h2 id="actions-title" ref={actionsHeading} tabindex="-1">
                  {tr("detail.actions")}
                </h2>
                <Show
                  when={actionsFor(r().status).length > 0}
                  fallback={
                    <p>{tr("detail.actions.none", { status: tr(`status.${r().status}`) })}</p>
                  }
                >
                  <div class="button-row">
                    <Show when={allowed("assess")}>
                      <button
                        type="button"
                        id="action-assess"
                        class="button"
                        disabled={busy() || !!confirming()}
                        aria-busy={busy() && !confirming()}
                        onClick={() => {
                          setActionMessage(undefined);
                          void act("assess");
                        }}
                      >
                        {tr("detail.action.assess")}
                      </button>
                    </Show>
                    <For each={["cancel", "noVolunteer"] as const}>
                      {(which) => (
                        <Show when={allowed(which)}>
                          <button
                            type="button"
                            id={closing[which].button}
                            class="button button--warning-outline"
                            aria-expanded={confirming() === which}
                            disabled={busy()}
                            onClick={() => openClosing(which)}
                          >
                            {tr(closing[which].open)}
                          </button>
                        </Show>
                      )}
                    </For>
                  </div>
                  <Show when={allowed("assess")}>
                    <p class="hint">
                      {tr("detail.action.assess.hint", { status: tr("status.matching") })}
                    </p>
                  </Show>
                </Show>
                <Show when={confirming()}>
                  {(which) => (
                    <ConfirmPanel
                      id={`${closing[which()].path}-panel`}
                      title={tr(closing[which()].title, { reference: r().reference })}
                      confirmId={closing[which()].confirm}
                      confirmLabel={tr(closing[which()].confirmLabel)}
                      busy={busy()}
                      onConfirm={() => void act(which())}
                      onCancel={closeClosing}
                    >
                      <Consequence request={r()} id={`${closing[which()].path}-consequence`} />
                      <div class="field" classList={{ "field--error": !!reasonError() }}>
                        <label class="label" for={closing[which()].field}>
                          {tr(closing[which()].reason)}
                          <span class="required-mark" aria-hidden="true">
                            {" *"}
                          </span>
                        </label>
                        <p id={`${closing[which()].field}-hint`} class="hint">
                          {tr(closing[which()].reasonHint)}
                        </p>
                        <ErrorMessage id={`${closing[which()].field}-error`} text={reasonError()} />
                        <textarea
                          id={closing[which()].field}
                          name="reason"
                          rows={3}
                          required
                          aria-invalid={reasonError() ? "true" : undefined}
                          aria-describedby={[
                            `${closing[which()].field}-hint`,
                            `${closing[which()].path}-consequence`,
                            reasonError() ? `${closing[which()].field}-error` : "",
                          ]
                            .filter(Boolean)
                            .join(" ")}
                          value={reason()}
                          onInput={(e) => setReason(e.currentTarget.value)}
                        />
                      </div>
                    </ConfirmPanel>
                  )}
                </Show>
                <StatusMessage message={actionMessage()} id="action-message" />

                <Show when={!closed.includes(r().status)}>
                  <Show
                    when={editing()}
                    fallback={
                      <p>
                        <button
                          type="button"
                          id="action-edit"
                          ref={editButton}
                          class="button button--secondary"
                          onClick={() => {
                            setEditMessage(undefined);
                            setEditing(true);
                          }}
                        >
                          {tr("detail.action.edit")}
                        </button>
                      </p>
                    }
                  >
                    <EditDetails
                      request={r()}
                      onDone={(outcome) => void edited(outcome)}
                      onClose={() => {
                        setEditing(false);
                        focusSoon(() => editButton);
                      }}
                    />
                  </Show>
                </Show>
                <StatusMessage message={editMessage()} id="edit-message" />
              </section>

              <MatchingSections request={r()} reloadRequest={detail.reload} />

              <VisitOutcomeSection detail={current()} onSaved={detail.set} reload={detail.reload} />
              <Show when={r().status === "completed"}>
                <FollowUpRequest detail={current()} />
              </Show>
              <SameClient request={r()} reload={detail.reload} />

              <section aria-labelledby="note-title">
                <h2 id="note-title">{tr("detail.note.title")}</h2>
                <NoteForm
                  note={note}
                  id="note-text"
                  name="note"
                  addId="note-add"
                  messageId="note-message"
                  texts="detail.note"
                  save={(text) =>
                    call(
                      api.requests[":id"].notes.$post({
                        param: params({ id: r().id }),
                        json: { text },
                      }),
                    )
                  }
                  onSaved={detail.reload}
                />
              </section>

              <section aria-labelledby="timeline-title">
                <h2 id="timeline-title" ref={timelineHeading} tabindex="-1">
                  {tr("detail.timeline.title")}
                </h2>
                <p class="hint">{tr("detail.timeline.order")}</p>
                <Timeline
                  events={current().timeline}
                  retrying={retrying()}
                  onRetry={(e) => void retry(e)}
                />
                <StatusMessage message={timelineMessage()} id="timeline-message" />
              </section>
            </>
          );
        }}
      </Show>
    </article>
  );
}
