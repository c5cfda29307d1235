import { createEffect, on, Show } from "solid-js";
import { createStore } from "solid-js/store";
import { ErrorSummary } from "../../lib/ErrorSummary.tsx";
import { Select, TextField } from "../../lib/fields.tsx";
import { type MessageKey, tr } from "../../lib/i18n.ts";
import { createProblems, fromServer, type Problems } from "../../lib/problems.ts";
import {
  type Choice,
  choiceOf,
  type Kind,
  kinds,
  type MonthInput,
  type Period,
  periodOf,
  quarterParts,
  quartersToChoose,
  unfinished,
  yearsToChoose,
} from "./period.ts";

const kindLabel: Record<Kind, MessageKey> = {
  month: "coord.reports.kind.month",
  quarter: "coord.reports.kind.quarter",
  year: "coord.reports.kind.year",
  custom: "coord.reports.kind.custom",
};

const inputLabel: Record<MonthInput, MessageKey> = {
  month: "coord.reports.month",
  from: "coord.reports.from",
  to: "coord.reports.to",
};

/** A month input: a month picker where the browser has one, else text as yyyy-mm. */
function MonthField(props: {
  name: MonthInput;
  value: string;
  error: string | undefined;
  onInput: (value: string) => void;
}) {
  return (
    <TextField
      id={`report-${props.name}`}
      label={tr(inputLabel[props.name])}
      hint={tr("coord.reports.monthHint")}
      error={props.error}
      type="month"
      value={props.value}
      onInput={props.onInput}
    />
  );
}

/**
 * The report's period: its kind, then that kind's input, and "show". The form starts from the
 * period on the page and gives the chosen one to `onChoose` (the page puts it in the address).
 * The API's problems with a period (an end before its start, too long a range) show on the
 * custom range's fields, like any form's.
 */
export function PeriodForm(props: {
  period: Period;
  current: string;
  serverErrors: Record<string, string> | undefined;
  onChoose: (period: Period) => void;
}) {
  const [choice, setChoice] = createStore<Choice>(choiceOf(props.period, props.current));
  const form = createProblems({
    label: (path) => (path in inputLabel ? tr(inputLabel[path as MonthInput]) : undefined),
    target: (path) => (path in inputLabel ? `report-${path}` : undefined),
  });
  createEffect(
    on(
      () => `${props.period.from}|${props.period.to}`,
      () => setChoice(choiceOf(props.period, props.current)),
    ),
  );
  createEffect(
    on(
      () => props.serverErrors,
      (fields) => (fields ? form.show(fromServer(fields)) : form.clear()),
    ),
  );

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const missing = unfinished(choice);
    if (missing.length > 0) {
      const problems: Problems = {};
      for (const name of missing) problems[name] = { key: "coord.reports.monthInvalid" };
      return form.show(problems);
    }
    form.clear();
    props.onChoose(periodOf(choice, props.current));
  };

  return (
    <>
      <ErrorSummary id="report-errors" items={form.items()} ref={form.summaryRef} />
      <form class="report-picker month-form" novalidate onSubmit={submit}>
        <Select
          id="report-kind"
          label={tr("coord.reports.kind")}
          value={choice.kind}
          options={kinds}
          optionLabel={(kind) => tr(kindLabel[kind])}
          onChange={(kind) => kind && setChoice("kind", kind)}
        />
        <Show when={choice.kind === "month"}>
          <MonthField
            name="month"
            value={choice.month}
            error={form.error("month")}
            onInput={(value) => setChoice("month", value)}
          />
        </Show>
        <Show when={choice.kind === "quarter"}>
          <Select
            id="report-quarter"
            label={tr("coord.reports.quarter")}
            value={choice.quarter}
            options={quartersToChoose(props.current)}
            optionLabel={(quarter) => tr("coord.reports.quarterOption", quarterParts(quarter))}
            onChange={(quarter) => quarter && setChoice("quarter", quarter)}
          />
        </Show>
        <Show when={choice.kind === "year"}>
          <Select
            id="report-year"
            label={tr("coord.reports.year")}
            value={choice.year}
            options={yearsToChoose(props.current)}
            optionLabel={String}
            onChange={(year) => year && setChoice("year", String(year))}
          />
        </Show>
        <Show when={choice.kind === "custom"}>
          <MonthField
            name="from"
            value={choice.from}
            error={form.error("from")}
            onInput={(value) => setChoice("from", value)}
          />
          <MonthField
            name="to"
            value={choice.to}
            error={form.error("to")}
            onInput={(value) => setChoice("to", value)}
          />
        </Show>
        <button type="submit" id="report-show" class="button">
          {tr("coord.reports.show")}
        </button>
      </form>
    </>
  );
}
