/** Shapes the line router works with, in flow coordinates (the canvas's units). */

export interface Point {
  x: number;
  y: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where a line meets a node: on its left (-1) or right (+1) border, at a row's height. */
export interface Anchor {
  x: number;
  y: number;
  /** The way the line leaves the node: -1 to the left, +1 to the right. */
  dir: -1 | 1;
}

/** A line to route: between two nodes (by id), from one anchor to the other. */
export interface RouteRequest {
  id: string;
  source: string;
  target: string;
  from: Anchor;
  to: Anchor;
  /**
   * Lines with the same key at an end (the same column of the same node) may share their last
   * stretch there: they are drawn as one trunk that branches (a bundle), not side by side.
   */
  fromKey?: string;
  toKey?: string;
}

/**
 * Length of the straight piece at each end of a line, out of the node's border: the crow's foot
 * (24 units) is drawn on it, so it must never bend within it.
 */
export const STUB = 28;

/** Clearance the router keeps from tables where it can (lines may squeeze closer in a tight gap). */
export const CLEARANCE = 14;

export function right(rect: Rect): number {
  return rect.x + rect.width;
}

export function bottom(rect: Rect): number {
  return rect.y + rect.height;
}

export function boundsOf(rects: Iterable<Rect>): Rect | undefined {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const r of rects) {
    minX = Math.min(minX, r.x);
    minY = Math.min(minY, r.y);
    maxX = Math.max(maxX, r.x + r.width);
    maxY = Math.max(maxY, r.y + r.height);
  }
  return minX === Infinity ? undefined : { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/** The orthogonal polyline without repeated points and without points in the middle of a straight run. */
export function simplify(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.x - p.x) < 1e-6 && Math.abs(last.y - p.y) < 1e-6) continue;
    const before = out[out.length - 2];
    if (before && last && ((Math.abs(before.x - last.x) < 1e-6 && Math.abs(last.x - p.x) < 1e-6) || (Math.abs(before.y - last.y) < 1e-6 && Math.abs(last.y - p.y) < 1e-6))) {
      out[out.length - 1] = p;
      continue;
    }
    out.push(p);
  }
  return out;
}
