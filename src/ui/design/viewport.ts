/**
 * Where new tables go when no position is given (the toolbar, the palette): the middle of what
 * the canvas shows. The canvas registers how to find it; without a canvas (tests) there is none
 * and the canvas places the table beside the others when it appears.
 */
import type { XY } from '../store';

let provider: (() => XY | undefined) | undefined;

export function setViewCenterProvider(next: (() => XY | undefined) | undefined): void {
  provider = next;
}

export function viewCenter(): XY | undefined {
  return provider?.();
}

/** `at`, moved down and right until no node's corner is within a few pixels of it. */
export function freeSpot(at: XY, layout: Record<string, XY>): XY {
  const points = Object.values(layout);
  let spot = at;
  for (let i = 0; i < 200 && points.some((p) => Math.abs(p.x - spot.x) < 16 && Math.abs(p.y - spot.y) < 16); i++) spot = { x: spot.x + 32, y: spot.y + 32 };
  return spot;
}
