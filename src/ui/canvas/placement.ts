/**
 * Where a table that appears while the user types goes, without moving the others: next to a
 * table it is joined to (right of what it references, left of what references it), else below
 * everything; then down (or right) until it overlaps nothing.
 */
import type { XY } from '../store';

export interface LayoutNode {
  id: string;
  width: number;
  height: number;
}

/** An edge as placement sees it: `from` is referenced by `to` (new children go right of parents). */
export interface LayoutEdge {
  from: string;
  to: string;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const GAP_X = 100;
export const GAP_Y = 40;
const MAX_STEPS = 10_000;

function overlapping(rect: Rect, placed: Iterable<Rect>, margin: number): Rect | undefined {
  for (const other of placed) {
    if (
      rect.x < other.x + other.width + margin &&
      other.x < rect.x + rect.width + margin &&
      rect.y < other.y + other.height + margin &&
      other.y < rect.y + rect.height + margin
    ) {
      return other;
    }
  }
  return undefined;
}

/** Positions for `added`, given the rectangles of the nodes already placed (not changed). */
export function placeNewNodes(placed: Map<string, Rect>, added: LayoutNode[], edges: LayoutEdge[]): Record<string, XY> {
  const rects = new Map(placed);
  const result: Record<string, XY> = {};
  // The row below everything placed before, where nodes joined to nothing go, side by side.
  let minX = Infinity;
  let maxY = -Infinity;
  for (const other of placed.values()) {
    minX = Math.min(minX, other.x);
    maxY = Math.max(maxY, other.y + other.height);
  }
  for (const node of added) {
    const rect: Rect = { x: 0, y: 0, width: node.width, height: node.height };
    const parent = edges.find((edge) => edge.to === node.id && edge.from !== node.id && rects.has(edge.from));
    const child = parent ? undefined : edges.find((edge) => edge.from === node.id && edge.to !== node.id && rects.has(edge.to));
    const anchor = parent ? rects.get(parent.from) : child ? rects.get(child.to) : undefined;
    if (anchor) {
      // Beside its neighbour, then down the column until the spot is free.
      rect.x = parent ? anchor.x + anchor.width + GAP_X : anchor.x - GAP_X - rect.width;
      rect.y = anchor.y;
      for (let step = 0; step < MAX_STEPS; step++) {
        const other = overlapping(rect, rects.values(), GAP_Y / 2);
        if (!other) break;
        rect.y = other.y + other.height + GAP_Y;
      }
    } else {
      // Below everything, then right along that row until the spot is free.
      rect.x = placed.size > 0 ? minX : 0;
      rect.y = placed.size > 0 ? maxY + GAP_Y * 2 : 0;
      for (let step = 0; step < MAX_STEPS; step++) {
        const other = overlapping(rect, rects.values(), GAP_Y / 2);
        if (!other) break;
        rect.x = other.x + other.width + GAP_Y;
      }
    }
    rects.set(node.id, rect);
    result[node.id] = { x: rect.x, y: rect.y };
  }
  return result;
}

/**
 * Room for nodes that grew taller (a collapsed table expanded, columns added): the nodes below
 * each one, in its column (overlapping it across), move down by as much as it grew. Returns the
 * new positions of the nodes that moved.
 */
export function pushDown(rects: Map<string, Rect>, grown: Map<string, number>): Record<string, XY> {
  const moved: Record<string, XY> = {};
  for (const [id, delta] of grown) {
    const node = rects.get(id);
    if (!node || delta <= 0) continue;
    const oldBottom = node.y + node.height - delta;
    for (const [other, rect] of rects) {
      if (other === id || rect.y < oldBottom - 1) continue;
      if (rect.x >= node.x + node.width || rect.x + rect.width <= node.x) continue;
      const at = { x: rect.x, y: rect.y + delta };
      rects.set(other, { ...rect, y: at.y });
      moved[other] = at;
    }
  }
  return moved;
}
