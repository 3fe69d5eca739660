/**
 * The blocks an area is made of: each connected group of its tables laid out by stress
 * majorization (stress.ts) and snapped to columns (columns.ts), the tables joined to nothing in
 * columns by name, all packed into one block shaped like the canvas (pack.ts).
 */
import { bestColumns } from './candidates';
import { GAP_Y, stackColumns, type Box, type ColumnEdge } from './columns';
import { packBlocks } from './pack';
import { stressLayout } from './stress';
import type { ArrangeEdge, XY } from './types';

/** Desired distance per hop between two joined tables (a table's width plus a channel). */
export const UNIT = 340;

export interface Placed {
  positions: Record<string, XY>;
  width: number;
  height: number;
  /** Room wanted around the block when packed (pack.ts's Block). */
  gap?: number;
}

/** Moves the positions so that the top-left corner of the boxes is 0, 0; their extent. */
export function extent(positions: Record<string, XY>, boxes: Map<string, Box>): Placed {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [id, at] of Object.entries(positions)) {
    const box = boxes.get(id)!;
    minX = Math.min(minX, at.x);
    minY = Math.min(minY, at.y);
    maxX = Math.max(maxX, at.x + box.width);
    maxY = Math.max(maxY, at.y + box.height);
  }
  const out: Record<string, XY> = {};
  for (const [id, at] of Object.entries(positions)) out[id] = { x: at.x - minX, y: at.y - minY };
  return minX === Infinity ? { positions: out, width: 0, height: 0 } : { positions: out, width: maxX - minX, height: maxY - minY };
}

/** Connected groups of `ids` by `edges` (edges to nodes outside are ignored), largest first. */
export function components(ids: string[], edges: readonly ArrangeEdge[]): string[][] {
  const index = new Map(ids.map((id, i) => [id, i]));
  const parent = ids.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (const { source, target } of edges) {
    const a = index.get(source);
    const b = index.get(target);
    if (a !== undefined && b !== undefined) parent[find(a)] = find(b);
  }
  const groups = new Map<number, string[]>();
  ids.forEach((id, i) => {
    const root = find(i);
    const list = groups.get(root);
    if (list) list.push(id);
    else groups.set(root, [id]);
  });
  return [...groups.values()].sort((a, b) => b.length - a.length);
}

/** The edges between nodes of `index` (by their index there), with the rows they meet. */
export function edgesAmong(index: Map<string, number>, edges: readonly ArrangeEdge[]): ColumnEdge[] {
  const out: ColumnEdge[] = [];
  for (const { source, target, sourceY, targetY } of edges) {
    const a = index.get(source);
    const b = index.get(target);
    if (a !== undefined && b !== undefined && a !== b) out.push([a, b, sourceY, targetY]);
  }
  return out;
}

export function layoutComponent(ids: string[], edges: readonly ArrangeEdge[], boxes: Map<string, Box>, aspect: number): Placed {
  const index = new Map(ids.map((id, i) => [id, i]));
  const pairs = edgesAmong(index, edges);
  const xy = stressLayout(ids.length, pairs, UNIT);
  return extent(bestColumns(ids.map((id) => boxes.get(id)!), xy, aspect, pairs), boxes);
}

/**
 * Room between blocks of tables joined to nothing (and, halved, at their side of other blocks):
 * no line runs there, so they stand about as close as the tables of a column. A connected
 * group's side keeps its BLOCK_GAP half, more than a channel between columns (GAP_X).
 */
const SINGLES_GAP = 48;

/**
 * The heights tried for the columns of tables joined to nothing (a column takes one table more
 * than fits, if it is taller): the one whose packed drawing fits the canvas largest is kept.
 * Tall columns fill the room beside a tall group; short ones let a schema of few or no lines
 * (an ORM's dump with no foreign keys) spread across a wide canvas instead of two tall columns.
 */
const SINGLES_RUNS = [1200, 800, 500];

/** `boxes` (in order) cut into consecutive runs of at most `limit` high. */
function singleRuns(boxes: Box[], limit: number): Box[][] {
  const runs: Box[][] = [];
  let run: Box[] = [];
  let height = 0;
  for (const box of boxes) {
    if (run.length > 0 && height + box.height > limit) {
      runs.push(run);
      run = [];
      height = 0;
    }
    run.push(box);
    height += box.height + GAP_Y;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** Blocks packed into one (`placed` first, then each group of `ids`, then its tables joined to nothing). */
export function layoutArea(ids: string[], edges: readonly ArrangeEdge[], boxes: Map<string, Box>, aspect: number, placed: Placed[] = []): Placed {
  const groups = components(ids, edges);
  const singles = groups.filter((g) => g.length === 1).map((g) => g[0]!).sort();
  placed = [...placed, ...groups.filter((g) => g.length > 1).map((g) => layoutComponent(g, edges, boxes, aspect))];
  const singleBoxes = singles.map((id) => boxes.get(id)!);
  // Tables joined to nothing: short columns in the order of their names, which fill the room
  // the groups leave (packed after them, in that order).
  const packed = (singles.length > 0 ? SINGLES_RUNS : [0]).map((limit) => {
    const blocks = [...placed];
    for (const run of singleRuns(singleBoxes, limit)) blocks.push({ ...extent(stackColumns(run, 0), boxes), gap: SINGLES_GAP });
    const at = packBlocks(blocks, aspect, placed.length);
    const positions: Record<string, XY> = {};
    blocks.forEach((block, i) => {
      for (const [id, p] of Object.entries(block.positions)) positions[id] = { x: p.x + at[i]!.x, y: p.y + at[i]!.y };
    });
    return extent(positions, boxes);
  });
  // The fit zoom is limited by the larger of width / aspect and height (as in pack.ts).
  const fit = (p: Placed) => Math.max(p.width / aspect, p.height);
  return packed.reduce((best, p) => (fit(p) < fit(best) - 1e-6 ? p : best));
}

