/**
 * Routes for every line of the diagram: where each line meets its two nodes (the row of its
 * column, on the nearer side), its path around the tables (router.ts), then lanes for lines that
 * share a gap (nudge.ts). `rerouteLines` routes again only the lines a change touched: those of
 * the moved nodes, and those that now pass through a moved node.
 */
import { STUB, type Anchor, type Point, type Rect, type RouteRequest } from './geometry';
import { nudge, type NudgeLine } from './nudge';
import { ObstacleIndex, type Obstacle } from './obstacles';
import { routeLine } from './router';
import { RoutedSegments } from './segments';
import { boundsOf } from './geometry';

export interface RouteNode extends Rect {
  id: string;
}

/** A line between two nodes; `sourceY` / `targetY`: the height of its row below the node's top. */
export interface RouteEdge {
  id: string;
  source: string;
  target: string;
  sourceY: number;
  targetY: number;
}

export type Routes = Map<string, Point[]>;

/** Horizontal room two nodes need between them for a line to go straight across. */
const FACING = 2 * STUB + 8;

/**
 * The sides a line leaves and enters by: facing sides when the nodes stand side by side,
 * otherwise the same side of both (the one where their borders are nearer), right for a node
 * joined to itself.
 */
export function sidesOf(source: Rect, target: Rect, self: boolean): [-1 | 1, -1 | 1] {
  if (self) return [1, 1];
  if (target.x >= source.x + source.width + FACING) return [1, -1];
  if (source.x >= target.x + target.width + FACING) return [-1, 1];
  const leftGap = Math.abs(source.x - target.x);
  const rightGap = Math.abs(source.x + source.width - (target.x + target.width));
  return leftGap < rightGap ? [-1, -1] : [1, 1];
}

function anchor(rect: Rect, y: number, dir: -1 | 1): Anchor {
  return { x: dir < 0 ? rect.x : rect.x + rect.width, y: rect.y + y, dir };
}

/** The stub out of `a` runs into an obstacle other than the node itself (a neighbour too close). */
function stubBlocked(index: ObstacleIndex | undefined, a: Anchor, own: string): boolean {
  if (!index) return false;
  const x0 = Math.min(a.x, a.x + a.dir * STUB);
  const box = { x: x0, y: a.y - 1, width: STUB, height: 2 };
  return index.within(box).some((o) => o.id !== own && o.x < x0 + STUB && o.x + o.width > x0 && o.y < a.y && o.y + o.height > a.y);
}

/**
 * The line's ends: the sides of sidesOf, unless a neighbour stands so close to that side that the
 * line could not come out straight; then the other side (when that one is free).
 */
export function requestFor(edge: RouteEdge, source: Rect, target: Rect, index?: ObstacleIndex): RouteRequest {
  let [from, to] = sidesOf(source, target, edge.source === edge.target);
  if (stubBlocked(index, anchor(source, edge.sourceY, from), edge.source) && !stubBlocked(index, anchor(source, edge.sourceY, -from as -1 | 1), edge.source)) from = -from as -1 | 1;
  if (stubBlocked(index, anchor(target, edge.targetY, to), edge.target) && !stubBlocked(index, anchor(target, edge.targetY, -to as -1 | 1), edge.target)) to = -to as -1 | 1;
  return {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    from: anchor(source, edge.sourceY, from),
    to: anchor(target, edge.targetY, to),
    fromKey: `${edge.source}:${edge.sourceY}:${from}`,
    toKey: `${edge.target}:${edge.targetY}:${to}`,
  };
}

function requests(nodes: RouteNode[], edges: RouteEdge[], index: ObstacleIndex): RouteRequest[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const out: RouteRequest[] = [];
  for (const edge of edges) {
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    if (source && target) out.push(requestFor(edge, source, target, index));
  }
  return out;
}

/** Every line routed and nudged. `obstacles`: more things to go around than the nodes (notes). */
export function routeAll(nodes: RouteNode[], edges: RouteEdge[], obstacles: Obstacle[] = []): Routes {
  const all = [...nodes, ...obstacles];
  const index = new ObstacleIndex(all);
  const whole = boundsOf(all);
  // Longest first: the short lines, which have more ways to go, avoid crossing the long ones.
  const routed = edges.length <= CROSSING_AWARE_MAX ? new RoutedSegments() : undefined;
  const lines: NudgeLine[] = requests(nodes, edges, index)
    .sort((a, b) => span(b) - span(a) || a.id.localeCompare(b.id))
    .map((request) => {
      const points = routeLine(index, request, whole, routed);
      routed?.add(points, [request.fromKey, request.toKey]);
      return { ...request, points };
    });
  nudge(lines, all);
  return new Map(lines.map((line) => [line.id, line.points]));
}

/**
 * Above this many lines the router no longer looks at the lines routed before: charging for
 * crossings makes each search wider, 8x slower on 800 lines (synthetic-500: 11 s instead of
 * 1.4 s), for 11% fewer crossings.
 */
const CROSSING_AWARE_MAX = 450;

const span = (r: RouteRequest) => Math.abs(r.from.x - r.to.x) + Math.abs(r.from.y - r.to.y);

function passesThrough(points: Point[], rect: Rect): boolean {
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const x0 = Math.min(a.x, b.x);
    const x1 = Math.max(a.x, b.x);
    const y0 = Math.min(a.y, b.y);
    const y1 = Math.max(a.y, b.y);
    if (x1 > rect.x && x0 < rect.x + rect.width && y1 > rect.y && y0 < rect.y + rect.height) return true;
  }
  return false;
}

/**
 * The routes after `moved` nodes changed place or size: their lines, and lines that now run
 * through one of them, are routed again; the rest keep their route. Then every line is nudged
 * (lanes depend on the neighbours). `previous` holds the routes before the change.
 */
export function rerouteLines(nodes: RouteNode[], edges: RouteEdge[], previous: Routes, moved: ReadonlySet<string>, obstacles: Obstacle[] = []): Routes {
  const all = [...nodes, ...obstacles];
  const index = new ObstacleIndex(all);
  const whole = boundsOf(all);
  const movedRects = all.filter((n) => moved.has(n.id));
  const kept: NudgeLine[] = [];
  const stale: RouteRequest[] = [];
  const routed = edges.length <= CROSSING_AWARE_MAX ? new RoutedSegments() : undefined;
  for (const request of requests(nodes, edges, index)) {
    const old = previous.get(request.id);
    if (!old || moved.has(request.source) || moved.has(request.target) || movedRects.some((rect) => rect.id !== request.source && rect.id !== request.target && passesThrough(old, rect))) {
      stale.push(request);
    } else {
      kept.push({ ...request, points: old.map((p) => ({ ...p })) });
      routed?.add(old, [request.fromKey, request.toKey]);
    }
  }
  const lines = [...kept];
  for (const request of stale.sort((a, b) => span(b) - span(a))) {
    const points = routeLine(index, request, whole, routed);
    routed?.add(points, [request.fromKey, request.toKey]);
    lines.push({ ...request, points });
  }
  nudge(lines, all);
  return new Map(lines.map((line) => [line.id, line.points]));
}
