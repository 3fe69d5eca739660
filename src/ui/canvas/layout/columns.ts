/**
 * From free positions (stress.ts) to tidy columns: the nodes, in the order of their x, are split
 * into columns of about equal height, as many as make the block about as wide as `aspect` says;
 * in each column they keep the order of their y and sit as near their y as they can without
 * overlapping (isotonic regression, "pool adjacent violators"). Between the columns run the
 * gaps the router draws the lines in; between the nodes of a column, the gaps lines cross by.
 */
import type { XY } from './types';
import { appendAll, maxOf, minOf } from '../../../core/lib/arrays';

export interface Box {
  id: string;
  width: number;
  height: number;
}

/** Column gap (a routing channel) and vertical gap between nodes of a column. */
export const GAP_X = 80;
export const GAP_Y = 40;

/**
 * Splits `order` (indices) into `k` runs of about equal total height, in order.
 */
export function balancedRuns(order: number[], heights: number[], k: number): number[][] {
  const runs: number[][] = [];
  let remaining = order.reduce((sum, i) => sum + heights[i]! + GAP_Y, 0);
  let at = 0;
  for (let c = 0; c < k && at < order.length; c++) {
    const target = remaining / (k - c);
    const run: number[] = [];
    let height = 0;
    while (at < order.length) {
      const h = heights[order[at]!]! + GAP_Y;
      // Stop before a node that overshoots the target by more than it would undershoot without it.
      if (run.length > 0 && c < k - 1 && height + h - target > target - height) break;
      run.push(order[at++]!);
      height += h;
    }
    remaining -= height;
    runs.push(run);
  }
  if (at < order.length) appendAll(runs[runs.length - 1]!, order.slice(at));
  return runs;
}

/** Columns that make a block of these boxes about `aspect` times as wide as tall. */
export function columnCount(boxes: Box[], aspect: number): number {
  if (boxes.length === 0) return 0;
  const width = maxOf(boxes.map((b) => b.width)) + GAP_X;
  const height = boxes.reduce((sum, b) => sum + b.height + GAP_Y, 0);
  return Math.max(1, Math.min(boxes.length, Math.round(Math.sqrt((aspect * height) / width))));
}

/**
 * Positions y for nodes of heights `heights` in this order, each as near its `desired` y as
 * possible, none overlapping (gap GAP_Y), the order kept: least squares by pool adjacent violators.
 * `within`: the stack stays between these two heights when it fits (the pooled means clamped,
 * which keeps them in order and is the least-squares answer under that bound).
 */
export function isotonicStack(desired: number[], heights: number[], within?: [number, number]): number[] {
  const n = desired.length;
  const offset: number[] = [];
  let sum = 0;
  for (let i = 0; i < n; i++) {
    offset.push(sum);
    sum += heights[i]! + GAP_Y;
  }
  // Blocks of pooled values: mean of (desired - offset) over the block.
  const means: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < n; i++) {
    let mean = desired[i]! - offset[i]!;
    let count = 1;
    while (means.length > 0 && means[means.length - 1]! > mean) {
      const m = means.pop()!;
      const c = counts.pop()!;
      mean = (m * c + mean * count) / (c + count);
      count += c;
    }
    means.push(mean);
    counts.push(count);
  }
  const out: number[] = [];
  const packed = sum - GAP_Y;
  means.forEach((mean, b) => {
    if (within && within[1] - within[0] >= packed) mean = Math.min(Math.max(mean, within[0]), within[1] - packed);
    for (let k = 0; k < counts[b]!; k++) out.push(mean + offset[out.length]!);
  });
  return out;
}

/** The height every column stays within: the tallest column stacked without gaps, times `slack`. */
function columnRoom(columns: number[][], heights: number[], slack: number): [number, number] {
  const tallest = maxOf(columns.map((column) => column.reduce((sum, i) => sum + heights[i]! + GAP_Y, -GAP_Y)));
  return [0, tallest * slack];
}

/** Rotates the points so that their main axis is horizontal (principal component). */
export function alongMainAxis(xy: Float64Array, n: number): Float64Array {
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xy[2 * i]!;
    my += xy[2 * i + 1]!;
  }
  mx /= n;
  my /= n;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xy[2 * i]! - mx;
    const dy = xy[2 * i + 1]! - my;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  const angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
  const cos = Math.cos(-angle);
  const sin = Math.sin(-angle);
  const out = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    const dx = xy[2 * i]! - mx;
    const dy = xy[2 * i + 1]! - my;
    out[2 * i] = dx * cos - dy * sin;
    out[2 * i + 1] = dx * sin + dy * cos;
  }
  return out;
}

/** Sweeps of barycentric reordering after the columns are made. */
const SWEEPS = 8;

/**
 * An edge between boxes `a` and `b` of snapToColumns, with the heights below each box's top where
 * the line meets it (its column's row) when known; else the middle of the box.
 */
export type ColumnEdge = readonly [a: number, b: number, rowA?: number, rowB?: number];

interface Neighbour {
  /** The other node (an index of the same boxes), or -1 for a node that stays where it is. */
  j: number;
  /** Where the line meets this node and the other one, below their tops. */
  own: number;
  other: number;
  /** The top of the other node when it stays where it is (a node of another area). */
  at?: number;
}

/** Each node's lines to the others, with the rows they meet (the middle of a node when not known). */
function neighboursOf(edges: readonly ColumnEdge[], heights: number[]): Neighbour[][] {
  const neighbours: Neighbour[][] = heights.map(() => []);
  for (const [a, b, rowA, rowB] of edges) {
    if (a === b) continue;
    const ownA = rowA ?? heights[a]! / 2;
    const ownB = rowB ?? heights[b]! / 2;
    neighbours[a]!.push({ j: b, own: ownA, other: ownB });
    neighbours[b]!.push({ j: a, own: ownB, other: ownA });
  }
  return neighbours;
}

/**
 * Fewer crossings, as the layered layouts do (Sugiyama's barycentre heuristic, with ports): each
 * column in turn, its nodes wish to sit where the rows their lines meet line up with the rows
 * they join in other columns (on average), and are stacked again in that order (isotonicStack).
 * Sweeps go right, then left.
 */
function reorder(columns: number[][], ys: number[], heights: number[], neighbours: Neighbour[][], room: [number, number]): void {
  const columnOf = new Int32Array(ys.length);
  columns.forEach((column, c) => column.forEach((i) => (columnOf[i] = c)));
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    const order = sweep % 2 === 0 ? columns.map((_, c) => c) : columns.map((_, c) => columns.length - 1 - c);
    for (const c of order) {
      const column = columns[c]!;
      const wish = column.map((i) => {
        let sum = 0;
        let count = 0;
        for (const { j, own, other, at } of neighbours[i]!) {
          if (at === undefined && columnOf[j] === c) continue;
          sum += (at ?? ys[j]!) + other - own;
          count++;
        }
        return count > 0 ? sum / count : ys[i]!;
      });
      const sorted = column.map((i, k) => ({ i, wish: wish[k]! })).sort((a, b) => a.wish - b.wish);
      const stacked = isotonicStack(sorted.map((n) => n.wish), sorted.map((n) => heights[n.i]!), room);
      sorted.forEach((n, k) => (ys[n.i] = stacked[k]!));
      columns[c] = sorted.map((n) => n.i);
    }
  }
}

/** Top-left positions of `boxes` in columns, from their free positions `xy` (x0, y0, ...). */
/**
 * `slack`: how much taller than the tallest column (stacked) a column may be, to line its tables
 * up with their neighbours: 1 for the most compact block, more for straighter lines.
 */
export function snapToColumns(boxes: Box[], xy: Float64Array, aspect: number, edges: readonly ColumnEdge[] = [], rotate = true, slack = 1): Record<string, XY> {
  const n = boxes.length;
  const positions: Record<string, XY> = {};
  if (n === 0) return positions;
  // Turned so that the longer side runs across, unless the caller placed the points in a larger picture.
  const rotated = rotate ? alongMainAxis(xy, n) : xy;
  const heights = boxes.map((b) => b.height);
  const k = columnCount(boxes, aspect);
  const byX = boxes.map((_, i) => i).sort((a, b) => rotated[2 * a]! - rotated[2 * b]! || rotated[2 * a + 1]! - rotated[2 * b + 1]!);
  const runs = balancedRuns(byX, heights, k);
  // Every column within the height of the tallest, stacked (and some slack): the block stays as
  // compact as its columns allow, whatever the spread of the stress picture.
  const room = columnRoom(runs, heights, slack);
  const columnHeight = room[1];
  let minY = Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < n; i++) {
    minY = Math.min(minY, rotated[2 * i + 1]!);
    maxY = Math.max(maxY, rotated[2 * i + 1]!);
  }
  const scale = maxY > minY ? columnHeight / (maxY - minY) : 0;
  const ys = new Array<number>(n).fill(0);
  const columns = runs.map((run) => {
    const column = [...run].sort((a, b) => rotated[2 * a + 1]! - rotated[2 * b + 1]!);
    // Desired: the node's centre at its scaled y.
    const stacked = isotonicStack(
      column.map((i) => (rotated[2 * i + 1]! - minY) * scale - heights[i]! / 2),
      column.map((i) => heights[i]!),
      room,
    );
    column.forEach((i, k) => (ys[i] = stacked[k]!));
    return column;
  });
  const neighbours = neighboursOf(edges, heights);
  if (edges.length > 0) reorder(columns, ys, heights, neighbours, room);
  const top = minOf(ys);
  let x = 0;
  for (const column of columns) {
    for (const i of column) positions[boxes[i]!.id] = { x, y: Math.round(ys[i]! - top) };
    x += maxOf(column.map((i) => boxes[i]!.width)) + GAP_X;
  }
  return positions;
}

/** A line from box `i` (meeting it `own` below its top) to a node that stays, whose line's end is at height `y`. */
export interface FixedEnd {
  i: number;
  own: number;
  y: number;
}

/**
 * Boxes already in columns (`positions`, changed in place) reordered within their columns (the
 * barycentre sweeps of snapToColumns) with lines to nodes that stay where they are, outside the
 * block (`fixed`, in the block's coordinates): a table joined to an area above moves up its
 * column, so that its line leaves the block on that side instead of crossing the block's lines.
 * The block keeps its height, each column its tables and its x.
 */
export function alignColumns(boxes: Box[], positions: Record<string, XY>, edges: readonly ColumnEdge[], fixed: readonly FixedEnd[]): void {
  if (fixed.length === 0) return;
  const heights = boxes.map((b) => b.height);
  const ys = boxes.map((b) => positions[b.id]!.y);
  const byX = new Map<number, number[]>();
  boxes.forEach((b, i) => {
    const x = positions[b.id]!.x;
    const column = byX.get(x);
    if (column) column.push(i);
    else byX.set(x, [i]);
  });
  const columns = [...byX.entries()].sort((a, b) => a[0] - b[0]).map(([, column]) => column.sort((a, b) => ys[a]! - ys[b]!));
  const neighbours = neighboursOf(edges, heights);
  for (const end of fixed) neighbours[end.i]!.push({ j: -1, own: end.own, other: 0, at: end.y });
  const bottom = maxOf(boxes.map((b, i) => ys[i]! + b.height));
  reorder(columns, ys, heights, neighbours, [minOf(ys), bottom]);
  boxes.forEach((b, i) => (positions[b.id] = { x: positions[b.id]!.x, y: Math.round(ys[i]!) }));
}

/** Boxes in columns in the given order (a grid of tables joined to nothing, sorted by name). */
export function stackColumns(boxes: Box[], aspect: number): Record<string, XY> {
  const positions: Record<string, XY> = {};
  const heights = boxes.map((b) => b.height);
  const runs = balancedRuns(boxes.map((_, i) => i), heights, columnCount(boxes, aspect));
  let x = 0;
  for (const run of runs) {
    let y = 0;
    for (const i of run) {
      positions[boxes[i]!.id] = { x, y };
      y += heights[i]! + GAP_Y;
    }
    x += maxOf(run.map((i) => boxes[i]!.width)) + GAP_X;
  }
  return positions;
}
