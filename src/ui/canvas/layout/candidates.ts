/**
 * The drawing of one connected group of tables, chosen among several: the stress layout's
 * picture turned by a few angles and snapped to one column more or fewer, each drawing's lines
 * routed as the canvas routes them (routing/route-session.ts), and the one whose lines cross
 * least kept, unless it is much larger than the smallest. Which column a table falls in decides
 * most crossings, and no rule of thumb tells it beforehand; routing a few candidates does.
 *
 * How many candidates a group gets is set by its size (lines x tables, a deterministic stand-in
 * for the routing time): a small schema tries all, a 500-table one only the first.
 */
import { crossings } from '../routing/crossings';
import { RouteSession } from '../routing/route-session';
import { alongMainAxis, columnCount, snapToColumns, type Box, type ColumnEdge } from './columns';
import type { XY } from './types';
import { minOf } from '../../../core/lib/arrays';

/** Room for the columns to line up with each other (columns.ts), tried in turn: compact first. */
const SLACKS = [1, 1.25];
/** Turns of the stress picture tried, in order (degrees). */
const ANGLES = [0, 90, 45, 135, 30, 120, 60, 150];
/** Lines x tables that all candidates of one layout may cost together. */
const BUDGET = 96_000;
/** A candidate may be this much larger (the side a fit must show) than the smallest, and still be chosen. */
const SIZE_SLACK = 1.3;

function turned(xy: Float64Array, n: number, degrees: number): Float64Array {
  const a = (degrees * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const out = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    out[2 * i] = xy[2 * i]! * cos - xy[2 * i + 1]! * sin;
    out[2 * i + 1] = xy[2 * i]! * sin + xy[2 * i + 1]! * cos;
  }
  return out;
}

/** The side a fit to a canvas of `aspect` must show of these positions. */
export function fitSide(boxes: Box[], positions: Record<string, XY>, aspect: number): number {
  let maxX = 0;
  let maxY = 0;
  let minX = Infinity;
  let minY = Infinity;
  for (const box of boxes) {
    const p = positions[box.id]!;
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x + box.width);
    maxY = Math.max(maxY, p.y + box.height);
  }
  return Math.max((maxX - minX) / aspect, maxY - minY);
}

/** Crossings of the lines of `edges` drawn between `boxes` at `positions`. */
export function routedCrossings(boxes: Box[], positions: Record<string, XY>, edges: readonly ColumnEdge[]): number {
  const session = new RouteSession(false);
  session.setScene({
    nodes: boxes.map((b) => ({ id: b.id, ...positions[b.id]!, width: b.width, height: b.height })),
    edges: edges.map(([a, b, rowA, rowB], i) => ({ id: String(i), source: boxes[a]!.id, target: boxes[b]!.id, sourceY: rowA ?? boxes[a]!.height / 2, targetY: rowB ?? boxes[b]!.height / 2 })),
    obstacles: [],
  });
  session.work();
  return crossings([...session.nudged().values()].map((points) => ({ points }))).points;
}

/** Positions of `boxes` (one connected group) from their stress layout `xy`: the best candidate. */
export function bestColumns(boxes: Box[], xy: Float64Array, aspect: number, edges: readonly ColumnEdge[]): Record<string, XY> {
  const n = boxes.length;
  const base = alongMainAxis(xy, n);
  const k = columnCount(boxes, aspect);
  // The aspect that asks for k + dk columns (columnCount goes with its square root).
  const aspects = [0, -1, 1].filter((dk) => k + dk >= 1 && k + dk <= n).map((dk) => (aspect * (k + dk) ** 2) / k ** 2);
  const variants = aspects.flatMap((wanted) => SLACKS.map((slack) => ({ wanted, slack })));
  const cost = Math.max(1, edges.length * n);
  const count = Math.max(1, Math.min(ANGLES.length * variants.length, Math.floor(BUDGET / cost)));
  const first = snapToColumns(boxes, base, aspect, edges, false);
  if (count === 1 || edges.length === 0) return first;
  const tried: { positions: Record<string, XY>; side: number; crossed: number }[] = [];
  for (let c = 0; c < count; c++) {
    const angle = ANGLES[Math.floor(c / variants.length)]!;
    const { wanted, slack } = variants[c % variants.length]!;
    const positions = c === 0 ? first : snapToColumns(boxes, turned(base, n, angle), wanted, edges, false, slack);
    tried.push({ positions, side: fitSide(boxes, positions, aspect), crossed: routedCrossings(boxes, positions, edges) });
    // None cross in the first drawing (a tree, most small groups): nothing to choose.
    if (c === 0 && tried[0]!.crossed === 0) return first;
  }
  const smallest = minOf(tried.map((t) => t.side));
  const fitting = tried.filter((t) => t.side <= smallest * SIZE_SLACK);
  return fitting.reduce((best, t) => (t.crossed < best.crossed || (t.crossed === best.crossed && t.side < best.side) ? t : best)).positions;
}
