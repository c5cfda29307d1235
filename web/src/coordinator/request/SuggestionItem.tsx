import { A } from "@solidjs/router";
import { For, Show } from "solid-js";
import { formatDate, formatNumber } from "../../lib/format.ts";
import { languageName, tr } from "../../lib/i18n.ts";
import {
  blocksNewOffer,
  factorPhrase,
  offerOf,
  offerStatusLabels,
  type Suggestion,
  signedPoints,
} from "./matching.ts";
import { say } from "./suggest.ts";

/** A phone number as a tap-to-call link. */
export const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, "")}`;

/**
 * One suggested volunteer: a checkbox to choose them, their name (a link to their profile),
 * score and phone (tap to call), then why they fit.
 */
export function SuggestionItem(props: {
  suggestion: Suggestion;
  checked: boolean;
  invalid: boolean;
  onChange: (checked: boolean) => void;
}) {
  const s = () => props.suggestion;
  const id = () => `pick-${s().volunteerId}`;
  const blocked = () => blocksNewOffer(offerOf(s()));
  return (
    <li class="suggestion" data-testid="suggestion" data-volunteer={s().volunteerId}>
      <div class="suggestion__head">
        <label class="suggestion__check" for={id()}>
          <input
            type="checkbox"
            id={id()}
            name="volunteerIds"
            value={s().volunteerId}
            checked={props.checked}
            disabled={blocked()}
            aria-label={tr("detail.match.pick", { name: s().name })}
            aria-invalid={props.invalid ? "true" : undefined}
            aria-describedby={`${id()}-facts`}
            onChange={(e) => props.onChange(e.currentTarget.checked)}
          />
        </label>
        <A
          href={`/coordinator/volunteers/${encodeURIComponent(s().volunteerId)}`}
          class="suggestion__name"
          data-testid="suggestion-profile"
        >
          {s().name}
        </A>
        <span class="suggestion__score">
          {tr("detail.match.score", { score: formatNumber(s().score) })}
        </span>
        <Show when={s().phone}>
          {(phone) => (
            <a href={telHref(phone())} class="suggestion__phone" data-testid="suggestion-phone">
              <span class="visually-hidden">{tr("detail.match.call", { name: s().name })} </span>
              {phone()}
            </a>
          )}
        </Show>
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
                    "factor--main": factor.kind === "mainLanguage",
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
