/**
 * Where each line meets its two nodes: the row of its column, on the side facing the other node
 * (or the nearer side when the nodes are stacked). The routes themselves: route-session.ts.
 */
import { STUB, type Anchor, type Point, type Rect, type RouteRequest } from './geometry';
import type { ObstacleIndex } from './obstacles';

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
 * The line's ends: the sides of sidesOf (or `sides`), unless a neighbour stands so close to that side that the
 * line could not come out straight; then the other side (when that one is free).
 */
export function requestFor(edge: RouteEdge, source: Rect, target: Rect, index?: ObstacleIndex, sides?: [-1 | 1, -1 | 1]): RouteRequest {
  let [from, to] = sides ?? sidesOf(source, target, edge.source === edge.target);
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
