/** Where new tables go (src/ui/design/viewport.ts): the nearest spot that covers no table. */
import { describe, expect, test } from 'vitest';
import { freeRect, type Rect } from '../../src/ui/design/viewport';

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const size = { width: 264, height: 84 };

describe('freeRect', () => {
  test('the spot asked for when it is free', () => {
    expect(freeRect({ x: 0, y: 0 }, size, [{ x: 600, y: 600, width: 264, height: 200 }])).toEqual({ x: 0, y: 0 });
  });

  test('in the middle of a crowded diagram: the nearest free spot, covering nothing', () => {
    // A grid of tables with gaps too narrow for a new one, and one free cell.
    const occupied: Rect[] = [];
    for (let row = 0; row < 6; row++) for (let col = 0; col < 6; col++) if (row !== 4 || col !== 1) occupied.push({ x: col * 300, y: row * 160, width: 264, height: 140 });
    const at = { x: 320, y: 330 };
    const spot = freeRect(at, size, occupied);
    const placed = { ...spot, ...size };
    for (const rect of occupied) expect(overlaps(placed, rect)).toBe(false);
    // The free cell (x 300, y 640) is nearer than the diagram's edge.
    expect(Math.hypot(spot.x - at.x, spot.y - at.y)).toBeLessThan(400);
  });
});
