/**
 * The lines routed so far, so that the next one can avoid crossing them: the router charges a
 * crossing like a detour (CROSSING_COST units). Vertical segments are bucketed by x, horizontal
 * ones by y. Lines that end at the same column (a bundle) do not count against each other. A
 * line's segments can be taken out again (the line is routed anew after a table moved).
 */
import type { Point } from './geometry';

const BUCKET = 256;
export const CROSSING_COST = 100;

export interface Segment {
  /** The fixed coordinate (x of a vertical, y of a horizontal) and the span along the other axis. */
  at: number;
  from: number;
  to: number;
  keys: (string | undefined)[];
}

export class RoutedSegments {
  private readonly vertical = new Map<number, Segment[]>();
  private readonly horizontal = new Map<number, Segment[]>();
  private readonly byLine = new Map<string, { vertical: boolean; segment: Segment }[]>();

  /** Adds a line's segments (`id`: so that they can be removed again). */
  add(points: readonly Point[], keys: (string | undefined)[], id?: string): void {
    const own: { vertical: boolean; segment: Segment }[] = [];
    for (let i = 1; i < points.length; i++) {
      const a = points[i - 1]!;
      const b = points[i]!;
      if (a.x === b.x && a.y !== b.y) own.push({ vertical: true, segment: { at: a.x, from: Math.min(a.y, b.y), to: Math.max(a.y, b.y), keys } });
      else if (a.y === b.y && a.x !== b.x) own.push({ vertical: false, segment: { at: a.y, from: Math.min(a.x, b.x), to: Math.max(a.x, b.x), keys } });
    }
    for (const { vertical, segment } of own) this.put(vertical ? this.vertical : this.horizontal, segment);
    if (id !== undefined) {
      this.remove(id);
      this.byLine.set(id, own);
    }
  }

  /** Takes the segments of line `id` out. */
  remove(id: string): void {
    const own = this.byLine.get(id);
    if (!own) return;
    this.byLine.delete(id);
    for (const { vertical, segment } of own) {
      const list = (vertical ? this.vertical : this.horizontal).get(Math.floor(segment.at / BUCKET));
      const at = list?.indexOf(segment) ?? -1;
      if (at >= 0) list!.splice(at, 1);
    }
  }

  /** Every routed vertical segment (or horizontal one) whose fixed coordinate is in [lo, hi]. */
  each(vertical: boolean, lo: number, hi: number, visit: (segment: Segment) => void): void {
    const map = vertical ? this.vertical : this.horizontal;
    for (let bucket = Math.floor(lo / BUCKET); bucket <= Math.floor(hi / BUCKET); bucket++) {
      for (const s of map.get(bucket) ?? []) if (s.at >= lo && s.at <= hi) visit(s);
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
    const lo = horizontalStep ? Math.min(x0, x1) : Math.min(y0, y1);
    const hi = horizontalStep ? Math.max(x0, x1) : Math.max(y0, y1);
    const across = horizontalStep ? y0 : x0;
    let count = 0;
    this.each(horizontalStep, lo, hi, (s) => {
      if (s.at <= lo || s.at > hi || across <= s.from || across >= s.to) return;
      if (keys.some((k) => k !== undefined && s.keys.includes(k))) return;
      count++;
    });
    return count;
  }

  /** Crossings of a whole route with the routed lines (its own segments, when added, excluded by `keys`). */
  crossingsOf(points: readonly Point[], keys: (string | undefined)[]): number {
    let count = 0;
    for (let i = 1; i < points.length; i++) count += this.crossings(points[i - 1]!.x, points[i - 1]!.y, points[i]!.x, points[i]!.y, keys);
    return count;
  }
}
