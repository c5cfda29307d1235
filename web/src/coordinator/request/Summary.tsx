import { localeNames } from "@rinnalla/core/i18n";
import { mainLanguageOf } from "@rinnalla/core/request";
import { A } from "@solidjs/router";
import { Show } from "solid-js";
import {
  formatAppointment,
  formatClock,
  formatDateTime,
  formatDay,
  formatDuration,
} from "../../lib/format.ts";
import { languageName, sectorName, tr } from "../../lib/i18n.ts";
import { Fact } from "../../lib/ui.tsx";
import type { Request } from "../types.ts";
import { ClientName } from "./ClientData.tsx";
import { contactPerson, emailAddress, onBehalf, phoneNumber } from "./fields.ts";
import { assignedOf } from "./matching.ts";

const notGiven = () => <span class="muted">{tr("ui.notGiven")}</span>;

function EmailLink(props: { address: string | undefined }) {
  return (
    <Show when={props.address} fallback={notGiven()}>
      {(address) => <a href={`mailto:${address()}`}>{address()}</a>}
    </Show>
  );
}

function PhoneLink(props: { number: string | undefined }) {
  return (
    <Show when={props.number} fallback={notGiven()}>
      {(number) => <a href={`tel:${number().replace(/[^\d+]/g, "")}`}>{number()}</a>}
    </Show>
  );
}

/** The volunteer confirmed for the request, their first meeting, and whether to phone the client. */
function Assigned(props: { request: Request }) {
  const r = () => props.request;
  return (
    <Show when={assignedOf(r())}>
      {(assigned) => (
        <>
          <Fact term={tr("detail.volunteer.name")}>
            <A
              href={`/coordinator/volunteers/${encodeURIComponent(assigned().id)}`}
              data-testid="detail-volunteer"
            >
              {assigned().name}
            </A>
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
                <Show when={phoneNumber(r())} fallback={tr("detail.volunteer.tell.noContact")}>
                  {(phone) => tr("detail.volunteer.tell.phone", { phone: phone() })}
                </Show>
              </strong>
            </Fact>
          </Show>
        </>
      )}
    </Show>
  );
}

/**
 * The languages the client speaks, the main one first (the one the support person should
 * speak), and how they manage in Finnish or Swedish when the main one is another.
 */
function Languages(props: { request: Request }) {
  const c = () => props.request.client;
  const main = () => mainLanguageOf(c());
  const others = () => [
    ...(c().languages ?? []).filter((code) => code !== main()).map((code) => languageName(code)),
    ...(c().otherLanguage ? [c().otherLanguage] : []),
  ];
  return (
    <>
      <Show when={main()}>
        {(code) => (
          <Fact term={tr("detail.field.client.mainLanguage")}>
            <strong data-testid="detail-main-language">{languageName(code())}</strong>
            <Show when={c().finnishOrSwedish && c().finnishOrSwedish !== "well"}>
              <span class="hint-inline"> – {tr("detail.languages.needed")}</span>
            </Show>
          </Fact>
        )}
      </Show>
      <Show when={c().finnishOrSwedish}>
        {(level) => (
          <Fact term={tr("detail.field.client.finnishOrSwedish")}>
            <span data-testid="detail-finnish-or-swedish">
              {tr(`detail.finnishOrSwedish.${level()}`)}
            </span>
          </Fact>
        )}
      </Show>
      <Show when={others().length > 0 || !main()}>
        <Fact
          term={tr(main() ? "detail.field.client.otherLanguages" : "detail.field.client.languages")}
          when={others().length > 0}
        >
          {others().join(", ")}
        </Fact>
      </Show>
    </>
  );
}

/** The request at a glance: when, where, who, what, and its volunteer once there is one. */
export function SummarySection(props: { request: Request }) {
  const r = () => props.request;
  return (
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
          <ClientName name={r().client.name} anonymised={!!r().anonymisedAt} />
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
        <Fact term={tr("detail.what")}>{sectorName(r().sector)}</Fact>
        <Languages request={r()} />
        <Assigned request={r()} />
      </dl>
      <h3>{tr("detail.field.description")}</h3>
      <p class="prewrap">{r().description}</p>
      <Show when={r().supportNeeds}>
        <h3>{tr("detail.field.supportNeeds")}</h3>
        <p class="prewrap">{r().supportNeeds}</p>
      </Show>
    </section>
  );
}

/** Who asked and who needs support, and how to reach them. */
export function ContactSection(props: { request: Request }) {
  const r = () => props.request;
  const person = () => contactPerson(r());
  return (
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
          <Show when={r().requesterRole === "professional" || r().requesterRole === "partner"}>
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
        <Fact term={tr("detail.field.client.name")}>
          <ClientName name={r().client.name} anonymised={!!r().anonymisedAt} />
        </Fact>
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
        <Fact term={tr("detail.field.locale")}>{localeNames[r().locale]}</Fact>
        <Fact term={tr("detail.field.createdAt")}>
          <time datetime={r().createdAt}>{formatDateTime(r().createdAt)}</time>
        </Fact>
        <Fact term={tr("detail.field.updatedAt")}>
          <time datetime={r().updatedAt}>{formatDateTime(r().updatedAt)}</time>
        </Fact>
      </dl>
    </section>
  );
}
