import type { SetStoreFunction } from "solid-js/store";
import { Select, TextField } from "../fields.tsx";
import { focusSoon } from "../focus.ts";
import { tr } from "../i18n.ts";
import type { ProfileDraft } from "./profile.ts";
import { RowList } from "./RowList.tsx";

const days = [1, 2, 3, 4, 5, 6, 7] as const;

/** When the volunteer can come: weekly times, visits a month at most, and times away. */
export function Availability(props: {
  draft: ProfileDraft;
  setDraft: SetStoreFunction<ProfileDraft>;
  error: (path: string) => string | undefined;
  /** Removing a row renumbers the rest: problems said of them no longer fit. */
  onRowsChanged: () => void;
}) {
  const set = props.setDraft;
  const add = (list: "weekly" | "away", first: "day" | "from") => {
    if (list === "weekly") set("weekly", (rows) => [...rows, { day: "", from: "", to: "" }]);
    else set("away", (rows) => [...rows, { from: "", to: "" }]);
    const index = props.draft[list].length - 1;
    focusSoon(() => document.getElementById(`${list}-${index}-${first}`) ?? undefined);
  };
  const remove = (list: "weekly" | "away", index: number) => {
    if (list === "weekly") set("weekly", (rows) => rows.filter((_, i) => i !== index));
    else set("away", (rows) => rows.filter((_, i) => i !== index));
    props.onRowsChanged();
    focusSoon(() => document.getElementById(`${list}-add`) ?? undefined);
  };
  const weekly = (index: number, field: string) =>
    props.error(`availability.weekly.${index}.${field}`);
  const away = (index: number, field: string) => props.error(`availability.away.${index}.${field}`);

  return (
    <>
      <RowList
        id="weekly"
        legend={tr("volunteer.profile.weekly")}
        hint={tr("volunteer.profile.weekly.hint")}
        none={tr("volunteer.profile.weekly.none")}
        rows={props.draft.weekly}
        rowLabel={(n) => tr("volunteer.profile.weekly.row", { n })}
        testId="weekly-row"
        addLabel={tr("volunteer.profile.weekly.add")}
        removeLabel={tr("volunteer.profile.remove")}
        onAdd={() => add("weekly", "day")}
        onRemove={(index) => remove("weekly", index)}
      >
        {(row, index) => (
          <>
            <Select
              id={`weekly-${index()}-day`}
              label={tr("volunteer.profile.weekly.day")}
              error={weekly(index(), "day")}
              required
              value={row.day}
              options={days}
              optionLabel={(day) => tr(`volunteer.day.${day}`)}
              placeholder={tr("form.sector.choose")}
              onChange={(day) => set("weekly", index(), "day", String(day))}
            />
            <TextField
              id={`weekly-${index()}-from`}
              label={tr("volunteer.profile.weekly.from")}
              error={weekly(index(), "from")}
              required
              type="time"
              value={row.from}
              onInput={(value) => set("weekly", index(), "from", value)}
            />
            <TextField
              id={`weekly-${index()}-to`}
              label={tr("volunteer.profile.weekly.to")}
              error={weekly(index(), "to")}
              required
              type="time"
              value={row.to}
              onInput={(value) => set("weekly", index(), "to", value)}
            />
          </>
        )}
      </RowList>

      <TextField
        id="profile-maxVisits"
        label={tr("volunteer.profile.maxVisits")}
        hint={tr("volunteer.profile.maxVisits.hint")}
        error={props.error("availability.maxVisitsPerMonth")}
        required
        type="number"
        inputmode="numeric"
        min={1}
        max={30}
        step={1}
        class="input--short"
        value={props.draft.maxVisits}
        onInput={(value) => set("maxVisits", value)}
      />

      <RowList
        id="away"
        legend={tr("volunteer.profile.away")}
        hint={tr("volunteer.profile.away.hint")}
        rows={props.draft.away}
        rowLabel={(n) => tr("volunteer.profile.away.row", { n })}
        testId="away-row"
        addLabel={tr("volunteer.profile.away.add")}
        removeLabel={tr("volunteer.profile.remove")}
        onAdd={() => add("away", "from")}
        onRemove={(index) => remove("away", index)}
      >
        {(row, index) => (
          <>
            <TextField
              id={`away-${index()}-from`}
              label={tr("volunteer.profile.away.from")}
              error={away(index(), "from")}
              required
              type="date"
              value={row.from}
              onInput={(value) => set("away", index(), "from", value)}
            />
            <TextField
              id={`away-${index()}-to`}
              label={tr("volunteer.profile.away.to")}
              error={away(index(), "to")}
              required
              type="date"
              min={row.from || undefined}
              value={row.to}
              onInput={(value) => set("away", index(), "to", value)}
            />
          </>
        )}
      </RowList>
    </>
  );
}
