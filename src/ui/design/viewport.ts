/**
 * Where new tables go: the middle of what the canvas shows (when no position is given: the
 * toolbar, the palette), or where the user double-clicked; in both cases moved to the nearest
 * spot where they overlap no table. The canvas registers how to read its view and its nodes'
 * rectangles; without a canvas (tests) there is none and the canvas places the table beside the
 * others when it appears.
 */
import type { XY } from '../store';
import { maxOf } from '../../core/lib/arrays';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface CanvasView {
  /** The middle of the view, in diagram coordinates. */
  center: XY;
  /** Where the diagram's nodes are (every node, drawn or not). */
  occupied: Rect[];
}

let provider: (() => CanvasView | undefined) | undefined;

export function setCanvasViewProvider(next: (() => CanvasView | undefined) | undefined): void {
  provider = next;
}

export function canvasView(): CanvasView | undefined {
  return provider?.();
}

/** `at`, moved down and right until no node's corner is within a few pixels of it (pasted copies). */
export function freeSpot(at: XY, layout: Record<string, XY>): XY {
  const points = Object.values(layout);
  let spot = at;
  for (let i = 0; i < 200 && points.some((p) => Math.abs(p.x - spot.x) < 16 && Math.abs(p.y - spot.y) < 16); i++) spot = { x: spot.x + 32, y: spot.y + 32 };
  return spot;
}

/** Space kept free around a new table. */
const MARGIN = 24;
/** Tables considered around the spot (the nearest): enough for any view, bounded for 5,000-table diagrams. */
const NEAREST = 120;

function overlaps(x: number, y: number, size: { width: number; height: number }, rect: Rect): boolean {
  return x < rect.x + rect.width + MARGIN && rect.x < x + size.width + MARGIN && y < rect.y + rect.height + MARGIN && rect.y < y + size.height + MARGIN;
}

/**
 * The top-left corner nearest to `at` where a node of `size` overlaps none of `occupied`: `at`
 * itself when it is free. A free spot nearest to `at` touches the margin of some table on each
 * axis (or keeps `at`'s coordinate), so those are the candidates: each table's sides, pushed out
 * by the margin, on both axes.
 */
export function freeRect(at: XY, size: { width: number; height: number }, occupied: readonly Rect[]): XY {
  const distance = (r: Rect) => Math.hypot(r.x + r.width / 2 - at.x, r.y + r.height / 2 - at.y);
  const near = [...occupied].sort((a, b) => distance(a) - distance(b)).slice(0, NEAREST);
  const free = (x: number, y: number) => !near.some((rect) => overlaps(x, y, size, rect));
  if (free(at.x, at.y)) return at;
  const xs = [at.x, ...near.flatMap((r) => [r.x + r.width + MARGIN, r.x - MARGIN - size.width])];
  const ys = [at.y, ...near.flatMap((r) => [r.y + r.height + MARGIN, r.y - MARGIN - size.height])];
  const candidates: { x: number; y: number; d: number }[] = [];
  for (const x of xs) for (const y of ys) candidates.push({ x, y, d: Math.hypot(x - at.x, y - at.y) });
  candidates.sort((a, b) => a.d - b.d);
  const spot = candidates.find((c) => free(c.x, c.y));
  if (spot) return { x: spot.x, y: spot.y };
  // Everything near is full (cannot happen with candidates outside the nearest tables' box).
  return { x: Math.max(at.x, maxOf(near.map((r) => r.x + r.width + MARGIN))), y: at.y };
}
