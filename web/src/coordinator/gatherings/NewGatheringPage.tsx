import { useNavigate } from "@solidjs/router";
import { api } from "../../lib/api.ts";
import { tr } from "../../lib/i18n.ts";
import { PageHeading } from "../../lib/PageHeading.tsx";
import { useApi } from "../api.ts";
import { DetailsForm } from "./DetailsForm.tsx";
import { detailsDraft } from "./details.ts";
import { gatheringHref } from "./GatheringsPage.tsx";

/** A gathering beyond the season's own: made as a draft, published from its page. */
export default function NewGatheringPage() {
  const call = useApi();
  const navigate = useNavigate();
  return (
    <div>
      <p class="breadcrumb">
        <a href="/coordinator/gatherings">{tr("coord.gatherings.back")}</a>
      </p>
      <PageHeading title={tr("coord.gathering.new.title")} />
      <p class="lead">{tr("coord.gathering.new.lead")}</p>
      <DetailsForm
        id="gathering-form"
        initial={detailsDraft({ title: "" })}
        submit={tr("coord.gathering.new.save")}
        send={(json) => call(api.gatherings.$post({ json }))}
        done={(saved) => navigate(gatheringHref(saved.id), { state: { created: true } })}
        cancel={{
          label: tr("coord.gathering.cancel"),
          onClick: () => navigate("/coordinator/gatherings"),
        }}
      />
    </div>
  );
}
