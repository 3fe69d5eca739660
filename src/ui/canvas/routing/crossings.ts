/**
 * Where drawn lines cross each other: proper crossings of polylines (lines that touch, end on
 * another or run together do not count). One definition for the layout's choice between
 * candidate drawings (layout/area.ts), the benchmark (bench/layout-metrics.ts) and the tests.
 */

/** A line as a polyline; only its points are read. */
export interface Polyline {
  points: readonly { x: number; y: number }[];
}

interface Segment {
  line: number;
  ax: number;
  ay: number;
  bx: number;
  by: number;
  minX: number;
  maxX: number;
}

function cross(ox: number, oy: number, ax: number, ay: number, bx: number, by: number): number {
  return (ax - ox) * (by - oy) - (ay - oy) * (bx - ox);
}

/**
 * The two segments cross at one point inside both: each one's ends lie clearly on either side of
 * the other's line (more than half a unit away), so lines that touch, end on another, or run
 * together (collinear, up to the float error of a browser's path sampling) do not count.
 */
function properlyCross(s: Segment, t: Segment): boolean {
  const lengthT = Math.hypot(t.bx - t.ax, t.by - t.ay);
  const lengthS = Math.hypot(s.bx - s.ax, s.by - s.ay);
  const d1 = cross(t.ax, t.ay, t.bx, t.by, s.ax, s.ay) / lengthT;
  const d2 = cross(t.ax, t.ay, t.bx, t.by, s.bx, s.by) / lengthT;
  const d3 = cross(s.ax, s.ay, s.bx, s.by, t.ax, t.ay) / lengthS;
  const d4 = cross(s.ax, s.ay, s.bx, s.by, t.bx, t.by) / lengthS;
  const tol = 0.5;
  return ((d1 > tol && d2 < -tol) || (d1 < -tol && d2 > tol)) && ((d3 > tol && d4 < -tol) || (d3 < -tol && d4 > tol));
}

/** Proper crossings between segments of different lines (sweep over x), and how many pairs of lines cross. */
export function crossings(lines: readonly Polyline[]): { points: number; pairs: number } {
  const segments: Segment[] = [];
  lines.forEach((line, index) => {
    for (let i = 1; i < line.points.length; i++) {
      const a = line.points[i - 1]!;
      const b = line.points[i]!;
      if (Math.hypot(b.x - a.x, b.y - a.y) < 0.01) continue;
      segments.push({ line: index, ax: a.x, ay: a.y, bx: b.x, by: b.y, minX: Math.min(a.x, b.x), maxX: Math.max(a.x, b.x) });
    }
  });
  segments.sort((a, b) => a.minX - b.minX);
  let count = 0;
  const pairs = new Set<number>();
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    const sMinY = Math.min(s.ay, s.by);
    const sMaxY = Math.max(s.ay, s.by);
    for (let j = i + 1; j < segments.length; j++) {
      const t = segments[j]!;
      if (t.minX > s.maxX) break;
      if (t.line === s.line) continue;
      if (Math.max(t.ay, t.by) < sMinY || Math.min(t.ay, t.by) > sMaxY) continue;
      if (properlyCross(s, t)) {
        count++;
        pairs.add(Math.min(s.line, t.line) * lines.length + Math.max(s.line, t.line));
      }
    }
  }
  return { points: count, pairs: pairs.size };
}

