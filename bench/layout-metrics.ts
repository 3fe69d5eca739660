/**
 * What makes a drawn ER diagram readable, measured on its geometry as the canvas drew it (issue
 * 13): tables that overlap, lines that pass through a table that is not one of their ends, and
 * pairs of lines that cross. Pure, so the benchmark (bench/layout-bench.ts) and the e2e geometry
 * tests share one definition.
 *
 * Lines are polylines in flow coordinates (the browser samples each drawn SVG path and keeps the
 * points where it turns); a curve's corner is then a few short segments, which is enough to tell
 * where it goes.
 */

export interface Box {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Line {
  id: string;
  source: string;
  target: string;
  points: { x: number; y: number }[];
}

export interface DiagramMetrics {
  tables: number;
  lines: number;
  /** Pairs of tables whose rectangles overlap (by more than a pixel). */
  overlaps: number;
  /** Lines with a point strictly inside a table that is neither of their ends. */
  throughTables: number;
  /** Points where two lines cross (proper crossings; lines that touch or run together do not count). */
  crossings: number;
  /** Pairs of lines that cross at least once. */
  crossingPairs: number;
  /** Ids of the lines through tables, and the tables they cross (for debugging, the first few). */
  examples: string[];
}

import { crossings } from '../src/ui/canvas/routing/crossings';

export { crossings };

/** How far inside a table's border a line must be to count as passing through it. */
const INSET = 3;
const EPS = 1e-6;

export function overlappingPairs(boxes: readonly Box[]): number {
  const sorted = [...boxes].sort((a, b) => a.x - b.x);
  let count = 0;
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j]!;
      if (b.x >= a.x + a.width - 1) break;
      const dx = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const dy = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (dx > 1 && dy > 1) count++;
    }
  }
  return count;
}

/** The segment a-b has a point strictly inside `box` shrunk by INSET (Liang-Barsky clipping). */
export function segmentEntersBox(a: { x: number; y: number }, b: { x: number; y: number }, box: Box, inset = INSET): boolean {
  const x0 = box.x + inset;
  const x1 = box.x + box.width - inset;
  const y0 = box.y + inset;
  const y1 = box.y + box.height - inset;
  if (x1 <= x0 || y1 <= y0) return false;
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const clip = (p: number, q: number): boolean => {
    if (Math.abs(p) < EPS) return q > 0;
    const r = q / p;
    if (p < 0) {
      if (r > t1) return false;
      if (r > t0) t0 = r;
    } else {
      if (r < t0) return false;
      if (r < t1) t1 = r;
    }
    return true;
  };
  if (!clip(-dx, a.x - x0) || !clip(dx, x1 - a.x) || !clip(-dy, a.y - y0) || !clip(dy, y1 - a.y)) return false;
  return t1 - t0 > EPS;
}

/** The tables (other than its ends) a line passes through. */
export function tablesCrossed(line: Line, boxes: readonly Box[]): string[] {
  const out: string[] = [];
  for (const box of boxes) {
    if (box.id === line.source || box.id === line.target) continue;
    for (let i = 1; i < line.points.length; i++) {
      if (segmentEntersBox(line.points[i - 1]!, line.points[i]!, box)) {
        out.push(box.id);
        break;
      }
    }
  }
  return out;
}

export function measureDiagram(boxes: readonly Box[], lines: readonly Line[]): DiagramMetrics {
  let throughTables = 0;
  const examples: string[] = [];
  for (const line of lines) {
    const crossed = tablesCrossed(line, boxes);
    if (crossed.length === 0) continue;
    throughTables++;
    if (examples.length < 5) examples.push(`${line.id} through ${crossed.slice(0, 3).join(', ')}`);
  }
  const crossed = crossings(lines);
  return { tables: boxes.length, lines: lines.length, overlaps: overlappingPairs(boxes), throughTables, crossings: crossed.points, crossingPairs: crossed.pairs, examples };
}
