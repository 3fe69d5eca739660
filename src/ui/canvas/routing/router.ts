/**
 * Orthogonal routing of one line around the tables: the shortest path with the fewest bends on a
 * sparse grid (the lines along the tables' borders at a clearance, the middles of the gaps between
 * them, and the line's own ends), found with A*. This is the classic "orthogonal connector
 * routing" of diagram editors (Wybrow, Marriott and Stuckey, 2009, as in libavoid), without its
 * visibility graph: since every table border (at the clearance) is a grid line, a step between two
 * neighbouring grid points either stays clear of a table or lies inside it, which the middle of
 * the step tells.
 *
 * A line leaves its first node straight out of the anchor's side for STUB units and enters its
 * last node the same way, so the crow's foot is drawn on a straight piece. Tables are never
 * crossed; the clearance zone around them costs more, so lines keep away from borders when
 * there is room, and crossing a line routed before costs as much as a detour (segments.ts).
 * Routing looks at the region around the line's ends first, and at the whole
 * diagram only when that region holds no way through.
 */
import { CLEARANCE, simplify, STUB, type Point, type Rect, type RouteRequest } from './geometry';
import { ObstacleIndex, type Obstacle } from './obstacles';
import { CROSSING_COST, type RoutedSegments } from './segments';

/** Cost of a bend, in units of length: a bend is worth a detour this long. */
export const BEND = 60;
/** Length inside the clearance zone of a table costs this many times its length. */
const MARGIN_FACTOR = 3;
/** How far around the ends the first region reaches. */
const REGION_PAD = 360;

const HEURISTIC_WEIGHT = 1.2;

const BLOCKED = 1;
const MARGIN = 2;

/** Directions: 0 = +x, 1 = -x, 2 = +y, 3 = -y. */
const OPPOSITE = [1, 0, 3, 2];

class Heap {
  private keys = new Float64Array(1024);
  private values = new Int32Array(1024);
  size = 0;

  clear(): void {
    this.size = 0;
  }

  push(key: number, value: number): void {
    if (this.size === this.keys.length) {
      const keys = new Float64Array(this.size * 2);
      keys.set(this.keys);
      this.keys = keys;
      const values = new Int32Array(this.size * 2);
      values.set(this.values);
      this.values = values;
    }
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.keys[parent]! <= key) break;
      this.keys[i] = this.keys[parent]!;
      this.values[i] = this.values[parent]!;
      i = parent;
    }
    this.keys[i] = key;
    this.values[i] = value;
  }

  peekKey(): number {
    return this.keys[0]!;
  }

  pop(): number {
    const top = this.values[0]!;
    const lastKey = this.keys[--this.size]!;
    const lastValue = this.values[this.size]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && this.keys[child + 1]! < this.keys[child]!) child++;
      if (this.keys[child]! >= lastKey) break;
      this.keys[i] = this.keys[child]!;
      this.values[i] = this.values[child]!;
      i = child;
    }
    if (this.size > 0) {
      this.keys[i] = lastKey;
      this.values[i] = lastValue;
    }
    return top;
  }
}

/** Search buffers, reused from one line to the next (a route allocates nothing big). */
const scratch = {
  cost: new Float64Array(0),
  parent: new Int32Array(0),
  stamp: new Uint32Array(0),
  generation: 0,
  heap: new Heap(),
};

function ensure(states: number): void {
  if (scratch.cost.length >= states) return;
  const size = Math.max(states, scratch.cost.length * 2, 4096);
  scratch.cost = new Float64Array(size);
  scratch.parent = new Int32Array(size);
  scratch.stamp = new Uint32Array(size);
  scratch.generation = 0;
}

/** First index with values[i] > x (strict) or >= x. */
function lowerBound(values: number[], x: number, strict: boolean): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (strict ? values[mid]! <= x : values[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Coordinates along one axis: both clearance lines of every obstacle, the middle of each gap
 * between an obstacle's far line and the next one's near line, and the extra values given.
 */
function axis(starts: number[], ends: number[], extra: number[]): number[] {
  // Start lines and end lines sorted together (typed arrays: this runs for every line routed).
  const lines = new Float64Array(starts.length + ends.length);
  lines.set(starts);
  lines.set(ends, starts.length);
  const isEnd = new Uint8Array(lines.length);
  isEnd.fill(1, starts.length);
  const order = new Uint32Array(lines.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  order.sort((a, b) => lines[a]! - lines[b]!);
  const values = new Float64Array(extra.length + 2 * lines.length);
  values.set(extra);
  let count = extra.length;
  for (let k = 0; k < order.length; k++) {
    const here = order[k]!;
    values[count++] = lines[here]!;
    const next = order[k + 1];
    // An end line (an obstacle's far side) followed by a start line: a gap between two obstacles.
    if (next !== undefined && isEnd[here] && !isEnd[next] && lines[next]! - lines[here]! > 2 * CLEARANCE) values[count++] = (lines[here]! + lines[next]!) / 2;
  }
  const sorted = values.subarray(0, count).sort();
  const out: number[] = [];
  for (const v of sorted) if (out.length === 0 || v - out[out.length - 1]! > 0.5) out.push(v);
  return out;
}

interface Grid {
  xs: number[];
  ys: number[];
  /** Flags of the step from point (i, j) to (i + 1, j), at j * nx + i. */
  h: Uint8Array;
  /** Flags of the step from point (i, j) to (i, j + 1), at j * nx + i. */
  v: Uint8Array;
  /** Points strictly inside an obstacle. */
  inside: Uint8Array;
  /** Lines routed before that each horizontal (vertical) step crosses, when routing looks at them. */
  hx?: Uint16Array;
  vx?: Uint16Array;
}

let crossScratch = new Uint16Array(0);

/**
 * For each step of the grid, how many lines routed before it crosses (not counting lines that
 * share an end column with this one, `keys`: they join it in a bundle). A step from x0 to x1
 * crosses a vertical segment at x when x0 < x <= x1 and the segment spans the row strictly.
 */
function markCrossings(grid: Grid, region: Rect, routed: RoutedSegments, keys: (string | undefined)[]): void {
  const { xs, ys } = grid;
  const nx = xs.length;
  const ny = ys.length;
  if (crossScratch.length < 2 * nx * ny) crossScratch = new Uint16Array(Math.max(2 * nx * ny, crossScratch.length * 2));
  const hx = crossScratch.subarray(0, nx * ny).fill(0);
  const vx = crossScratch.subarray(nx * ny, 2 * nx * ny).fill(0);
  const shared = (segment: { keys: (string | undefined)[] }) => keys.some((k) => k !== undefined && segment.keys.includes(k));
  const mark = (vertical: boolean, along: number[], across: number[], steps: Uint16Array, stride: (i: number, j: number) => number) => {
    routed.each(vertical, (vertical ? region.x : region.y) - 1, (vertical ? region.x + region.width : region.y + region.height) + 1, (segment) => {
      if (shared(segment)) return;
      // The step across the segment: from along[i] < at to along[i + 1] >= at.
      const i = lowerBound(along, segment.at, false) - 1;
      if (i < 0 || i + 1 >= along.length) return;
      for (let j = lowerBound(across, segment.from, true); j < across.length && across[j]! < segment.to; j++) steps[stride(i, j)]!++;
    });
  };
  mark(true, xs, ys, hx, (i, j) => j * nx + i);
  mark(false, ys, xs, vx, (i, j) => i * nx + j);
  grid.hx = hx;
  grid.vx = vx;
}

let gridScratch = new Uint8Array(0);

/**
 * Most points a search grid may have: a line whose region holds more (a line across a diagram
 * of thousands of tables) is drawn as a plain elbow rather than freeze the routing.
 */
export const MAX_GRID_POINTS = 100_000;

function buildGrid(obstacles: Obstacle[], region: Rect, extraX: number[], extraY: number[]): Grid | undefined {
  const c = CLEARANCE;
  const xs = axis(
    obstacles.map((o) => o.x - c),
    obstacles.map((o) => o.x + o.width + c),
    [region.x, region.x + region.width, ...extraX],
  ).filter((x) => x >= region.x && x <= region.x + region.width);
  const ys = axis(
    obstacles.map((o) => o.y - c),
    obstacles.map((o) => o.y + o.height + c),
    [region.y, region.y + region.height, ...extraY],
  ).filter((y) => y >= region.y && y <= region.y + region.height);
  if (xs.length * ys.length > MAX_GRID_POINTS) return undefined;
  const nx = xs.length;
  const ny = ys.length;
  // Reused from one line to the next: a big region's grid is a million points.
  if (gridScratch.length < 3 * nx * ny) gridScratch = new Uint8Array(Math.max(3 * nx * ny, gridScratch.length * 2));
  const h = gridScratch.subarray(0, nx * ny).fill(0);
  const v = gridScratch.subarray(nx * ny, 2 * nx * ny).fill(0);
  const inside = gridScratch.subarray(2 * nx * ny, 3 * nx * ny).fill(0);
  const mark = (o: Rect, pad: number, flag: number) => {
    const x0 = o.x - pad;
    const x1 = o.x + o.width + pad;
    const y0 = o.y - pad;
    const y1 = o.y + o.height + pad;
    // Rows strictly inside: horizontal steps whose middle is strictly inside.
    const jFrom = lowerBound(ys, y0, true);
    const jTo = lowerBound(ys, y1, false);
    const iFrom = lowerBound(xs, x0, true);
    const iTo = lowerBound(xs, x1, false);
    for (let j = jFrom; j < jTo; j++) {
      // Steps (i, i + 1) with a middle in (x0, x1): from the step that ends past x0 to the one that starts before x1.
      for (let i = Math.max(0, iFrom - 1); i < Math.min(nx - 1, iTo); i++) {
        const mid = (xs[i]! + xs[i + 1]!) / 2;
        if (mid > x0 && mid < x1) h[j * nx + i]! |= flag;
      }
      if (flag === BLOCKED) for (let i = iFrom; i < iTo; i++) inside[j * nx + i] = 1;
    }
    for (let i = iFrom; i < iTo; i++) {
      for (let j = Math.max(0, jFrom - 1); j < Math.min(ny - 1, jTo); j++) {
        const mid = (ys[j]! + ys[j + 1]!) / 2;
        if (mid > y0 && mid < y1) v[j * nx + i]! |= flag;
      }
    }
  };
  for (const o of obstacles) {
    mark(o, c, MARGIN);
    mark(o, 0, BLOCKED);
  }
  return { xs, ys, h, v, inside };
}

function indexOf(values: number[], x: number): number {
  const i = lowerBound(values, x - 0.5, false);
  return i < values.length && Math.abs(values[i]! - x) <= 0.5 ? i : -1;
}

/** The grid path from s to t (both grid points), or undefined when the region has none. */
function search(grid: Grid, s: Point, startDir: number, t: Point, endDir: number): { path: Point[]; cost: number } | undefined {
  const { xs, ys, h, v, inside, hx, vx } = grid;
  const nx = xs.length;
  const si = indexOf(xs, s.x);
  const sj = indexOf(ys, s.y);
  const ti = indexOf(xs, t.x);
  const tj = indexOf(ys, t.y);
  if (si < 0 || sj < 0 || ti < 0 || tj < 0) return undefined;
  const points = nx * ys.length;
  ensure(points * 4);
  const { cost, parent, stamp, heap } = scratch;
  const generation = ++scratch.generation;
  heap.clear();
  const goal = tj * nx + ti;
  // Weighted A*: a heuristic a little over the true distance explores far fewer states on a big
  // grid, for routes at most HEURISTIC_WEIGHT times the cheapest (in practice the same or nearly).
  const estimate = (i: number, j: number) => HEURISTIC_WEIGHT * (Math.abs(xs[i]! - t.x) + Math.abs(ys[j]! - t.y) + (i !== ti && j !== tj ? BEND : 0));
  const start = (sj * nx + si) * 4 + startDir;
  cost[start] = 0;
  parent[start] = -1;
  stamp[start] = generation;
  heap.push(estimate(si, sj), start);
  let best = Infinity;
  let bestState = -1;
  while (heap.size > 0) {
    if (heap.peekKey() >= best) break;
    const state = heap.pop();
    const point = state >> 2;
    const dir = state & 3;
    const g = cost[state]!;
    if (point === goal) {
      const turn = dir === endDir ? 0 : dir === OPPOSITE[endDir] ? 2 * BEND : BEND;
      if (g + turn < best) {
        best = g + turn;
        bestState = state;
      }
      continue;
    }
    const i = point % nx;
    const j = (point - i) / nx;
    for (let next = 0; next < 4; next++) {
      if (next === OPPOSITE[dir]) continue;
      let ni = i;
      let nj = j;
      let flags: number;
      let crossings = 0;
      if (next === 0) {
        if (i + 1 >= nx) continue;
        flags = h[j * nx + i]!;
        if (hx) crossings = hx[j * nx + i]!;
        ni = i + 1;
      } else if (next === 1) {
        if (i === 0) continue;
        flags = h[j * nx + i - 1]!;
        if (hx) crossings = hx[j * nx + i - 1]!;
        ni = i - 1;
      } else if (next === 2) {
        if (j + 1 >= ys.length) continue;
        flags = v[j * nx + i]!;
        if (vx) crossings = vx[j * nx + i]!;
        nj = j + 1;
      } else {
        if (j === 0) continue;
        flags = v[(j - 1) * nx + i]!;
        if (vx) crossings = vx[(j - 1) * nx + i]!;
        nj = j - 1;
      }
      const target = nj * nx + ni;
      if (flags & BLOCKED || (inside[target] && target !== goal)) continue;
      const length = Math.abs(xs[ni]! - xs[i]!) + Math.abs(ys[nj]! - ys[j]!);
      const g2 = g + length * (flags & MARGIN ? MARGIN_FACTOR : 1) + (next === dir ? 0 : BEND) + crossings * CROSSING_COST;
      const nextState = target * 4 + next;
      if (stamp[nextState] === generation && cost[nextState]! <= g2) continue;
      stamp[nextState] = generation;
      cost[nextState] = g2;
      parent[nextState] = state;
      heap.push(g2 + estimate(ni, nj), nextState);
    }
  }
  if (bestState < 0) return undefined;
  const path: Point[] = [];
  for (let state = bestState; state >= 0; state = parent[state]!) {
    const point = state >> 2;
    const i = point % nx;
    path.push({ x: xs[i]!, y: ys[(point - i) / nx]! });
  }
  return { path: path.reverse(), cost: best };
}

function expand(rect: Rect, pad: number): Rect {
  return { x: rect.x - pad, y: rect.y - pad, width: rect.width + 2 * pad, height: rect.height + 2 * pad };
}

function around(points: Point[], rects: (Rect | undefined)[]): Rect {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const add = (x0: number, y0: number, x1: number, y1: number) => {
    minX = Math.min(minX, x0);
    minY = Math.min(minY, y0);
    maxX = Math.max(maxX, x1);
    maxY = Math.max(maxY, y1);
  };
  for (const p of points) add(p.x, p.y, p.x, p.y);
  for (const r of rects) if (r) add(r.x, r.y, r.x + r.width, r.y + r.height);
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/** A line drawn without looking at obstacles: out of each anchor, then one vertical between. */
export function elbow(request: RouteRequest): Point[] {
  const { from, to } = request;
  const s = { x: from.x + from.dir * STUB, y: from.y };
  const t = { x: to.x + to.dir * STUB, y: to.y };
  const midX = from.dir === to.dir ? (from.dir > 0 ? Math.max(s.x, t.x) : Math.min(s.x, t.x)) : (s.x + t.x) / 2;
  const crossing = from.dir !== to.dir && (from.dir > 0 ? s.x > t.x : s.x < t.x);
  if (crossing) {
    const midY = (from.y + to.y) / 2;
    return simplify([from, s, { x: s.x, y: midY }, { x: t.x, y: midY }, t, to]);
  }
  return simplify([from, s, { x: midX, y: s.y }, { x: midX, y: t.y }, t, to]);
}

/** A route and what it cost the search (length, bends, margins and crossings, in units of length). */
export interface Routed {
  points: Point[];
  cost: number;
}

/**
 * The route of one line around the obstacles of `index` (the line's own two nodes among them):
 * its points from the first anchor to the last, every segment horizontal or vertical.
 */
export function routeLine(index: ObstacleIndex, request: RouteRequest, whole?: Rect, routed?: RoutedSegments): Point[] {
  return routeWithCost(index, request, whole, routed).points;
}

export function routeWithCost(index: ObstacleIndex, request: RouteRequest, whole?: Rect, routed?: RoutedSegments): Routed {
  const { from, to } = request;
  const s = { x: from.x + from.dir * STUB, y: from.y };
  const t = { x: to.x + to.dir * STUB, y: to.y };
  const startDir = from.dir > 0 ? 0 : 1;
  // Arriving at t, the line heads for the node: against the anchor's outward direction.
  const endDir = to.dir > 0 ? 1 : 0;
  const ends = [index.get(request.source), index.get(request.target)];
  const local = expand(around([s, t], ends), REGION_PAD);
  const regions = [local];
  if (whole) regions.push(expand(around([s, t], [whole, ...ends]), REGION_PAD));
  for (const region of regions) {
    const obstacles = index.within(region);
    const grid = buildGrid(obstacles, region, [s.x, t.x], [s.y, t.y]);
    if (!grid) break;
    if (routed) markCrossings(grid, region, routed, [request.fromKey, request.toKey]);
    const found = search(grid, s, startDir, t, endDir);
    if (found) return { points: simplify([from, ...found.path, to]), cost: found.cost };
  }
  return { points: elbow(request), cost: Infinity };
}
