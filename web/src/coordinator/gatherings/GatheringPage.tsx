import { helsinkiDate } from "@rinnalla/core/util";
import { A, type RouteSectionProps, useLocation } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import { OpenButton } from "../../lib/actions.tsx";
import { api } from "../../lib/api.ts";
import { focusHeadingOnNavigation, focusSoon } from "../../lib/focus.ts";
import { formatClock, formatDay } from "../../lib/format.ts";
import { tr, useTitle } from "../../lib/i18n.ts";
import { createItem } from "../../lib/load.ts";
import { Fact, type Flash, Loaded, StatusMessage } from "../../lib/ui.tsx";
import { useApi } from "../api.ts";
import { AttendanceSection } from "./Attendance.tsx";
import { CancelSection } from "./Cancel.tsx";
import { DetailsForm } from "./DetailsForm.tsx";
import { detailsDraft } from "./details.ts";
import { GuestsSection } from "./Guests.tsx";
import { parseSeason } from "./gatherings.ts";
import { PublishSection } from "./Publish.tsx";
import type { GatheringPageData } from "./page.ts";
import { GatheringBadge, SeasonName, seatsText } from "./parts.tsx";
import type { Gathering } from "./types.ts";

function When(props: { g: Gathering }) {
  return (
    <>
      {formatDay(props.g.date ?? "")}{" "}
      <Show when={props.g.startTime}>
        {props.g.endTime
          ? tr("coord.gathering.time", {
              start: formatClock(props.g.startTime ?? ""),
              end: formatClock(props.g.endTime),
            })
          : tr("coord.gathering.from", { start: formatClock(props.g.startTime ?? "") })}
      </Show>
    </>
  );
}

/** What the gathering is, as its guests are told. */
function Summary(props: { g: Gathering }) {
  const season = () => parseSeason(props.g.season);
  return (
    <dl class="facts" data-testid="gathering-summary">
      <Fact term={tr("coord.gathering.status")}>
        <GatheringBadge status={props.g.status} />
      </Fact>
      <Show when={season()}>
        {(s) => (
          <Fact term={tr("coord.gathering.season")}>
            <SeasonName year={s().year} name={s().name} />
          </Fact>
        )}
      </Show>
      <Fact term={tr("coord.gathering.field.date")} when={props.g.date}>
        <When g={props.g} />
      </Fact>
      <Fact term={tr("coord.gathering.field.place")} when={props.g.place}>
        {props.g.place}
      </Fact>
      <Fact term={tr("coord.gathering.field.accessibility")} when={props.g.accessibility}>
        <span class="pre-line">{props.g.accessibility}</span>
      </Fact>
      <Fact term={tr("coord.gathering.field.programme")} when={props.g.programme}>
        <span class="pre-line">{props.g.programme}</span>
      </Fact>
      <Fact term={tr("coord.gathering.seatsTaken")}>
        <span data-testid="gathering-seats">{seatsText(props.g.seated, props.g.capacity)}</span>
      </Fact>
      <Fact term={tr("coord.gathering.field.answerBy")} when={props.g.answerBy}>
        {formatDay(props.g.answerBy ?? "")}
      </Fact>
      <Fact term={tr("coord.gathering.invites")}>
        {props.g.alsoInvite.includes("in_training")
          ? tr("coord.gathering.invites.withTraining")
          : tr("coord.gathering.invites.volunteers")}
      </Fact>
    </dl>
  );
}

/** The details: a draft's form is open; a published gathering's opens on request. */
function DetailsSection(props: { page: GatheringPageData; flash: (f: Flash) => void }) {
  const g = () => props.page.detail().gathering;
  const [open, setOpen] = createSignal(false);
  let opener: HTMLButtonElement | undefined;
  const close = () => {
    setOpen(false);
    focusSoon(() => opener);
  };
  return (
    <section aria-labelledby="details-title">
      <h2 id="details-title">{tr("coord.gathering.details")}</h2>
      <Show when={g().status === "draft"}>
        <p>{tr("coord.gathering.details.draftLead")}</p>
      </Show>
      <Show when={g().status !== "draft" && !open()}>
        <OpenButton
          id="gathering-edit"
          ref={opener}
          label={tr("coord.gathering.edit")}
          onClick={() => setOpen(true)}
        />
      </Show>
      <Show when={g().status === "draft" || open()}>
        <DetailsForm
          id="gathering-form"
          initial={detailsDraft(g())}
          submit={tr("coord.gathering.save")}
          send={(json) =>
            props.page.call(
              api.gatherings[":id"].$put({
                param: props.page.param(),
                json: { ...json, version: g().version },
              }),
            )
          }
          done={(saved) => {
            props.page.set({ ...props.page.detail(), gathering: saved });
            props.flash({ kind: "success", text: tr("coord.gathering.saved") });
            if (g().status !== "draft") close();
          }}
          reload={async () => {
            await props.page.reload();
            return detailsDraft(props.page.detail().gathering);
          }}
          {...(g().status !== "draft" && {
            cancel: { label: tr("coord.gathering.cancel"), onClick: close },
          })}
        />
      </Show>
    </section>
  );
}

/** A gathering whose day is over is history: it is no longer cancelled. */
const past = (g: { date?: string }) => !!g.date && g.date < helsinkiDate(new Date());

/** One gathering: its details, publishing, guests, attendance and thanks; cancelling last. */
export default function GatheringPage(props: RouteSectionProps) {
  const headingRef = focusHeadingOnNavigation();
  const call = useApi();
  const location = useLocation<{ created?: boolean }>();
  const detail = createItem(
    () => props.params.id ?? "",
    (param) => call(api.gatherings[":id"].$get({ param })),
    (data) => data.gathering.id,
  );
  const gathering = () => detail.loaded()?.gathering;
  useTitle(() => gathering()?.title ?? tr("coord.gathering.loading"));
  const [flash, setFlash] = createSignal<Flash | undefined>(
    location.state?.created ? { kind: "success", text: tr("coord.gathering.created") } : undefined,
  );

  return (
    <article class="detail">
      <p class="breadcrumb">
        <A href="/coordinator/gatherings">{tr("coord.gatherings.back")}</A>
      </p>
      <h1 ref={headingRef} tabindex="-1">
        {gathering()?.title ?? tr("coord.gathering.loading")}
      </h1>
      <StatusMessage message={flash()} testId="gathering-message" />
      <Loaded loader={detail} when={detail.loaded()}>
        {(current) => {
          const page: GatheringPageData = {
            call,
            detail: current,
            param: detail.param,
            reload: detail.reload,
            set: detail.set,
          };
          return (
            <Show
              when={current().gathering.status === "draft"}
              fallback={
                <>
                  <Summary g={current().gathering} />
                  <Show when={current().gathering.status === "published"}>
                    <GuestsSection page={page} />
                    <AttendanceSection page={page} />
                    <DetailsSection page={page} flash={setFlash} />
                    <Show when={!past(current().gathering)}>
                      <CancelSection page={page} flash={setFlash} />
                    </Show>
                  </Show>
                </>
              }
            >
              <DetailsSection page={page} flash={setFlash} />
              <PublishSection page={page} flash={setFlash} />
              <CancelSection page={page} flash={setFlash} />
            </Show>
          );
        }}
      </Loaded>
    </article>
  );
}
