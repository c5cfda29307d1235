import { api, params } from "../../lib/api.ts";
import { focusSoon } from "../../lib/focus.ts";
import { ErasureBanner } from "../personal/ErasureBanner.tsx";
import { PersonalDataSection } from "../personal/PersonalData.tsx";
import type { VolunteerPage } from "./page.ts";

const route = () => api["personal-data"].volunteers[":id"];

/** The volunteer's erasure, while it can be undone: at the top of their page. */
export function VolunteerErasureBanner(props: { page: VolunteerPage }) {
  const p = props.page;
  return (
    <ErasureBanner
      subject="volunteer"
      erasure={p.volunteer().erasure}
      at={p.volunteer().anonymisedAt}
      undo={(id) =>
        p.call(api["personal-data"].erasures[":id"].undo.$post({ param: params({ id }) }))
      }
      reload={p.reload}
    />
  );
}

/** The volunteer's data on their page: download, legal hold, erasure (certificates kept or not). */
export function VolunteerDataSection(props: { page: VolunteerPage }) {
  const p = props.page;
  const v = p.volunteer;
  return (
    <PersonalDataSection
      subject="volunteer"
      version={v().version}
      legalHold={v().legalHold}
      anonymised={!!v().anonymisedAt}
      canErase
      exportHref={(format) => route().export.$path({ param: p.param(), query: { format } })}
      hold={(json) => p.call(route().hold.$put({ param: p.param(), json }))}
      erase={(certificates) =>
        p.call(route().erase.$post({ param: p.param(), json: { certificates } }))
      }
      reload={p.reload}
      erased={() =>
        focusSoon(
          () => document.querySelector<HTMLElement>("[data-testid=erasure-banner]") ?? undefined,
        )
      }
    />
  );
}
