/**
 * Small cells hidden so nobody can be picked out of a table of answers, and hidden for real:
 * a cell of 1–4 (or a total of 1–4) is not shown, and neither is enough else that it cannot be
 * worked out from what is shown. Zero is shown: "nobody" reveals nobody.
 *
 * The table is read with its margins as one grid: cells, a column of row totals, a row of column
 * totals and the grand total. Every row and every column of that grid adds up (cells minus their
 * total is zero), so a hidden cell is safe only if the hidden cells around it can move together
 * without changing anything shown. This hides, for each small cell, three more in a rectangle
 * through it: the four can shift by one each way (keeping every line's sum), so the small cell
 * has at least two possible values. The rectangle chosen costs least: inner cells before
 * totals, small values before large, and one already hidden costs nothing.
 */

export const MIN_CELL = 5;

export interface Shown {
  cells: (number | null)[][];
  rowTotals: (number | null)[];
  columnTotals: (number | null)[];
  total: number | null;
}

type Grid = number[][];

/** The table with its margins: row totals as the last column, column totals as the last row. */
export function withMargins(cells: readonly (readonly number[])[]): Grid {
  const columns = cells[0]?.length ?? 0;
  const rows = cells.map((row) => [...row, row.reduce((s, n) => s + n, 0)]);
  const last = Array.from({ length: columns + 1 }, (_, j) =>
    rows.reduce((s, row) => s + (row[j] ?? 0), 0),
  );
  return [...rows, last];
}

/** +1 for a cell and the grand total, −1 for a margin total: how each enters its lines' sums. */
const sign = (grid: Grid, i: number, j: number) =>
  (i === grid.length - 1) !== (j === (grid[0]?.length ?? 0) - 1) ? -1 : 1;

const isSmall = (n: number, min: number) => n > 0 && n < min;

/**
 * Whether the four corners can move by one together, keeping every sum, with the small cell
 * among them changing: along the rectangle the signed changes alternate, so in one of the two
 * directions every corner that goes down must have at least 1 to give.
 */
function canShift(grid: Grid, corners: [number, number][]): boolean {
  return [1, -1].some((direction) =>
    corners.every(([i, j], k) => {
      const change = direction * (k % 2 === 0 ? 1 : -1) * sign(grid, i, j);
      return change > 0 || (grid[i]?.[j] ?? 0) >= 1;
    }),
  );
}

function cost(grid: Grid, hidden: boolean[][], i: number, j: number): number {
  if (hidden[i]?.[j]) return 0;
  const margin = i === grid.length - 1 || j === (grid[0]?.length ?? 0) - 1;
  return (margin ? 1_000_000 : 0) + (grid[i]?.[j] ?? 0) + 1;
}

export function hiddenCells(grid: Grid, min = MIN_CELL): boolean[][] {
  const hidden = grid.map((row) => row.map((n) => isSmall(n, min)));
  const rows = grid.length;
  const columns = grid[0]?.length ?? 0;
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < columns; j++) {
      if (!isSmall(grid[i]?.[j] ?? 0, min)) continue;
      let best: { corners: [number, number][]; cost: number } | undefined;
      for (let i2 = 0; i2 < rows; i2++) {
        for (let j2 = 0; j2 < columns; j2++) {
          if (i2 === i || j2 === j) continue;
          const corners: [number, number][] = [
            [i, j],
            [i, j2],
            [i2, j2],
            [i2, j],
          ];
          if (!canShift(grid, corners)) continue;
          const total = corners.reduce((s, [a, b]) => s + cost(grid, hidden, a, b), 0);
          if (!best || total < best.cost) best = { corners, cost: total };
        }
      }
      // No rectangle can move (a one-line table): hide the whole line and its crossing lines.
      if (!best) {
        for (let a = 0; a < rows; a++)
          for (let b = 0; b < columns; b++) hiddenRow(hidden, a)[b] = true;
        return hidden;
      }
      for (const [a, b] of best.corners) hiddenRow(hidden, a)[b] = true;
    }
  }
  return hidden;
}

function hiddenRow(hidden: boolean[][], i: number): boolean[] {
  const row = hidden[i];
  if (!row) throw new Error(`no row ${i}`);
  return row;
}

/** The table as it may be shown: hidden cells and totals as null. */
export function suppress(cells: readonly (readonly number[])[], min = MIN_CELL): Shown {
  const grid = withMargins(cells);
  const hidden = hiddenCells(grid, min);
  const show = (i: number, j: number) => (hidden[i]?.[j] ? null : (grid[i]?.[j] ?? 0));
  const last = grid.length - 1;
  const lastColumn = (grid[0]?.length ?? 1) - 1;
  return {
    cells: cells.map((row, i) => row.map((_, j) => show(i, j))),
    rowTotals: cells.map((_, i) => show(i, lastColumn)),
    columnTotals: Array.from({ length: lastColumn }, (_, j) => show(last, j)),
    total: show(last, lastColumn),
  };
}
