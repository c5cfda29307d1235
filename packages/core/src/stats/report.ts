import { type Locale, type ServerKey, t } from "../i18n/index.ts";
import { addMonths, type Figures, percent, percentile, quarters, retained } from "./figures.ts";
import type { Cell, Figure, Report, ReportSection, ReportTable } from "./shape.ts";

/**
 * Pure: the report of a period in one language, from its figures and its feedback. Every table
 * is rows × columns of cells, so the page, the CSV and the email read them alike.
 */

export interface FeedbackFacts {
  audiences: {
    audience: string;
    answered: number;
    questions: { id: string; text: string; n: number; mean: number | null }[];
  }[];
  pairs: {
    pairs: number;
    questions: { id: string; text: string; pairs: number; before: number; after: number }[] | null;
  };
}

const MIN_GROUP = 5;
const round1 = (n: number) => Math.round(n * 10) / 10;
const hoursOf = (minutes: number) => round1(minutes / 60);

class Words {
  constructor(readonly locale: Locale) {}
  t = (key: ServerKey, vars?: Record<string, string | number>) => t(this.locale, key, vars);
  language = (code: string) => {
    if (code === "other") return this.t("reports.language.other");
    try {
      return new Intl.DisplayNames([this.locale], { type: "language" }).of(code) ?? code;
    } catch {
      return code;
    }
  };
  monthName = (month: string) =>
    new Intl.DateTimeFormat(this.locale, {
      month: "short",
      year: "numeric",
      timeZone: "UTC",
    }).format(new Date(`${month}-01T00:00:00Z`));
}

function table(
  id: string,
  title: string,
  columns: { id: string; label: string }[],
  rows: { id: string; label: string; cells: Cell[] }[],
  extra: Partial<Pick<ReportTable, "basis" | "chart" | "chartColumns" | "note">> = {},
): ReportTable {
  return { id, title, basis: extra.basis ?? "recorded", columns, rows, ...extra };
}

/** A one-column table of named figures. */
function figureTable(id: string, w: Words, rows: [ServerKey, Cell][], extra = {}): ReportTable {
  return table(
    id,
    w.t(`reports.table.${id}` as ServerKey),
    [{ id: "count", label: w.t("reports.col.count") }],
    rows.map(([key, value]) => ({
      id: key.split(".").pop() ?? key,
      label: w.t(key),
      cells: [value],
    })),
    extra,
  );
}

const countColumn = (w: Words) => [{ id: "count", label: w.t("reports.col.count") }];
const groupRows = (groups: [string, number][], label: (g: string) => string) =>
  groups.map(([g, n]) => ({ id: g, label: label(g), cells: [n] }));

function volumeByMonth(f: Figures, w: Words): ReportTable {
  return table(
    "volume-by-month",
    w.t("reports.table.byMonth"),
    [
      { id: "requests", label: w.t("reports.col.requests") },
      { id: "visits", label: w.t("reports.col.visits") },
      { id: "hours", label: w.t("reports.col.hours") },
    ],
    f.months.map((m) => ({
      id: m,
      label: w.monthName(m),
      cells: [f.sum("req", [m]), f.sum("visit", [m]), hoursOf(f.sum("visit:min", [m]))],
    })),
    { chart: "line" },
  );
}

function volumeSummary(f: Figures, w: Words): ReportTable {
  const rows: [string, number][] = [
    ["requests", f.sum("req")],
    ["visits", f.sum("visit")],
    ["hours", hoursOf(f.sum("visit:min"))],
    ["clients", f.distinct("clients")],
    ["partners", f.groups("req:org:").length],
  ];
  return table(
    "volume-summary",
    w.t("reports.table.summary"),
    countColumn(w),
    rows.map(([id, n]) => ({
      id,
      label: w.t(`reports.figure.${id}` as ServerKey),
      cells: [n],
    })),
    { note: w.t("reports.note.clients") },
  );
}

function volume(f: Figures, w: Words): ReportSection {
  return {
    id: "volume",
    title: w.t("reports.section.volume"),
    tables: [
      volumeSummary(f, w),
      volumeByMonth(f, w),
      table(
        "volume-by-role",
        w.t("reports.table.byRole"),
        countColumn(w),
        groupRows(f.groups("req:role:"), (g) => w.t(`reports.role.${g}` as ServerKey)),
        { chart: "bar" },
      ),
      table(
        "volume-by-sector",
        w.t("reports.table.bySector"),
        countColumn(w),
        groupRows(f.groups("req:sector:"), (g) => w.t(`sector.${g}` as ServerKey)),
        { chart: "bar" },
      ),
      table(
        "volume-by-language",
        w.t("reports.table.byLanguage"),
        countColumn(w),
        groupRows(f.groups("req:lang:"), w.language),
      ),
      table(
        "volume-by-municipality",
        w.t("reports.table.byMunicipality"),
        countColumn(w),
        groupRows(f.groups("req:muni:"), (g) => g),
      ),
    ],
  };
}

function partners(f: Figures, w: Words): ReportSection {
  const visits = new Map(f.groups("visit:org:"));
  const requests = new Map(f.groups("req:org:"));
  const names = [...new Set([...requests.keys(), ...visits.keys()])].sort((a, b) =>
    a.localeCompare(b, "fi"),
  );
  return {
    id: "partners",
    title: w.t("reports.section.partners"),
    tables: [
      table(
        "partners",
        w.t("reports.table.partners"),
        [
          { id: "requests", label: w.t("reports.col.requests") },
          { id: "visits", label: w.t("reports.col.visits") },
        ],
        names.map((name) => ({
          id: name,
          label: name,
          cells: [requests.get(name) ?? 0, visits.get(name) ?? 0],
        })),
      ),
    ],
  };
}

const RETENTION_MONTHS = [6, 12, 24] as const;

function volunteers(f: Figures, w: Words): ReportSection {
  const summary: [ServerKey, Cell][] = [
    ["reports.figure.active", f.stock("vol:stock:active")],
    ["reports.figure.pausedNow", f.stock("vol:stock:paused")],
    ["reports.figure.new", f.sum("vol:new")],
    ["reports.figure.paused", f.sum("vol:paused")],
    ["reports.figure.ended", f.sum("vol:ended")],
    ["reports.figure.medianTenure", percentile(f.histogram("vol:tenure:"), 0.5)],
  ];
  const cohorts = quarters(f.period).map((first) => {
    const months = [first, addMonths(first, 1), addMonths(first, 2)].filter((m) =>
      f.months.includes(m),
    );
    return {
      id: first,
      label: `${first.slice(0, 4)} Q${(Number(first.slice(5)) + 2) / 3}`,
      cells: [
        f.sum("vol:new", months),
        ...RETENTION_MONTHS.map((after) => retained(f, months, after, f.period.to)),
      ],
    };
  });
  return {
    id: "volunteers",
    title: w.t("reports.section.volunteers"),
    tables: [
      figureTable("volunteers", w, summary),
      table(
        "volunteers-end-reasons",
        w.t("reports.table.endReasons"),
        countColumn(w),
        groupRows(f.groups("vol:end:"), (g) => w.t(`reports.endReason.${g}` as ServerKey)),
      ),
      table(
        "volunteers-retention",
        w.t("reports.table.retention"),
        [
          { id: "started", label: w.t("reports.col.started") },
          ...RETENTION_MONTHS.map((months) => ({
            id: `after-${months}`,
            label: w.t("reports.col.after", { months }),
          })),
        ],
        cohorts,
        {
          chart: "line",
          chartColumns: RETENTION_MONTHS.map((months) => `after-${months}`),
          note: w.t("reports.note.retention"),
        },
      ),
    ],
  };
}

function training(f: Figures, w: Words): ReportSection {
  const started = f.sum("vol:toTraining");
  const completed = f.sum("train:completed");
  const rows: [ServerKey, Cell][] = [
    ["reports.figure.courses", f.distinct("train:courses")],
    ["reports.figure.sessions", f.distinct("train:sessions")],
    ["reports.figure.participants", f.sum("train:att")],
    ["reports.figure.toTraining", started],
    ["reports.figure.completed", completed],
    ["reports.figure.completion", percent(completed, started)],
    ["reports.figure.courseHours", hoursOf(f.sum("train:min:course"))],
    ["reports.figure.continuingHours", hoursOf(f.sum("train:min:continuing"))],
  ];
  const held = f.distinctGroups("gath:held:");
  const came = new Map(f.groups("gath:att:"));
  return {
    id: "training",
    title: w.t("reports.section.training"),
    tables: [
      figureTable("training", w, rows),
      table(
        "gatherings",
        w.t("reports.table.gatherings"),
        [
          { id: "held", label: w.t("reports.col.held") },
          { id: "attended", label: w.t("reports.col.attended") },
        ],
        held.map(([season, n]) => ({
          id: season,
          label: `${season.slice(0, 4)} ${w.t(`reports.season.${season.slice(5)}` as ServerKey)}`,
          cells: [n, came.get(season) ?? 0],
        })),
      ),
    ],
  };
}

function feedback(f: Figures, w: Words, facts: FeedbackFacts): ReportSection {
  const hidden = (n: number, value: number | null) => (n < MIN_GROUP ? null : value);
  const responses = facts.audiences.map((a) => {
    const sent = f.sum(`fb:sent:${a.audience}`);
    return {
      id: a.audience,
      label: w.t(`reports.audience.${a.audience}` as ServerKey),
      cells: [sent || null, a.answered, sent ? percent(f.sum(`fb:ans:${a.audience}`), sent) : null],
    };
  });
  const means = facts.audiences.flatMap((a) =>
    a.questions.map((q) => ({
      id: `${a.audience}:${q.id}`,
      label: `${w.t(`reports.audience.${a.audience}` as ServerKey)}: ${q.text}`,
      cells: [q.n, hidden(q.n, q.mean)],
    })),
  );
  const pairs = (facts.pairs.questions ?? []).map((q) => ({
    id: q.id,
    label: q.text,
    cells: [q.pairs, q.before, q.after, round1(q.after - q.before)],
  }));
  const note = w.t("reports.note.hidden");
  return {
    id: "feedback",
    title: w.t("reports.section.feedback"),
    tables: [
      table(
        "feedback-responses",
        w.t("reports.table.responses"),
        ["sent", "answered", "rate"].map((id) => ({
          id,
          label: w.t(`reports.col.${id}` as ServerKey),
        })),
        responses,
        { basis: "sample" },
      ),
      table(
        "feedback-means",
        w.t("reports.table.means"),
        ["n", "mean"].map((id) => ({ id, label: w.t(`reports.col.${id}` as ServerKey) })),
        means,
        { basis: "sample", note },
      ),
      table(
        "feedback-pairs",
        w.t("reports.table.pairs"),
        (["pairs", "before", "afterMean", "change"] as const).map((id) => ({
          id,
          label: w.t(`reports.col.${id}`),
        })),
        pairs,
        { basis: "sample", note },
      ),
    ],
  };
}

const MATCH_BANDS: [ServerKey, number, number][] = [
  ["reports.matchTime.day", 0, 23],
  ["reports.matchTime.days3", 24, 71],
  ["reports.matchTime.week", 72, 167],
  ["reports.matchTime.longer", 168, Number.POSITIVE_INFINITY],
];

function matching(f: Figures, w: Words): ReportSection {
  const hours = f.histogram("match:h:");
  const rows: [ServerKey, Cell][] = [
    ["reports.figure.matched", f.sum("req:matched")],
    ["reports.figure.medianMatch", percentile(hours, 0.5)],
    ["reports.figure.p90Match", percentile(hours, 0.9)],
    ["reports.figure.unmatched", f.sum("req:unmatched")],
    ["reports.figure.noVolunteer", f.sum("req:noVolunteer")],
  ];
  const bands = MATCH_BANDS.map(([key, low, high]) => ({
    id: key.split(".").pop() ?? key,
    label: w.t(key),
    cells: [[...hours].filter(([h]) => h >= low && h <= high).reduce((s, [, n]) => s + n, 0)],
  }));
  return {
    id: "matching",
    title: w.t("reports.section.matching"),
    tables: [
      figureTable("matching", w, rows),
      table("matching-time", w.t("reports.table.matchTime"), countColumn(w), bands, {
        chart: "bar",
      }),
    ],
  };
}

function headline(f: Figures, w: Words): Figure[] {
  return [
    { id: "requests", label: w.t("reports.figure.requests"), value: f.sum("req") },
    { id: "visits", label: w.t("reports.figure.visits"), value: f.sum("visit") },
    {
      id: "hours",
      label: w.t("reports.figure.hours"),
      value: hoursOf(f.sum("visit:min")),
      unit: "h",
    },
    { id: "clients", label: w.t("reports.figure.clients"), value: f.distinct("clients") },
    { id: "active", label: w.t("reports.figure.active"), value: f.stock("vol:stock:active") },
    { id: "new", label: w.t("reports.figure.new"), value: f.sum("vol:new") },
  ];
}

export function build(f: Figures, locale: Locale, facts: FeedbackFacts): Report {
  const w = new Words(locale);
  return {
    from: f.period.from,
    to: f.period.to,
    months: f.months,
    headline: headline(f, w),
    sections: [
      volume(f, w),
      partners(f, w),
      volunteers(f, w),
      training(f, w),
      feedback(f, w, facts),
      matching(f, w),
    ],
  };
}
