/**
 * Separating lines that the router put on the same grid line (libavoid's "nudging"): segments
 * that run side by side in one gap between tables get lanes of their own, spread across the gap,
 * in the order that crosses the fewest lines where they leave the gap. Lines that end at the same
 * column share a lane (they join into one trunk before it, a bundle), so fifty foreign keys to
 * `organizations.id` arrive as one line, not fifty.
 *
 * Vertical segments are nudged first, then horizontal ones (by swapping the axes); the first and
 * last segments of a line are its straight stubs at the column's row and never move.
 */
import { CLEARANCE, simplify, STUB, type Point, type Rect } from './geometry';
import { ObstacleIndex, type Obstacle } from './obstacles';
import { maxOf, minOf, appendAll } from '../../../core/lib/arrays';

/** Distance between two lanes when the gap has room. */
const LANE_GAP = 10;
/** Clearance from tables a lane keeps when a gap is crowded. */
const LANE_CLEAR = 6;
/** How far to either side of a segment the gap's walls are looked for. */
const WINDOW = 900;
/** A gap narrower than this is a channel: its lanes are centred in it. */
const CHANNEL = 700;

export interface NudgeLine {
  id: string;
  source: string;
  target: string;
  fromKey?: string;
  toKey?: string;
  points: Point[];
}

interface Segment {
  line: NudgeLine;
  /** Index of the segment's first point in the line. */
  k: number;
  x: number;
  y0: number;
  y1: number;
  /** x-direction (-1 / +1) of the segment joined at the top end, and at the bottom end. */
  top: number;
  bottom: number;
  lo: number;
  hi: number;
  bounded: boolean;
}

const swap = (p: Point): Point => ({ x: p.y, y: p.x });
const swapRect = (o: Obstacle): Obstacle => ({ id: o.id, x: o.y, y: o.x, width: o.height, height: o.width });

function find(parent: number[], i: number): number {
  while (parent[i] !== i) {
    parent[i] = parent[parent[i]!]!;
    i = parent[i]!;
  }
  return i;
}

/** The walls of the free gap around a vertical segment over its span. */
function channel(index: ObstacleIndex, seg: Omit<Segment, 'lo' | 'hi' | 'bounded'>): { lo: number; hi: number; bounded: boolean } {
  // Most gaps are narrow: a narrow look first, the whole window only if it finds no wall.
  const near = walls(index, seg, NEAR_WINDOW);
  return near.bounded ? near : walls(index, seg, WINDOW);
}

/** How far to either side the first look for walls goes (a gap this narrow is a channel). */
const NEAR_WINDOW = 300;

function walls(index: ObstacleIndex, seg: Omit<Segment, 'lo' | 'hi' | 'bounded'>, window: number): { lo: number; hi: number; bounded: boolean } {
  let lo = seg.x - window;
  let hi = seg.x + window;
  let left = false;
  let rightWall = false;
  const band: Rect = { x: seg.x - window, y: seg.y0, width: 2 * window, height: Math.max(0.01, seg.y1 - seg.y0) };
  for (const o of index.within(band)) {
    if (!(o.y < seg.y1 && o.y + o.height > seg.y0)) continue;
    const own = o.id === seg.line.source || o.id === seg.line.target;
    const clear = own ? STUB : LANE_CLEAR;
    if (o.x + o.width <= seg.x + 0.5) {
      if (o.x + o.width + clear > lo) {
        lo = o.x + o.width + clear;
        left = true;
      }
    } else if (o.x >= seg.x - 0.5) {
      if (o.x - clear < hi) {
        hi = o.x - clear;
        rightWall = true;
      }
    }
  }
  return { lo, hi, bounded: left && rightWall && hi - lo < CHANNEL };
}

function segments(lines: NudgeLine[], index: ObstacleIndex, pinEnds: boolean): Segment[] {
  const out: Segment[] = [];
  for (const line of lines) {
    const p = line.points;
    for (let k = 0; k + 1 < p.length; k++) {
      if (pinEnds && (k === 0 || k === p.length - 2)) continue;
      const a = p[k]!;
      const b = p[k + 1]!;
      if (Math.abs(a.x - b.x) > 0.01 || Math.abs(a.y - b.y) < 0.01) continue;
      const down = a.y < b.y;
      const topNeighbour = down ? p[k - 1] : p[k + 2];
      const bottomNeighbour = down ? p[k + 2] : p[k - 1];
      const seg = {
        line,
        k,
        x: a.x,
        y0: Math.min(a.y, b.y),
        y1: Math.max(a.y, b.y),
        top: topNeighbour ? Math.sign(topNeighbour.x - a.x) : 0,
        bottom: bottomNeighbour ? Math.sign(bottomNeighbour.x - a.x) : 0,
      };
      out.push({ ...seg, ...channel(index, seg) });
    }
  }
  return out;
}

/** Two segments overlap along y (so that, in one gap or nearly on one line, they would run together). */
const overlapping = (a: Segment, b: Segment) => a.y0 < b.y1 + 2 && b.y0 < a.y1 + 2;

/** Segments of one bundle: the same line of the grid, lines ending at the same column. */
function sameBundle(a: Segment, b: Segment): boolean {
  if (Math.abs(a.x - b.x) > 0.5) return false;
  return (!!a.line.toKey && a.line.toKey === b.line.toKey) || (!!a.line.fromKey && a.line.fromKey === b.line.fromKey);
}

const near = (a: Point, b: Point) => Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5;

function direction(from: Point, to: Point): Point {
  return { x: Math.sign(to.x - from.x), y: Math.sign(to.y - from.y) };
}

/** Sign of the turn from direction d to direction v: +1 toward d's normal (-d.y, d.x), -1 away. */
const turn = (d: Point, v: Point) => Math.sign(d.x * v.y - d.y * v.x);

/**
 * Follows two lines from a stretch they share, in direction `d`, to where they part: +1 when A
 * must run on the side of d's normal (-d.y, d.x) of B so as not to cross it there, -1 when B
 * must, 0 when it does not matter (they end together) or cannot be told. Which side a line is
 * on stays the same round the corners of a shared path (lanes nest), so the answer holds for
 * the stretch the walk started from (libavoid's ordering of shared paths, simplified).
 */
function partingSide(a: Point[], ia: number, stepA: number, b: Point[], ib: number, stepB: number, d: Point): number {
  for (let guard = 0; guard < 64; guard++) {
    const na = a[ia];
    const nb = b[ib];
    if (!na || !nb) return 0;
    if (!near(na, nb)) {
      // Both go on along d; the nearer end turns first, the other runs straight on.
      const alongA = na.x * d.x + na.y * d.y;
      const alongB = nb.x * d.x + nb.y * d.y;
      const [first, next, sign] = alongA < alongB ? [na, a[ia + stepA], 1] : [nb, b[ib + stepB], -1];
      if (!next) return 0;
      return sign * turn(d, direction(first, next));
    }
    const a2 = a[ia + stepA];
    const b2 = b[ib + stepB];
    if (!a2 || !b2) return 0;
    const da = direction(na, a2);
    const db = direction(nb, b2);
    if (da.x === db.x && da.y === db.y) {
      d = da;
      ia += stepA;
      ib += stepB;
      continue;
    }
    const sa = turn(d, da);
    const sb = turn(d, db);
    return sa === sb ? 0 : sa > sb ? 1 : -1;
  }
  return 0;
}

/**
 * Which of two overlapping vertical segments goes left (-1: a, +1: b): decided where their lines
 * part below the overlap, else above it, else by position.
 */
function compare(a: Segment, b: Segment): number {
  const pa = a.line.points;
  const pb = b.line.points;
  const lower = (p: Point[], k: number) => (p[k]!.y > p[k + 1]!.y ? [k, -1] : [k + 1, 1]);
  const upper = (p: Point[], k: number) => (p[k]!.y < p[k + 1]!.y ? [k, -1] : [k + 1, 1]);
  const [da, sa] = lower(pa, a.k);
  const [db, sb] = lower(pb, b.k);
  // Walking down (d = (0, 1)), the normal (-1, 0) is the left.
  const down = partingSide(pa, da!, sa!, pb, db!, sb!, { x: 0, y: 1 });
  if (down !== 0) return -down;
  const [ua, ta] = upper(pa, a.k);
  const [ub, tb] = upper(pb, b.k);
  // Walking up (d = (0, -1)), the normal (1, 0) is the right.
  const up = partingSide(pa, ua!, ta!, pb, ub!, tb!, { x: 0, y: -1 });
  if (up !== 0) return up;
  return a.x - b.x || a.line.id.localeCompare(b.line.id);
}

/** `y` lies strictly inside the span of `s` (a line that ends at y does not cross it there). */
const spans = (s: Segment, y: number) => y > s.y0 + 0.5 && y < s.y1 - 0.5;

/**
 * Crossings in the gap if lane `a` runs left of lane `b`: where a line turns off toward the other
 * lane's side, it crosses that lane if the lane spans that height.
 */
function laneCost(a: Segment[], b: Segment[]): number {
  let cost = 0;
  for (const sa of a) {
    for (const sb of b) {
      if (sa.top > 0 && spans(sb, sa.y0)) cost++;
      if (sa.bottom > 0 && spans(sb, sa.y1)) cost++;
      if (sb.top < 0 && spans(sa, sb.y0)) cost++;
      if (sb.bottom < 0 && spans(sa, sb.y1)) cost++;
    }
  }
  return cost;
}

/** Largest group whose order is improved by moving single lanes (cubic); above, by swaps of neighbours. */
const REINSERT_MAX = 120;

/**
 * An order of the lanes (indices into `lanes`, given in their preferred order) that crosses
 * fewer lines in the gap: the pairwise crossings of laneCost, lowered by moving one lane at a
 * time to its best place while that helps (a local optimum of the linear ordering problem).
 * The given order decides where crossings are the same either way.
 */
export function orderLanes(lanes: Segment[][]): number[] {
  const k = lanes.length;
  const cost: number[][] = lanes.map(() => new Array<number>(k).fill(0));
  for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) if (i !== j) cost[i]![j] = laneCost(lanes[i]!, lanes[j]!);
  const order = lanes.map((_, i) => i);
  for (let round = 0; round < 8; round++) {
    let improved = false;
    if (k <= REINSERT_MAX) {
      for (let from = 0; from < k; from++) {
        const lane = order[from]!;
        order.splice(from, 1);
        // Lanes at [0, at) run left of `lane`, the others right of it.
        let left = 0;
        let right = 0;
        for (const other of order) right += cost[lane]![other]!;
        let best = 0;
        let bestCost = Infinity;
        for (let at = 0; at <= order.length; at++) {
          const here = left + right;
          // Ties keep the lane where it was.
          if (here < bestCost - 1e-9 || (Math.abs(here - bestCost) <= 1e-9 && at === from)) {
            bestCost = here;
            best = at;
          }
          if (at < order.length) {
            left += cost[order[at]!]![lane]!;
            right -= cost[lane]![order[at]!]!;
          }
        }
        if (best !== from) improved = true;
        order.splice(best, 0, lane);
      }
    } else {
      for (let i = 0; i + 1 < k; i++) {
        const a = order[i]!;
        const b = order[i + 1]!;
        if (cost[b]![a]! < cost[a]![b]!) {
          order[i] = b;
          order[i + 1] = a;
          improved = true;
        }
      }
    }
    if (!improved) break;
  }
  return order;
}

function nudgeVertical(lines: NudgeLine[], index: ObstacleIndex, pinEnds: boolean): void {
  const segs = segments(lines, index, pinEnds);
  const parent = segs.map((_, i) => i);
  const bundle = segs.map((_, i) => i);
  const link = (i: number, j: number) => {
    if (!overlapping(segs[i]!, segs[j]!)) return;
    parent[find(parent, i)] = find(parent, j);
    if (sameBundle(segs[i]!, segs[j]!)) bundle[find(bundle, i)] = find(bundle, j);
  };
  // Segments that would run together (conflict): nearly on one line, or in the same narrow gap.
  const byX = segs.map((_, i) => i).sort((i, j) => segs[i]!.x - segs[j]!.x);
  const sweep = (members: number[], near: (i: number, j: number) => boolean) => {
    members.sort((i, j) => segs[i]!.y0 - segs[j]!.y0);
    // Down the members: each segment against those still running where it starts.
    let active: number[] = [];
    for (const i of members) {
      active = active.filter((j) => segs[j]!.y1 + 2 > segs[i]!.y0);
      for (const j of active) if (near(i, j)) link(j, i);
      active.push(i);
    }
  };
  // Runs of segments less than LANE_GAP apart in x (many share a grid line), each swept down.
  for (let start = 0; start < byX.length; ) {
    let end = start + 1;
    while (end < byX.length && segs[byX[end]!]!.x - segs[byX[end - 1]!]!.x < LANE_GAP) end++;
    if (end - start > 1) sweep(byX.slice(start, end), (i, j) => Math.abs(segs[i]!.x - segs[j]!.x) < LANE_GAP);
    start = end;
  }
  const gaps = new Map<string, number[]>();
  segs.forEach((seg, i) => {
    if (!seg.bounded) return;
    const key = `${Math.round(seg.lo * 2)}:${Math.round(seg.hi * 2)}`;
    const list = gaps.get(key);
    if (list) list.push(i);
    else gaps.set(key, [i]);
  });
  for (const members of gaps.values()) sweep(members, () => true);
  const groups = new Map<number, number[]>();
  segs.forEach((_, i) => {
    const root = find(parent, i);
    const list = groups.get(root);
    if (list) list.push(i);
    else groups.set(root, [i]);
  });
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    // Lanes: one per bundle, represented by its longest segment.
    const lanes = new Map<number, number[]>();
    for (const i of members) {
      const root = find(bundle, i);
      const list = lanes.get(root);
      if (list) list.push(i);
      else lanes.set(root, [i]);
    }
    const units = [...lanes.values()].map((list) => ({ list, rep: list.reduce((best, i) => (segs[i]!.y1 - segs[i]!.y0 > segs[best]!.y1 - segs[best]!.y0 ? i : best)) }));
    const lo = maxOf(members.map((i) => segs[i]!.lo));
    const hi = minOf(members.map((i) => segs[i]!.hi));
    if (!(hi >= lo)) continue;
    units.sort((u, v) => compare(segs[u.rep]!, segs[v.rep]!));
    if (units.length > 1) {
      const order = orderLanes(units.map((u) => u.list.map((i) => segs[i]!)));
      const sorted = order.map((k) => units[k]!);
      units.length = 0;
      appendAll(units, sorted);
    }
    const k = units.length;
    const spacing = k === 1 ? 0 : Math.min(LANE_GAP, (hi - lo) / (k - 1 || 1));
    const bounded = members.every((i) => segs[i]!.bounded);
    const mean = members.reduce((sum, i) => sum + segs[i]!.x, 0) / members.length;
    const half = ((k - 1) * spacing) / 2;
    const centre = bounded ? (lo + hi) / 2 : Math.min(Math.max(mean, lo + half), hi - half);
    units.forEach((unit, lane) => {
      const x = centre - half + lane * spacing;
      for (const i of unit.list) {
        const seg = segs[i]!;
        seg.line.points[seg.k] = { x, y: seg.line.points[seg.k]!.y };
        seg.line.points[seg.k + 1] = { x, y: seg.line.points[seg.k + 1]!.y };
      }
    });
  }
}

/** Nudges the lines in place (their points are replaced) and returns them. */
export function nudge(lines: NudgeLine[], obstacles: Obstacle[]): NudgeLine[] {
  nudgeVertical(lines, new ObstacleIndex(obstacles), false);
  const swapped = lines.map((line) => ({ ...line, points: line.points.map(swap) }));
  nudgeVertical(swapped, new ObstacleIndex(obstacles.map(swapRect)), true);
  swapped.forEach((line, i) => {
    lines[i]!.points = simplify(line.points.map(swap));
  });
  return lines;
}

export { CLEARANCE };
