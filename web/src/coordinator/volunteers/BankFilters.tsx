import { clientLanguages, sectors } from "@rinnalla/core/request";
import { volunteerStatuses } from "@rinnalla/core/volunteer";
import { A } from "@solidjs/router";
import { LanguageSelect, SectorSelect } from "../../lib/choices.tsx";
import { Select, TextField } from "../../lib/fields.tsx";
import { tr } from "../../lib/i18n.ts";
import type { VolunteerStatus } from "./types.ts";

export type StatusFilter = VolunteerStatus | "all";
export type Sort = "name" | "lastVisit";
export type Filters = {
  status: StatusFilter;
  language: (typeof clientLanguages)[number] | "";
  sector: (typeof sectors)[number] | "";
  area: string;
  freeOn: string;
  sort: Sort;
};

export const statusFilters = [...volunteerStatuses, "all"] as const;

export const statusName = (status: StatusFilter) =>
  status === "all" ? tr("bank.status.all") : tr(`volunteer.status.${status}`);

const one = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value) ?? "";
const oneOf = <T extends string, F extends string>(
  value: string,
  options: readonly T[],
  fallback: F,
): T | F => ((options as readonly string[]).includes(value) ? (value as T) : fallback);

/** The filters an address asks for; anything unknown falls back to the default. */
export function filtersOf(query: Partial<Record<string, string | string[]>>): Filters {
  return {
    status: oneOf(one(query.status), statusFilters, "active"),
    language: oneOf(one(query.language), clientLanguages, ""),
    sector: oneOf(one(query.sector), sectors, ""),
    area: one(query.area).slice(0, 100),
    freeOn: /^\d{4}-\d{2}-\d{2}$/.test(one(query.freeOn)) ? one(query.freeOn) : "",
    sort: oneOf(one(query.sort), ["name", "lastVisit"] as const, "name"),
  };
}

/** The filters as an address, so a filtered list can be bookmarked and Back works. */
export function bankHref(filters: Partial<Filters>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) {
    if (
      !value ||
      (name === "status" && value === "active") ||
      (name === "sort" && value === "name")
    )
      continue;
    params.set(name, value);
  }
  const query = params.toString();
  return query ? `/coordinator/volunteers?${query}` : "/coordinator/volunteers";
}

/** The bank's filters: status, language, sector, area, a free date and the order. */
export function BankFilters(props: {
  value: Filters;
  onChange: <K extends keyof Filters>(name: K, value: Filters[K]) => void;
  onApply: () => void;
}) {
  const f = () => props.value;
  return (
    <search>
      <form
        class="bank-filters"
        aria-labelledby="bank-filters-title"
        onSubmit={(event) => {
          event.preventDefault();
          props.onApply();
        }}
      >
        <h2 id="bank-filters-title" class="bank-filters__title">
          {tr("bank.filters")}
        </h2>
        <div class="bank-filters__grid">
          <Select
            id="bank-status"
            label={tr("bank.filter.status")}
            value={f().status}
            options={statusFilters}
            optionLabel={statusName}
            onChange={(status) => props.onChange("status", status || "active")}
          />
          <LanguageSelect
            id="bank-language"
            label={tr("bank.filter.language")}
            value={f().language}
            placeholder={tr("bank.filter.any")}
            onChange={(language) => props.onChange("language", language)}
          />
          <SectorSelect
            id="bank-sector"
            label={tr("bank.filter.sector")}
            value={f().sector}
            placeholder={tr("bank.filter.any")}
            onChange={(sector) => props.onChange("sector", sector)}
          />
          <TextField
            id="bank-area"
            label={tr("bank.filter.area")}
            autocomplete="off"
            maxlength={100}
            value={f().area}
            onInput={(area) => props.onChange("area", area)}
          />
          <TextField
            id="bank-freeOn"
            label={tr("bank.filter.freeOn")}
            hint={tr("bank.filter.freeOn.hint")}
            type="date"
            value={f().freeOn}
            onInput={(date) => props.onChange("freeOn", date)}
          />
          <Select
            id="bank-sort"
            label={tr("bank.filter.sort")}
            value={f().sort}
            options={["name", "lastVisit"] as const}
            optionLabel={(sort) => tr(`bank.sort.${sort}`)}
            onChange={(sort) => props.onChange("sort", sort || "name")}
          />
        </div>
        <div class="button-row">
          <button type="submit" id="bank-apply" class="button">
            {tr("bank.apply")}
          </button>
          <A href="/coordinator/volunteers" class="button button--secondary" id="bank-clear">
            {tr("bank.clear")}
          </A>
        </div>
      </form>
    </search>
  );
}
