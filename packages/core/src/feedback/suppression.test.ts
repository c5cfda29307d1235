import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hiddenCells, MIN_CELL, suppress, withMargins } from "./suppression.ts";

/**
 * An attacker's view: every whole-number table of answers that agrees with everything shown
 * (cells, row totals, column totals, grand total). A hidden cell is safe if that set holds at
 * least two values for it. Searched by brute force, independently of how cells were chosen.
 */
function possibleValues(
  shown: ReturnType<typeof suppress>,
  rows: number,
  columns: number,
  target: [number, number],
  limit: number,
): Set<number> {
  const values = new Set<number>();
  const table = Array.from({ length: rows }, () => Array<number>(columns).fill(0));
  const cells: [number, number][] = [];
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < columns; j++) {
      const v = shown.cells[i]?.[j];
      if (v === null || v === undefined) cells.push([i, j]);
      else (table[i] as number[])[j] = v;
    }
  }
  const agrees = () => {
    const rowSums = table.map((r) => r.reduce((s, n) => s + n, 0));
    const colSums = Array.from({ length: columns }, (_, j) =>
      table.reduce((s, r) => s + (r[j] ?? 0), 0),
    );
    const total = rowSums.reduce((s, n) => s + n, 0);
    return (
      rowSums.every((s, i) => shown.rowTotals[i] === null || shown.rowTotals[i] === s) &&
      colSums.every((s, j) => shown.columnTotals[j] === null || shown.columnTotals[j] === s) &&
      (shown.total === null || shown.total === total)
    );
  };
  const lastInRow = (k: number) => cells.findLast(([i]) => i === cells[k]?.[0]) === cells[k];
  const lastInColumn = (k: number) => cells.findLast(([, j]) => j === cells[k]?.[1]) === cells[k];
  const rowSum = (i: number) => (table[i] as number[]).reduce((s, n) => s + n, 0);
  const columnSum = (j: number) => table.reduce((s, r) => s + (r[j] ?? 0), 0);
  // Whole numbers from 0 up, except where a shown total leaves only one choice.
  const choices = (k: number): number[] => {
    const [i, j] = cells[k] as [number, number];
    const forced = new Set<number>();
    const rowTotal = shown.rowTotals[i];
    const columnTotal = shown.columnTotals[j];
    if (lastInRow(k) && rowTotal !== null && rowTotal !== undefined)
      forced.add(rowTotal - rowSum(i));
    if (lastInColumn(k) && columnTotal !== null && columnTotal !== undefined) {
      forced.add(columnTotal - columnSum(j));
    }
    if (forced.size > 1) return [];
    if (forced.size === 1) return [...forced].filter((v) => v >= 0);
    const room = Math.min(
      rowTotal === null || rowTotal === undefined ? limit : rowTotal - rowSum(i),
      columnTotal === null || columnTotal === undefined ? limit : columnTotal - columnSum(j),
      limit,
    );
    return Array.from({ length: Math.max(0, room + 1) }, (_, v) => v);
  };
  const search = (k: number) => {
    if (values.size >= 2) return;
    if (k === cells.length) {
      if (agrees()) values.add((table[target[0]] as number[])[target[1]] as number);
      return;
    }
    const [i, j] = cells[k] as [number, number];
    for (const v of choices(k)) {
      (table[i] as number[])[j] = v;
      search(k + 1);
    }
    (table[i] as number[])[j] = 0;
  };
  search(0);
  return values;
}

describe("suppress", () => {
  it("hides a cell of 4 so that its row and column totals do not give it away", () => {
    // Answers to one question: rows are the five steps of the scale, columns two half-years.
    const cells = [
      [0, 6],
      [4, 7],
      [9, 12],
      [11, 8],
      [6, 5],
    ];
    const shown = suppress(cells);
    expect(shown.cells[1]?.[0]).toBeNull();
    // Still shown: the totals a coordinator reads first.
    expect(shown.total).toBe(68);
    expect(shown.columnTotals).toEqual([30, 38]);
    // Its row total (11) and column total (30) are either hidden or cannot pin it down.
    const possible = possibleValues(shown, 5, 2, [1, 0], 40);
    expect(possible.size).toBeGreaterThanOrEqual(2);
    // The hidden part is small: the rectangle through it, not the whole table.
    const hiddenCount = shown.cells.flat().filter((c) => c === null).length;
    expect(hiddenCount).toBeLessThanOrEqual(4);
  });

  it("shows a table with no small cells as it is, zeros included", () => {
    const cells = [
      [0, 5],
      [7, 0],
    ];
    expect(suppress(cells)).toEqual({
      cells,
      rowTotals: [5, 7],
      columnTotals: [7, 5],
      total: 12,
    });
  });

  it("hides a small total as well as the cells it would reveal", () => {
    const shown = suppress([
      [3, 0],
      [6, 8],
    ]);
    expect(shown.rowTotals[0]).toBeNull();
    expect(shown.cells[0]?.[0]).toBeNull();
    expect(possibleValues(shown, 2, 2, [0, 0], 30).size).toBeGreaterThanOrEqual(2);
  });

  it("protects a single column (one period) through the totals", () => {
    const shown = suppress([[2], [9], [7]]);
    expect(shown.cells[0]?.[0]).toBeNull();
    expect(possibleValues(shown, 3, 1, [0, 0], 30).size).toBeGreaterThanOrEqual(2);
  });

  it("hides nothing in an empty table", () => {
    expect(suppress([])).toEqual({ cells: [], rowTotals: [], columnTotals: [], total: 0 });
    expect(suppress([[0, 0]]).total).toBe(0);
  });

  it("hides a lone small cell with nothing to pair it with, with everything it touches", () => {
    const shown = suppress([[3]]);
    expect(shown).toEqual({
      cells: [[null]],
      rowTotals: [null],
      columnTotals: [null],
      total: null,
    });
  });

  it("no small cell can be worked out from what is shown, in any small table", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }).chain((rows) =>
          fc.integer({ min: 1, max: 3 }).chain((columns) =>
            fc.array(
              fc.array(fc.integer({ min: 0, max: 7 }), { minLength: columns, maxLength: columns }),
              {
                minLength: rows,
                maxLength: rows,
              },
            ),
          ),
        ),
        (cells) => {
          const shown = suppress(cells);
          const rows = cells.length;
          const columns = cells[0]?.length ?? 0;
          const limit = withMargins(cells).at(-1)?.at(-1) ?? 0;
          for (let i = 0; i < rows; i++) {
            for (let j = 0; j < columns; j++) {
              const v = cells[i]?.[j] ?? 0;
              if (v === 0 || v >= MIN_CELL) continue;
              expect(shown.cells[i]?.[j]).toBeNull();
              const possible = possibleValues(shown, rows, columns, [i, j], limit + 1);
              expect(possible.size, JSON.stringify({ cells, shown })).toBeGreaterThanOrEqual(2);
            }
          }
        },
      ),
      { numRuns: 150, seed: 15 },
    );
  });

  it("a small total is hidden with what would give it away (the grand total minus the others)", () => {
    const grid = withMargins([
      [1, 1],
      [5, 5],
    ]);
    const hidden = hiddenCells(grid);
    expect(hidden[0]?.[2]).toBe(true);
    expect(hidden[1]?.[2]).toBe(true);
  });
});
