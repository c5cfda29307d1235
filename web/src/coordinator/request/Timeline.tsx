import { A } from "@solidjs/router";
import { For, Show } from "solid-js";
import { formatDateTime, formatDuration } from "../../lib/format.ts";
import { type MessageKey, tr } from "../../lib/i18n.ts";
import { emailStatusLabels, templateLabels } from "../emails.ts";
import { RetryButton } from "../RetryButton.tsx";
import type { Email, TimelineEvent } from "../types.ts";
import { fieldLabels } from "./fields.ts";
import { type OfferStatus, offerStatusLabels } from "./matching.ts";
import { outcomeText } from "./Report.tsx";

/** What a report flagged, in words ("safety, needs follow-up"); an unknown flag as it is. */
const flagLabels: Record<string, MessageKey> = {
  safety: "detail.flag.safety",
  followUp: "detail.flag.followUp",
  wantsTalk: "detail.flag.wantsTalk",
};
const flagsText = (flags: string[]) =>
  flags.map((flag) => (flagLabels[flag] ? tr(flagLabels[flag]) : flag)).join(", ");

/** An answer's outcome in words ("Can't come"); an unknown one as it is. */
const answerText = (answer: string | undefined) =>
  answer && answer in offerStatusLabels
    ? tr(offerStatusLabels[answer as OfferStatus])
    : (answer ?? "");

/** Volunteers named in an event, each a link to their profile when the event has their id. */
function People(props: { ids: string[] | undefined; names: string[] }) {
  return (
    <For each={props.names}>
      {(name, index) => (
        <>
          {index() > 0 && ", "}
          <Show when={props.ids?.[index()]} fallback={name}>
            {(id) => <A href={`/coordinator/volunteers/${encodeURIComponent(id())}`}>{name}</A>}
          </Show>
        </>
      )}
    </For>
  );
}

/** Why something was done, when it was said. */
export function Reason(props: { text: string | undefined }) {
  return (
    <Show when={props.text}>
      {(text) => (
        <p class="timeline__text">
          <span class="timeline__label">{tr("detail.timeline.reason")}</span> {text()}
        </p>
      )}
    </Show>
  );
}

function EmailEvent(props: { email: Email; retrying: boolean; onRetry: (email: Email) => void }) {
  const template = () => templateLabels[props.email.template];
  return (
    <>
      <p class="timeline__title">
        {tr("detail.timeline.email", {
          template: template() ? tr(template() ?? "error.invalid") : props.email.template,
        })}
      </p>
      <dl class="timeline__facts">
        <dt>{tr("emails.to")}</dt>
        <dd>{props.email.to}</dd>
        <dt>{tr("emails.subject")}</dt>
        <dd>{props.email.subject}</dd>
        <dt>{tr("emails.delivery")}</dt>
        <dd>
          <span class={`badge badge--email-${props.email.status}`}>
            {tr(emailStatusLabels[props.email.status])}
          </span>
          <Show when={props.email.status === "sent" && props.email.sentAt}>
            {(sentAt) => (
              <>
                {" "}
                <time datetime={sentAt()}>{formatDateTime(sentAt())}</time>
              </>
            )}
          </Show>
          <Show when={props.email.status !== "sent" && props.email.attempts > 0}>
            {" "}
            ({tr("emails.attempts", { count: props.email.attempts })})
          </Show>
        </dd>
        <Show when={props.email.status !== "sent" && props.email.lastError}>
          {(lastError) => (
            <>
              <dt>{tr("emails.lastError")}</dt>
              <dd class="timeline__error">{lastError()}</dd>
            </>
          )}
        </Show>
      </dl>
      <Show when={props.email.status === "failed"}>
        <RetryButton
          email={props.email}
          busy={props.retrying}
          disabled={props.retrying}
          onClick={() => props.onRetry(props.email)}
        />
      </Show>
    </>
  );
}

/** Everything that happened to the request, oldest first. */
export function Timeline(props: {
  events: TimelineEvent[];
  retrying: string | undefined;
  onRetry: (email: Email) => void;
}) {
  const by = (event: TimelineEvent) =>
    event.actorName
      ? tr("detail.timeline.by", { name: event.actorName })
      : event.via === "link" && event.kind === "status"
        ? tr("detail.timeline.byRequester")
        : "";
  return (
    <ol class="timeline" data-testid="timeline">
      <For each={props.events}>
        {(event) => (
          <li class={`timeline__item timeline__item--${event.kind}`} data-testid="timeline-item">
            <p class="timeline__when">
              <time datetime={event.at}>{formatDateTime(event.at)}</time>
              <Show when={by(event)}>
                <span class="timeline__by"> · {by(event)}</span>
              </Show>
            </p>
            <Show when={event.kind === "submitted"}>
              <p class="timeline__title">{tr("detail.timeline.submitted")}</p>
            </Show>
            <Show when={event.kind === "status"}>
              <p class="timeline__title">
                {tr("detail.timeline.status", {
                  from: event.from ? tr(`status.${event.from}`) : "",
                  to: event.to ? tr(`status.${event.to}`) : "",
                })}
              </p>
              <Reason text={event.reason} />
            </Show>
            <Show when={event.kind === "note"}>
              <p class="timeline__title">{tr("detail.timeline.note")}</p>
              <p class="timeline__text">{event.text}</p>
            </Show>
            <Show when={event.kind === "update"}>
              <p class="timeline__title">
                {tr("detail.timeline.update", {
                  fields: (event.fields ?? [])
                    .map((field) => {
                      const label = fieldLabels[field];
                      return label ? tr(label) : field;
                    })
                    .join(", "),
                })}
              </p>
            </Show>
            <Show when={event.kind === "offer"}>
              <p class="timeline__title">
                {tr("detail.timeline.offer.title")}{" "}
                <People ids={event.volunteerIds} names={event.volunteerNames ?? []} />
              </p>
            </Show>
            <Show when={event.kind === "owner"}>
              <p class="timeline__title">
                {event.ownerName
                  ? tr("detail.timeline.owner.taken", { name: event.ownerName })
                  : tr("detail.timeline.owner.released")}
              </p>
            </Show>
            <Show when={event.kind === "answer"}>
              <p class="timeline__title">
                {tr("detail.timeline.answer.title")}{" "}
                <People
                  ids={event.volunteerId ? [event.volunteerId] : undefined}
                  names={event.volunteerName ? [event.volunteerName] : []}
                />
                : {answerText(event.answer)}
                <Show when={event.via === "phone"}>
                  {" "}
                  <span class="muted">({tr("detail.offers.viaPhone")})</span>
                </Show>
              </p>
              <Reason text={event.reason} />
              <Show when={event.text}>{(text) => <p class="timeline__text">{text()}</p>}</Show>
            </Show>
            <Show when={event.kind === "report"}>
              <p class="timeline__title">
                {tr("detail.timeline.report", { outcome: outcomeText(event.outcome) })}
              </p>
              <Show when={event.minutes !== undefined}>
                <p class="timeline__text">
                  {tr("detail.timeline.minutes", { duration: formatDuration(event.minutes ?? 0) })}
                </p>
              </Show>
              <Show when={(event.flags ?? []).length > 0}>
                <p class="timeline__text">
                  <strong>
                    {tr("detail.timeline.flags", { flags: flagsText(event.flags ?? []) })}
                  </strong>
                </p>
              </Show>
            </Show>
            <Show when={event.kind === "email" ? event.email : undefined}>
              {(email) => (
                <EmailEvent
                  email={email()}
                  retrying={props.retrying === email().id}
                  onRetry={props.onRetry}
                />
              )}
            </Show>
          </li>
        )}
      </For>
    </ol>
  );
}
