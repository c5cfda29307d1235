import { A } from "@solidjs/router";
import { createSignal, For, Show } from "solid-js";
import { ConfirmPanel, OpenButton } from "../../lib/actions.tsx";
import { api } from "../../lib/api.ts";
import { failureText, redirected } from "../../lib/failure.ts";
import { TextArea } from "../../lib/fields.tsx";
import { focusSoon } from "../../lib/focus.ts";
import { formatDay } from "../../lib/format.ts";
import { tr } from "../../lib/i18n.ts";
import { Fact, Notice } from "../../lib/ui.tsx";
import type { Caller } from "../api.ts";
import type { Due } from "../gatherings/types.ts";
import { messageBody, milestoneWords, thankWays } from "./milestones.ts";

type How = "email" | "in_person";

/** A milestone in words: "10 visits (reached 27.2.2027)". */
export function MilestoneText(props: { m: Due["milestones"][number] }) {
  const words = () => milestoneWords(props.m);
  return <>{tr(words().key, { count: words().count })}</>;
}

function Facts(props: { due: Due }) {
  const d = () => props.due;
  return (
    <dl class="facts">
      <Fact term={tr("coord.thanks.namedPublicly")}>
        {d().namedPublicly
          ? tr("coord.thanks.namedPublicly.yes")
          : tr("coord.thanks.namedPublicly.no")}
      </Fact>
      <Fact term={tr("coord.thanks.messages")}>
        {d().noThanks ? tr("coord.thanks.messages.no") : tr("coord.thanks.messages.yes")}
      </Fact>
      <Show when={d().lastThankedOn}>
        {(on) => <Fact term={tr("coord.thanks.last")}>{formatDay(on())}</Fact>}
      </Show>
    </dl>
  );
}

/**
 * One volunteer due for thanks: their milestones in words, their choices, the message drafted
 * for them to edit, and thanks by email (unless they said no to messages) or in person, each
 * after a confirmation. Nothing is offered until a month has passed since the last thanks.
 */
export function ThanksRow(props: {
  due: Due;
  today: string;
  call: Caller;
  thanked: (due: Due, how: How) => void;
}) {
  const d = () => props.due;
  const ways = () => thankWays(d(), props.today);
  const [message, setMessage] = createSignal(d().draft);
  const [confirming, setConfirming] = createSignal<How>();
  const [busy, setBusy] = createSignal(false);
  const [failure, setFailure] = createSignal<string>();
  const [empty, setEmpty] = createSignal(false);
  const prefix = () => `thank-${d().volunteerId}`;
  let opener: HTMLButtonElement | undefined;
  let emailButton: HTMLButtonElement | undefined;
  let personButton: HTMLButtonElement | undefined;

  const open = (how: How) => {
    opener = how === "email" ? emailButton : personButton;
    if (how === "email" && messageBody(message()) === "") {
      setEmpty(true);
      return focusSoon(() => document.getElementById(`${prefix()}-message`) ?? undefined);
    }
    setEmpty(false);
    setConfirming(how);
  };

  async function send(how: How) {
    setBusy(true);
    setFailure(undefined);
    const result = await props.call(
      api.thanks.$post({
        json: {
          volunteerId: d().volunteerId,
          milestoneIds: d().milestones.map((m) => m.id),
          how,
          ...(how === "email" && { message: messageBody(message()) }),
        },
      }),
    );
    setBusy(false);
    setConfirming(undefined);
    if (result.ok) return props.thanked(d(), how);
    if (!redirected(result)) setFailure(failureText(result));
    focusSoon(() => opener);
  }

  return (
    <li class="thanks-row" data-testid="thanks-row" data-id={d().volunteerId}>
      <h2 id={`${prefix()}-name`} class="thanks-row__name">
        <A href={`/coordinator/volunteers/${encodeURIComponent(d().volunteerId)}`}>{d().name}</A>
      </h2>
      <ul class="plain-list" data-testid="thanks-milestones">
        <For each={d().milestones}>
          {(m) => (
            <li>
              <strong>
                <MilestoneText m={m} />
              </strong>{" "}
              {tr("coord.thanks.reachedOn", { date: formatDay(m.reachedOn) })}
            </li>
          )}
        </For>
      </ul>
      <Facts due={d()} />
      <Notice alert text={failure()} />
      <Show
        when={ways().now}
        fallback={
          <p data-testid="thanks-wait">
            {tr("coord.thanks.wait", { date: formatDay(d().mayThankFrom) })}
          </p>
        }
      >
        <Show
          when={ways().email}
          fallback={<p data-testid="thanks-no-messages">{tr("coord.thanks.noMessages")}</p>}
        >
          <TextArea
            id={`${prefix()}-message`}
            label={tr("coord.thanks.message")}
            hint={tr("coord.thanks.message.hint")}
            value={message()}
            error={empty() ? tr("coord.thanks.message.empty") : undefined}
            onInput={setMessage}
            rows={8}
            maxlength={4000}
          />
        </Show>
        <Show
          when={confirming()}
          fallback={
            <div class="button-row">
              <Show when={ways().email}>
                <OpenButton
                  id={`${prefix()}-email`}
                  class="button"
                  label={tr("coord.thanks.byEmail")}
                  ref={emailButton}
                  onClick={() => open("email")}
                />
              </Show>
              <OpenButton
                id={`${prefix()}-in-person`}
                label={tr("coord.thanks.inPerson")}
                ref={personButton}
                onClick={() => open("in_person")}
              />
            </div>
          }
        >
          {(how) => (
            <ConfirmPanel
              id={`${prefix()}-confirm`}
              tone="plain"
              title={tr(`coord.thanks.confirm.${how()}`, { name: d().name })}
              confirmId={`${prefix()}-confirm-${how()}`}
              confirmLabel={tr(`coord.thanks.confirm.${how()}.button`)}
              busy={busy()}
              onConfirm={() => void send(how())}
              onCancel={() => {
                setConfirming(undefined);
                focusSoon(() => opener);
              }}
            >
              <p>{tr(`coord.thanks.confirm.${how()}.body`)}</p>
            </ConfirmPanel>
          )}
        </Show>
      </Show>
    </li>
  );
}
