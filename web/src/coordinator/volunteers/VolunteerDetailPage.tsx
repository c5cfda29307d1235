import { localeNames } from "@rinnalla/core/i18n";
import { fieldErrors } from "@rinnalla/core/request";
import { addDays, helsinkiDate } from "@rinnalla/core/util";
import {
  endReasons,
  StatusChangeInput,
  type VolunteerStatus,
  volunteerTransitions,
} from "@rinnalla/core/volunteer";
import { A, type RouteSectionProps } from "@solidjs/router";
import { createEffect, createSignal, For, Show, untrack } from "solid-js";
import { type ApiFailure, api, params } from "../../lib/api.ts";
import { ErrorMessage } from "../../lib/Field.tsx";
import { failureText, redirected } from "../../lib/failure.ts";
import { focusHeadingOnNavigation, focusSoon } from "../../lib/focus.ts";
import { formatDate, formatDateTime } from "../../lib/format.ts";
import { languageName, type MessageKey, tr, useTitle } from "../../lib/i18n.ts";
import { createLoader } from "../../lib/load.ts";
import { ProfileForm, type SaveResult } from "../../lib/profile/ProfileForm.tsx";
import { Fact, ProfileView } from "../../lib/profile/ProfileView.tsx";
import type { SentProfile } from "../../lib/profile/types.ts";
import { ConfirmPanel, type Flash, LoadState, StatusMessage } from "../../lib/ui.tsx";
import { useApi } from "../api.ts";
import { createNote, NoteForm } from "../NoteForm.tsx";
import { bankHref } from "./BankPage.tsx";
import { refreshApplicants } from "./counts.ts";
import { InterviewForm } from "./InterviewForm.tsx";
import { VolunteerBadge } from "./StatusBadge.tsx";
import type { InterviewBody } from "./types.ts";

type Move = Exclude<VolunteerStatus, "applicant" | "interviewed">;

/** Field paths of a wrapped body ("interview.reason") as the form knows them ("reason"). */
const unwrap = (fields: Record<string, string>, wrapper: string) =>
  Object.fromEntries(
    Object.entries(fields).map(([path, text]) => [
      path.startsWith(`${wrapper}.`) ? path.slice(wrapper.length + 1) : path,
      text,
    ]),
  );

/** One volunteer: application, interview, lifecycle, profile, notes and history. */
export default function VolunteerDetailPage(props: RouteSectionProps) {
  const headingRef = focusHeadingOnNavigation();
  const call = useApi();
  const id = () => props.params.id ?? "";
  const route = api.volunteers[":id"];
  const param = () => params({ id: id() });
  const detail = createLoader(() => call(route.$get({ param: param() })));
  const [moving, setMoving] = createSignal<Move>();
  const [change, setChange] = createSignal({ until: "", endReason: "", reason: "" });
  const [changeErrors, setChangeErrors] = createSignal<Record<string, string>>({});
  const [busy, setBusy] = createSignal(false);
  const [statusMessage, setStatusMessage] = createSignal<Flash>();
  const [interviewing, setInterviewing] = createSignal(false);
  const [interviewMessage, setInterviewMessage] = createSignal<Flash>();
  const [editingProfile, setEditingProfile] = createSignal(false);
  const [profileMessage, setProfileMessage] = createSignal<Flash>();
  const note = createNote();
  const [linkBusy, setLinkBusy] = createSignal(false);
  const [linkMessage, setLinkMessage] = createSignal<Flash>();
  let statusHeading: HTMLHeadingElement | undefined;
  let interviewHeading: HTMLHeadingElement | undefined;
  let profileHeading: HTMLHeadingElement | undefined;

  createEffect(() => {
    id();
    untrack(() => {
      setMoving(undefined);
      setInterviewing(false);
      setEditingProfile(false);
      void detail.reload();
    });
  });

  const loaded = () => (detail.data()?.volunteer.id === id() ? detail.data() : undefined);
  const volunteer = () => loaded()?.volunteer;
  useTitle(() => volunteer()?.name ?? tr("volunteer.detail.loading"));
  const today = helsinkiDate(new Date());

  /** 409: someone else changed the volunteer, or the status no longer allows it. */
  const refused = (failure: ApiFailure) =>
    failure.kind === "rejected" && (failure.code === "conflict" || failure.code === "not_allowed")
      ? tr("volunteer.detail.conflict")
      : failureText(failure);
  const isConflict = (failure: ApiFailure) => failure.kind === "rejected" && failure.status === 409;

  function openMove(to: Move) {
    setStatusMessage(undefined);
    setChangeErrors({});
    setChange({ until: to === "paused" ? addDays(today, 30) : "", endReason: "", reason: "" });
    setMoving(to);
  }
  function closeMove() {
    const to = moving();
    setMoving(undefined);
    if (to) focusSoon(() => document.getElementById(`status-${to}`) ?? undefined);
  }

  async function move() {
    const to = moving();
    const current = volunteer();
    if (!to || !current || busy()) return;
    const body = {
      to,
      until: to === "paused" ? change().until || undefined : undefined,
      endReason: to === "ended" ? change().endReason || undefined : undefined,
      reason: change().reason.trim() || undefined,
    };
    const checked = StatusChangeInput.safeParse(body);
    if (!checked.success) {
      const found: Record<string, string> = {};
      for (const [p, key] of Object.entries(fieldErrors(checked.error))) found[p] = tr(key);
      setChangeErrors(found);
      const first = Object.keys(found)[0];
      focusSoon(() => document.getElementById(`status-${first}`) ?? undefined);
      return;
    }
    setChangeErrors({});
    setBusy(true);
    // The API takes the change wrapped: { change, version } (the contract said flat).
    const result = await call(
      route.status.$post({
        param: param(),
        json: { change: checked.data, version: current.version },
      }),
    );
    setBusy(false);
    if (!result.ok && redirected(result)) return;
    if (!result.ok && result.kind === "validation" && Object.keys(result.fields).length > 0) {
      setChangeErrors(unwrap(result.fields, "change"));
      return;
    }
    setMoving(undefined);
    if (result.ok) {
      detail.set(result.data);
      setStatusMessage({
        kind: "success",
        text: tr("volunteer.detail.moved", { status: tr(`volunteer.status.${to}`) }),
      });
    } else {
      await detail.reload();
      setStatusMessage({ kind: "error", text: refused(result) });
    }
    focusSoon(() => statusHeading);
  }

  async function saveInterview(body: InterviewBody): Promise<SaveResult> {
    const current = volunteer();
    if (!current) return { ok: false };
    const result = await call(
      route.interview.$put({ param: param(), json: { interview: body, version: current.version } }),
    );
    if (result.ok) {
      detail.set(result.data);
      setInterviewing(false);
      setInterviewMessage({
        kind: "success",
        text: tr("volunteer.interview.saved", {
          status: tr(`volunteer.status.${result.data.volunteer.status}`),
        }),
      });
      void refreshApplicants(call);
      focusSoon(() => interviewHeading);
      return { ok: true };
    }
    if (redirected(result)) return { ok: false };
    if (result.kind === "validation")
      return { ok: false, fields: unwrap(result.fields, "interview"), message: result.message };
    if (isConflict(result)) {
      await detail.reload();
      return { ok: false, message: refused(result) };
    }
    return { ok: false, message: failureText(result) };
  }

  async function saveProfile(profile: SentProfile): Promise<SaveResult> {
    const current = volunteer();
    if (!current) return { ok: false };
    const result = await call(
      route.profile.$put({ param: param(), json: { profile, version: current.version } }),
    );
    if (result.ok) {
      detail.set(result.data);
      setEditingProfile(false);
      setProfileMessage({ kind: "success", text: tr("volunteer.profile.saved") });
      focusSoon(() => profileHeading);
      return { ok: true };
    }
    if (redirected(result)) return { ok: false };
    if (result.kind === "validation")
      return { ok: false, fields: result.fields, message: result.message };
    if (isConflict(result)) {
      await detail.reload();
      return { ok: false, message: refused(result) };
    }
    return { ok: false, message: failureText(result) };
  }

  async function sendLink() {
    const current = volunteer();
    if (!current || linkBusy()) return;
    setLinkBusy(true);
    setLinkMessage(undefined);
    const result = await call(route.link.$post({ param: param() }));
    setLinkBusy(false);
    if (!result.ok && redirected(result)) return;
    setLinkMessage(
      result.ok
        ? { kind: "success", text: tr("volunteer.link.sent", { email: current.email }) }
        : { kind: "error", text: failureText(result) },
    );
  }

  const moveLabel = (to: Move): MessageKey => `volunteer.move.${to}`;

  return (
    <article class="detail">
      <p class="breadcrumb">
        <A href={bankHref({ status: volunteer()?.status ?? "active" })}>
          {tr("volunteer.detail.back", {
            status: tr(`volunteer.status.${volunteer()?.status ?? "active"}`),
          })}
        </A>
      </p>
      <h1 ref={headingRef} tabindex="-1">
        {volunteer()?.name ?? tr("volunteer.detail.loading")}
      </h1>
      <Show
        when={loaded()}
        fallback={<LoadState failure={detail.failure()} retry={() => void detail.reload()} />}
      >
        {(current) => {
          const v = () => current().volunteer;
          const moves = () => volunteerTransitions[v().status] as readonly Move[];
          return (
            <>
              <p class="detail__status">
                {tr("volunteer.detail.status")}{" "}
                <VolunteerBadge
                  status={v().status}
                  pausedUntil={v().pausedUntil}
                  testId="volunteer-status"
                />
              </p>

              <section aria-labelledby="v-actions-title" class="actions">
                <h2 id="v-actions-title" ref={statusHeading} tabindex="-1">
                  {tr("volunteer.detail.actions")}
                </h2>
                <Show
                  when={moves().length > 0}
                  fallback={<p>{tr("volunteer.detail.actions.none")}</p>}
                >
                  <Show when={v().status === "applicant"}>
                    <p class="hint">{tr("volunteer.detail.actions.interviewFirst")}</p>
                  </Show>
                  <div class="button-row">
                    <For each={moves()}>
                      {(to) => (
                        <button
                          type="button"
                          id={`status-${to}`}
                          class="button"
                          classList={{
                            "button--warning-outline": to === "ended",
                            "button--secondary": to === "paused",
                          }}
                          aria-expanded={moving() === to}
                          disabled={busy()}
                          onClick={() => openMove(to)}
                        >
                          {tr(moveLabel(to))}
                        </button>
                      )}
                    </For>
                  </div>
                </Show>
                <Show when={moving()}>
                  {(to) => (
                    <ConfirmPanel
                      id="status-panel"
                      title={tr(`volunteer.move.${to()}.title`, { name: v().name })}
                      confirmId="status-confirm"
                      confirmLabel={tr(moveLabel(to()))}
                      busy={busy()}
                      onConfirm={() => void move()}
                      onCancel={closeMove}
                    >
                      <Show when={to() === "paused"}>
                        <div class="field" classList={{ "field--error": !!changeErrors().until }}>
                          <label class="label" for="status-until">
                            {tr("volunteer.move.until")}
                            <span class="required-mark" aria-hidden="true">
                              {" *"}
                            </span>
                          </label>
                          <ErrorMessage id="status-until-error" text={changeErrors().until} />
                          <input
                            id="status-until"
                            type="date"
                            required
                            min={today}
                            value={change().until}
                            aria-invalid={changeErrors().until ? "true" : undefined}
                            aria-describedby={
                              changeErrors().until ? "status-until-error" : undefined
                            }
                            onInput={(e) =>
                              setChange((c) => ({ ...c, until: e.currentTarget.value }))
                            }
                          />
                        </div>
                      </Show>
                      <Show when={to() === "ended"}>
                        <p>{tr("volunteer.move.ended.body")}</p>
                        <div
                          class="field"
                          classList={{ "field--error": !!changeErrors().endReason }}
                        >
                          <label class="label" for="status-endReason">
                            {tr("volunteer.move.endReason")}
                            <span class="required-mark" aria-hidden="true">
                              {" *"}
                            </span>
                          </label>
                          <ErrorMessage
                            id="status-endReason-error"
                            text={changeErrors().endReason}
                          />
                          <select
                            id="status-endReason"
                            required
                            aria-invalid={changeErrors().endReason ? "true" : undefined}
                            aria-describedby={
                              changeErrors().endReason ? "status-endReason-error" : undefined
                            }
                            onChange={(e) =>
                              setChange((c) => ({ ...c, endReason: e.currentTarget.value }))
                            }
                          >
                            <option value="" selected={change().endReason === ""}>
                              {tr("form.sector.choose")}
                            </option>
                            <For each={endReasons}>
                              {(reason) => (
                                <option value={reason} selected={change().endReason === reason}>
                                  {tr(`volunteer.endReason.${reason}`)}
                                </option>
                              )}
                            </For>
                          </select>
                        </div>
                      </Show>
                      <div class="field" classList={{ "field--error": !!changeErrors().reason }}>
                        <label class="label" for="status-reason">
                          {tr("volunteer.move.reason")}
                          <span class="optional-mark"> {tr("form.optional")}</span>
                        </label>
                        <p id="status-reason-hint" class="hint">
                          {tr("volunteer.move.reason.hint")}
                        </p>
                        <ErrorMessage id="status-reason-error" text={changeErrors().reason} />
                        <textarea
                          id="status-reason"
                          rows={3}
                          maxlength={1000}
                          aria-invalid={changeErrors().reason ? "true" : undefined}
                          aria-describedby={`status-reason-hint${changeErrors().reason ? " status-reason-error" : ""}`}
                          value={change().reason}
                          onInput={(e) =>
                            setChange((c) => ({ ...c, reason: e.currentTarget.value }))
                          }
                        />
                      </div>
                    </ConfirmPanel>
                  )}
                </Show>
                <StatusMessage message={statusMessage()} id="status-message" />

                <Show when={v().status !== "ended"}>
                  <p class="hint">{tr("volunteer.link.hint")}</p>
                  <button
                    type="button"
                    id="volunteer-send-link"
                    class="button button--secondary"
                    disabled={linkBusy()}
                    aria-busy={linkBusy()}
                    onClick={() => void sendLink()}
                  >
                    {linkBusy() ? tr("ui.working") : tr("volunteer.link.send")}
                  </button>
                  <StatusMessage message={linkMessage()} id="link-message" />
                </Show>
              </section>

              <section aria-labelledby="v-contact-title">
                <h2 id="v-contact-title">{tr("volunteer.detail.application")}</h2>
                <dl class="facts">
                  <Fact term={tr("volunteer.apply.email")}>
                    <a href={`mailto:${v().email}`}>{v().email}</a>
                  </Fact>
                  <Fact term={tr("volunteer.apply.phone")} when={v().phone}>
                    <a href={`tel:${(v().phone ?? "").replace(/[^\d+]/g, "")}`}>{v().phone}</a>
                  </Fact>
                  <Fact term={tr("volunteer.apply.municipality")}>{v().municipality}</Fact>
                  <Fact
                    term={tr("volunteer.apply.languages")}
                    when={(v().languages ?? []).length > 0 || v().otherLanguage}
                  >
                    {[
                      ...(v().languages ?? []).map((code) => languageName(code)),
                      ...(v().otherLanguage ? [v().otherLanguage] : []),
                    ].join(", ")}
                  </Fact>
                  <Fact term={tr("volunteer.detail.locale")} when={v().locale}>
                    {localeNames[v().locale]}
                  </Fact>
                  <Fact term={tr("volunteer.apply.heardFrom")} when={v().heardFrom}>
                    {tr(`volunteer.heardFrom.${v().heardFrom as "other"}`)}
                  </Fact>
                  <Fact term={tr("volunteer.detail.appliedAt")}>
                    <time datetime={v().createdAt}>{formatDateTime(v().createdAt)}</time>
                  </Fact>
                  <Show when={v().endedAt}>
                    <Fact term={tr("volunteer.detail.endedAt")}>
                      {formatDate(v().endedAt ?? "")}
                      <Show when={v().endReason}>
                        {" – "}
                        {tr(`volunteer.endReason.${v().endReason as "other"}`)}
                      </Show>
                    </Fact>
                  </Show>
                </dl>
                <h3>{tr("volunteer.apply.motivation")}</h3>
                <p class="prewrap">{v().motivation}</p>
              </section>

              <section aria-labelledby="v-interview-title">
                <h2 id="v-interview-title" ref={interviewHeading} tabindex="-1">
                  {tr("volunteer.interview.title")}
                </h2>
                <StatusMessage message={interviewMessage()} id="interview-message" />
                <Show
                  when={interviewing() || (!current().interview && v().status === "applicant")}
                  fallback={
                    <Show
                      when={current().interview}
                      fallback={<p class="muted">{tr("volunteer.interview.none")}</p>}
                    >
                      {(interview) => (
                        <>
                          <dl class="facts">
                            <Fact
                              term={tr("volunteer.interview.workHistory")}
                              when={interview().workHistory}
                            >
                              <span class="prewrap">{interview().workHistory}</span>
                            </Fact>
                            <Fact
                              term={tr("volunteer.interview.lifeSituation")}
                              when={interview().lifeSituation}
                            >
                              <span class="prewrap">{interview().lifeSituation}</span>
                            </Fact>
                            <Fact
                              term={tr("volunteer.interview.earlierVolunteering")}
                              when={interview().earlierVolunteering}
                            >
                              <span class="prewrap">{interview().earlierVolunteering}</span>
                            </Fact>
                            <Fact
                              term={tr("volunteer.interview.languages")}
                              when={interview().languages.length > 0}
                            >
                              {interview()
                                .languages.map(
                                  (l) =>
                                    `${languageName(l.code)} (${tr(`volunteer.level.${l.level}`).toLowerCase()})`,
                                )
                                .join(", ")}
                            </Fact>
                            <Fact
                              term={tr("volunteer.interview.sectors")}
                              when={interview().sectors.length > 0}
                            >
                              {interview()
                                .sectors.map((s) => tr(`sector.${s}`))
                                .join(", ")}
                            </Fact>
                            <Fact
                              term={tr("volunteer.interview.suitability")}
                              when={interview().suitability}
                            >
                              <span class="prewrap">{interview().suitability}</span>
                            </Fact>
                            <Fact term={tr("volunteer.interview.decision")}>
                              {tr(`volunteer.interview.decision.${interview().decision}`)}
                              <Show when={interview().reason}>
                                {" – "}
                                {interview().reason}
                              </Show>
                            </Fact>
                          </dl>
                          <button
                            type="button"
                            id="interview-edit"
                            class="button button--secondary"
                            onClick={() => {
                              setInterviewMessage(undefined);
                              setInterviewing(true);
                              focusSoon(
                                () => document.getElementById("interview-workHistory") ?? undefined,
                              );
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
                    volunteer={v()}
                    interview={current().interview}
                    onSave={saveInterview}
                    onCancel={
                      current().interview
                        ? () => {
                            setInterviewing(false);
                            focusSoon(() => document.getElementById("interview-edit") ?? undefined);
                          }
                        : undefined
                    }
                  />
                </Show>
              </section>

              <section aria-labelledby="v-profile-title">
                <h2 id="v-profile-title" ref={profileHeading} tabindex="-1">
                  {tr("volunteer.detail.profile")}
                </h2>
                <StatusMessage
                  message={profileMessage()}
                  id="profile-message"
                  testId="profile-saved"
                />
                <Show
                  when={editingProfile()}
                  fallback={
                    <>
                      <Show
                        when={v().profile}
                        fallback={<p class="muted">{tr("volunteer.detail.profile.none")}</p>}
                      >
                        {(profile) => <ProfileView profile={profile()} />}
                      </Show>
                      <button
                        type="button"
                        id="profile-edit"
                        class="button button--secondary"
                        onClick={() => {
                          setProfileMessage(undefined);
                          setEditingProfile(true);
                          focusSoon(() => document.getElementById("weekly-add") ?? undefined);
                        }}
                      >
                        {tr(
                          v().profile
                            ? "volunteer.detail.profile.edit"
                            : "volunteer.detail.profile.fill",
                        )}
                      </button>
                    </>
                  }
                >
                  <ProfileForm
                    profile={v().profile}
                    municipality={v().municipality}
                    headingLevel={3}
                    onSave={saveProfile}
                    onCancel={() => {
                      setEditingProfile(false);
                      focusSoon(() => document.getElementById("profile-edit") ?? undefined);
                    }}
                  />
                </Show>
              </section>

              <section aria-labelledby="v-notes-title">
                <h2 id="v-notes-title">{tr("volunteer.note.title")}</h2>
                <Show when={current().notes.length > 0}>
                  <ol class="timeline" data-testid="volunteer-notes">
                    <For each={current().notes}>
                      {(n) => (
                        <li class="timeline__item timeline__item--note">
                          <p class="timeline__when">
                            <time datetime={n.at}>{formatDateTime(n.at)}</time> ·{" "}
                            {tr("detail.timeline.by", { name: n.actorName })}
                          </p>
                          <p class="timeline__text">{n.text}</p>
                        </li>
                      )}
                    </For>
                  </ol>
                </Show>
                <NoteForm
                  note={note}
                  id="volunteer-note-text"
                  addId="volunteer-note-add"
                  messageId="volunteer-note-message"
                  texts="volunteer.note"
                  save={(text) => call(route.notes.$post({ param: param(), json: { text } }))}
                  onSaved={detail.reload}
                />
              </section>

              <section aria-labelledby="v-history-title">
                <h2 id="v-history-title">{tr("volunteer.history.title")}</h2>
                <p class="hint">{tr("detail.timeline.order")}</p>
                <ol class="timeline" data-testid="volunteer-history">
                  <For each={current().history}>
                    {(h) => (
                      <li class="timeline__item timeline__item--status">
                        <p class="timeline__when">
                          <time datetime={h.at}>{formatDateTime(h.at)}</time>
                          <Show when={h.actorName}>
                            {" · "}
                            {tr("detail.timeline.by", { name: h.actorName })}
                          </Show>
                        </p>
                        <p class="timeline__title">
                          {h.from
                            ? tr("volunteer.history.moved", {
                                from: tr(`volunteer.status.${h.from}`),
                                to: tr(`volunteer.status.${h.to}`),
                              })
                            : tr("volunteer.history.applied")}
                        </p>
                        <Show when={h.until}>
                          <p class="timeline__text">
                            {tr("volunteer.history.until", { date: formatDate(h.until ?? "") })}
                          </p>
                        </Show>
                        <Show when={h.endReason}>
                          <p class="timeline__text">
                            {tr(`volunteer.endReason.${h.endReason as "other"}`)}
                          </p>
                        </Show>
                        <Show when={h.reason}>
                          <p class="timeline__text">
                            <span class="timeline__label">{tr("detail.timeline.reason")}</span>{" "}
                            {h.reason}
                          </p>
                        </Show>
                      </li>
                    )}
                  </For>
                </ol>
              </section>
            </>
          );
        }}
      </Show>
    </article>
  );
}
