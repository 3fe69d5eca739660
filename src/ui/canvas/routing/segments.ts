/**
 * The lines routed so far, so that the next one can avoid crossing them: the router charges a
 * crossing like a detour (CROSSING_COST units). Vertical segments are bucketed by x, horizontal
 * ones by y. Lines that end at the same column (a bundle) do not count against each other.
 */
import type { Point } from './geometry';

const BUCKET = 256;
export const CROSSING_COST = 45;

interface Segment {
  /** The fixed coordinate (x of a vertical, y of a horizontal) and the span along the other axis. */
  at: number;
  from: number;
  to: number;
  keys: (string | undefined)[];
}

export class RoutedSegments {
  private readonly vertical = new Map<number, Segment[]>();
  private readonly horizontal = new Map<number, Segment[]>();

  add(points: readonly Point[], keys: (string | undefined)[]): void {
    for (let i = 1; i < points.length; i++) {
      const a = points[i - 1]!;
      const b = points[i]!;
      if (a.x === b.x && a.y !== b.y) this.put(this.vertical, { at: a.x, from: Math.min(a.y, b.y), to: Math.max(a.y, b.y), keys });
      else if (a.y === b.y && a.x !== b.x) this.put(this.horizontal, { at: a.y, from: Math.min(a.x, b.x), to: Math.max(a.x, b.x), keys });
    }
  }

  private put(map: Map<number, Segment[]>, segment: Segment): void {
    const bucket = Math.floor(segment.at / BUCKET);
    const list = map.get(bucket);
    if (list) list.push(segment);
    else map.set(bucket, [segment]);
  }

  /**
   * How many routed segments a step from (x0, y0) to (x1, y1) crosses (one of the two coordinates
   * is shared), not counting those of lines with one of `keys`.
   */
  crossings(x0: number, y0: number, x1: number, y1: number, keys: (string | undefined)[]): number {
    const horizontalStep = y0 === y1;
    const map = horizontalStep ? this.vertical : this.horizontal;
    const lo = horizontalStep ? Math.min(x0, x1) : Math.min(y0, y1);
    const hi = horizontalStep ? Math.max(x0, x1) : Math.max(y0, y1);
    const across = horizontalStep ? y0 : x0;
    let count = 0;
    for (let bucket = Math.floor(lo / BUCKET); bucket <= Math.floor(hi / BUCKET); bucket++) {
      for (const s of map.get(bucket) ?? []) {
        if (s.at <= lo || s.at > hi || across <= s.from || across >= s.to) continue;
        if (keys.some((k) => k !== undefined && s.keys.includes(k))) continue;
        count++;
      }
    }
    return count;
  }
}
