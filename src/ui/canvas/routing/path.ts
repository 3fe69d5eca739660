/** SVG path data for a routed line: its corners rounded (the canvas and the exported pictures). */
import type { Point } from './geometry';

const RADIUS = 8;

export function roundedPath(points: readonly Point[], radius = RADIUS): string {
  if (points.length === 0) return '';
  const f = (n: number) => Math.round(n * 10) / 10;
  let d = `M${f(points[0]!.x)} ${f(points[0]!.y)}`;
  for (let i = 1; i < points.length - 1; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const c = points[i + 1]!;
    const inLength = Math.hypot(b.x - a.x, b.y - a.y);
    const outLength = Math.hypot(c.x - b.x, c.y - b.y);
    const r = Math.min(radius, inLength / 2, outLength / 2);
    if (r < 0.5) {
      d += `L${f(b.x)} ${f(b.y)}`;
      continue;
    }
    const p = { x: b.x - ((b.x - a.x) / inLength) * r, y: b.y - ((b.y - a.y) / inLength) * r };
    const q = { x: b.x + ((c.x - b.x) / outLength) * r, y: b.y + ((c.y - b.y) / outLength) * r };
    d += `L${f(p.x)} ${f(p.y)}Q${f(b.x)} ${f(b.y)} ${f(q.x)} ${f(q.y)}`;
  }
  const last = points[points.length - 1]!;
  return `${d}L${f(last.x)} ${f(last.y)}`;
}
