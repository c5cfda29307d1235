import { Monthly, Tally } from "../monthly/index.ts";
import { Request } from "../request/index.ts";
import { helsinkiDate } from "../util/time.ts";

/**
 * The monthly figures recomputed from the records, for when counters are in doubt (a bug, a
 * restore): given every record (the operator's command reads them; the application never
 * scans), each turned into the same tallies the live changes make.
 * Survey links expire by design, so surveys *sent* cannot be recounted: those counters are kept
 * as they are. `differences` says where live and recomputed disagree.
 */

type Raw = Record<string, unknown>;
type Figures = Map<string, Monthly.MonthFigures>;

const str = (v: unknown) => (typeof v === "string" ? v : undefined);
const num = (v: unknown) => (typeof v === "number" ? v : 0);

/** Tallies of requests: received, confirmed, closed unmatched, visits done (from the timeline). */
function requestTallies(byType: Map<string, Raw[]>): Tally.Tally[] {
  const requests = new Map<string, Raw>();
  for (const r of byType.get("request") ?? []) requests.set(`request#${str(r.id)}`, r);
  const out: Tally.Tally[] = [];
  for (const r of requests.values()) {
    out.push(Tally.requestReceived(Request.figuresOf(r as never)));
  }
  for (const item of byType.get("event") ?? []) {
    const request = requests.get(String(item.pk));
    const e = item.event as Raw | undefined;
    if (!request || !e) continue;
    const at = String(e.at);
    if (e.kind === "status" && e.to === "confirmed") {
      out.push(Tally.requestConfirmed({ createdAt: String(request.createdAt) }, at));
    }
    const closes = e.kind === "status" && (e.to === "cancelled" || e.to === "no_volunteer");
    if (closes && e.from !== "confirmed" && e.from !== "completed") {
      out.push(Tally.requestClosedUnmatched(at, e.to === "no_volunteer"));
    }
    if (e.kind === "report" && e.outcome === "yes") {
      out.push(Tally.visitDone(Request.figuresOf(request as never), num(e.minutes)));
    }
  }
  return out;
}

/** Each volunteer's history replayed in order, as the moves happened. */
function volunteerTallies(byType: Map<string, Raw[]>): Tally.Tally[] {
  const byVolunteer = new Map<string, Raw[]>();
  for (const h of byType.get("volunteer-history") ?? []) {
    const list = byVolunteer.get(String(h.pk)) ?? [];
    list.push(h);
    byVolunteer.set(String(h.pk), list);
  }
  const out: Tally.Tally[] = [];
  for (const entries of byVolunteer.values()) {
    entries.sort((a, b) => String(a.sk).localeCompare(String(b.sk)));
    let activeSince: string | undefined;
    for (const h of entries) {
      const at = String(h.at);
      if (!h.from) out.push(Tally.volunteerApplied(at));
      else
        out.push(
          ...Tally.volunteerMoved(
            { status: String(h.from), activeSince },
            String(h.to),
            at,
            str(h.endReason),
          ),
        );
      if (h.to === "active" && !activeSince) activeSince = helsinkiDate(new Date(at));
    }
  }
  return out;
}

/** Training marks per session, gathering attendance per gathering, answers given by link. */
function activityTallies(byType: Map<string, Raw[]>): Tally.Tally[] {
  const sessions = new Map<string, Raw[]>();
  for (const a of byType.get("training-attendance") ?? []) {
    const key = `${str(a.cohortId)}#${num(a.n)}`;
    const marks = sessions.get(key) ?? [];
    marks.push(a);
    sessions.set(key, marks);
  }
  const out: Tally.Tally[] = [];
  for (const marks of sessions.values()) {
    const first = marks[0] as Raw;
    const there = marks.filter((m) => m.mark !== "absent");
    out.push(
      Tally.sessionMarked(
        {
          cohortId: String(first.cohortId),
          kind: first.kind as "course",
          n: num(first.n),
          date: String(first.date),
        },
        { there: 0, minutes: 0 },
        { there: there.length, minutes: there.reduce((s, m) => s + num(m.minutes), 0) },
      ),
    );
  }
  const came = new Map<string, number>();
  for (const g of byType.get("gathering-guest") ?? []) {
    if (g.attended === true)
      came.set(String(g.gatheringId), (came.get(String(g.gatheringId)) ?? 0) + 1);
  }
  for (const g of byType.get("gathering") ?? []) {
    const n = came.get(String(g.id)) ?? 0;
    if (n > 0 && g.date)
      out.push(
        Tally.gatheringMarked(
          { id: String(g.id), season: String(g.season), date: String(g.date) },
          0,
          n,
        ),
      );
  }
  for (const a of byType.get("feedback-answer") ?? []) {
    if (a.via === "link")
      out.push(Tally.surveyAnswered(String(a.audience), `${str(a.month)}-15T12:00:00Z`));
  }
  return out;
}

/** The figures as the records say they should be; sent surveys carried over from `live`. */
export function recompute(records: readonly Raw[], live: Figures): Figures {
  const byType = new Map<string, Raw[]>();
  for (const item of records) {
    const type = String(item.type);
    const list = byType.get(type) ?? [];
    list.push(item);
    byType.set(type, list);
  }
  const tallies = Tally.merge([
    ...requestTallies(byType),
    ...volunteerTallies(byType),
    ...activityTallies(byType),
  ]);
  const figures: Figures = new Map();
  for (const t of tallies) {
    const month = figures.get(t.month) ?? Monthly.emptyMonth();
    figures.set(t.month, month);
    Monthly.addInto(month, { ...t.add, ...t.sets });
  }
  for (const [m, f] of live) {
    for (const [name, n] of f.counts) {
      if (!name.startsWith("fb:sent:")) continue;
      const month = figures.get(m) ?? Monthly.emptyMonth();
      figures.set(m, month);
      Monthly.addInto(month, { [name]: n });
    }
  }
  return figures;
}

/** Pure: where two sets of figures disagree, as `month name: a ≠ b` lines (zeros equal absent). */
export function differences(a: Figures, b: Figures): string[] {
  const out: string[] = [];
  const months = [...new Set([...a.keys(), ...b.keys()])].sort();
  for (const m of months) {
    const x = a.get(m) ?? Monthly.emptyMonth();
    const y = b.get(m) ?? Monthly.emptyMonth();
    for (const name of new Set([...x.counts.keys(), ...y.counts.keys()])) {
      const p = x.counts.get(name) ?? 0;
      const q = y.counts.get(name) ?? 0;
      if (p !== q) out.push(`${m} ${name}: ${p} ≠ ${q}`);
    }
    for (const name of new Set([...x.sets.keys(), ...y.sets.keys()])) {
      const p = [...(x.sets.get(name) ?? [])].sort().join(",");
      const q = [...(y.sets.get(name) ?? [])].sort().join(",");
      if (p !== q) out.push(`${m} ${name}: {${p}} ≠ {${q}}`);
    }
  }
  return out;
}

/**
 * Compares live and the records' figures; with `write`, replaces the stored months by the recomputed
 * ones (the old items removed, one item per month written).
 */
export async function rebuild(records: readonly Raw[], options: { write: boolean }) {
  const live = await Monthly.everything();
  const recomputed = recompute(records, live);
  const found = differences(live, recomputed);
  if (options.write && found.length) await Monthly.replaceAll(recomputed);
  return { differences: found, months: recomputed.size };
}
