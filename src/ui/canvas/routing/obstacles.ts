/**
 * The tables (and notes) lines must go around, bucketed in a coarse grid so that the rectangles
 * near a line, or inside a region, are found without looking at every one.
 */
import type { Rect } from './geometry';

export interface Obstacle extends Rect {
  id: string;
}

const CELL = 512;

export class ObstacleIndex {
  readonly all: Obstacle[];
  private readonly buckets = new Map<number, Obstacle[]>();
  private readonly byId = new Map<string, Obstacle>();

  constructor(obstacles: Iterable<Obstacle>) {
    this.all = [...obstacles];
    for (const o of this.all) {
      this.byId.set(o.id, o);
      this.forCells(o, (key) => {
        let list = this.buckets.get(key);
        if (!list) this.buckets.set(key, (list = []));
        list.push(o);
      });
    }
  }

  get(id: string): Obstacle | undefined {
    return this.byId.get(id);
  }

  private forCells(r: Rect, visit: (key: number) => void): void {
    const x0 = Math.floor(r.x / CELL);
    const x1 = Math.floor((r.x + r.width) / CELL);
    const y0 = Math.floor(r.y / CELL);
    const y1 = Math.floor((r.y + r.height) / CELL);
    for (let cx = x0; cx <= x1; cx++) for (let cy = y0; cy <= y1; cy++) visit(cx * 100_003 + cy);
  }

  /** Obstacles that intersect `region` (touching counts). */
  within(region: Rect): Obstacle[] {
    const out: Obstacle[] = [];
    const cells = Math.ceil(region.width / CELL + 1) * Math.ceil(region.height / CELL + 1);
    if (cells > this.all.length) {
      for (const o of this.all) if (intersects(o, region)) out.push(o);
      return out;
    }
    // An obstacle in several cells is taken once: in the first cell of the region it lies in.
    const x0 = Math.floor(region.x / CELL);
    const y0 = Math.floor(region.y / CELL);
    this.forCells(region, (key) => {
      for (const o of this.buckets.get(key) ?? []) {
        if (!intersects(o, region)) continue;
        const cx = Math.max(x0, Math.floor(o.x / CELL));
        const cy = Math.max(y0, Math.floor(o.y / CELL));
        if (cx * 100_003 + cy === key) out.push(o);
      }
    });
    return out;
  }
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height;
}
