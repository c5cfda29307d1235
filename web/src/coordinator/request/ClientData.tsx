import { Show } from "solid-js";
import { api, params } from "../../lib/api.ts";
import { focusSoon } from "../../lib/focus.ts";
import { tr } from "../../lib/i18n.ts";
import { ErasureBanner } from "../personal/ErasureBanner.tsx";
import { PersonalDataSection } from "../personal/PersonalData.tsx";
import { closed } from "../types.ts";
import type { RequestPage } from "./page.ts";

const route = () => api["personal-data"].requests[":id"];

/** The client's erasure, while it can be undone: at the top of the request's page. */
export function ClientErasureBanner(props: { page: RequestPage }) {
  const p = props.page;
  return (
    <ErasureBanner
      subject="request"
      erasure={p.request().erasure}
      at={p.request().anonymisedAt}
      undo={(id) =>
        p.call(api["personal-data"].erasures[":id"].undo.$post({ param: params({ id }) }))
      }
      reload={p.reload}
    />
  );
}

/** The client's data on the request's page: download, legal hold, erasure once closed. */
export function ClientDataSection(props: { page: RequestPage }) {
  const p = props.page;
  const r = p.request;
  return (
    <PersonalDataSection
      subject="request"
      version={r().version}
      legalHold={r().legalHold}
      anonymised={!!r().anonymisedAt}
      canErase={closed.includes(r().status)}
      exportHref={(format) => route().export.$path({ param: p.param(), query: { format } })}
      hold={(json) => p.call(route().hold.$put({ param: p.param(), json }))}
      erase={() => p.call(route().erase.$post({ param: p.param() }))}
      reload={p.reload}
      erased={() => {
        focusSoon(
          () => document.querySelector<HTMLElement>("[data-testid=erasure-banner]") ?? undefined,
        );
      }}
    />
  );
}

/** Where the client's name was: "Anonymised", said plainly, rather than a dash. */
export function ClientName(props: { name: string; anonymised: boolean }) {
  return (
    <Show when={props.anonymised} fallback={props.name}>
      <span class="badge badge--anonymised" data-testid="client-anonymised">
        {tr("personal.anonymisedBadge")}
      </span>
    </Show>
  );
}
