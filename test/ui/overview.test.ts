import { describe, expect, test } from 'vitest';
import { drawOverview, nodeAt, type OverviewColors, type OverviewNode } from '../../src/ui/canvas/overview';

const nodes: OverviewNode[] = [
  { id: 'a', x: 0, y: 0, width: 264, height: 200, kind: 'table', worst: 'warn' },
  { id: 'b', x: 400, y: 0, width: 264, height: 100, kind: 'view' },
  { id: 'c', x: 100_000, y: 100_000, width: 264, height: 100, kind: 'partition' },
];

describe('nodeAt', () => {
  test('a point inside a node finds it; the last drawn wins where two overlap', () => {
    expect(nodeAt(nodes, 10, 10)?.id).toBe('a');
    const overlapping = [...nodes, { id: 'd', x: 0, y: 0, width: 50, height: 50, kind: 'table' as const }];
    expect(nodeAt(overlapping, 10, 10)?.id).toBe('d');
  });
  test('between nodes: nothing, unless one is within the tolerance (the nearest)', () => {
    expect(nodeAt(nodes, 330, 50)).toBeUndefined();
    expect(nodeAt(nodes, 340, 50, 100)?.id).toBe('b');
    expect(nodeAt(nodes, 320, 50, 100)?.id).toBe('a');
    expect(nodeAt(nodes, 340, 50, 50)).toBeUndefined();
  });
});

/** A context that records what is drawn (jsdom has no canvas). */
function recorder() {
  const calls: string[] = [];
  const ctx = new Proxy({} as Record<string, unknown>, {
    get: (_, name: string) => (name in target ? target[name] : (...args: unknown[]) => calls.push(`${name}(${args.map((a) => (typeof a === 'number' ? Math.round(a) : typeof a)).join(',')})`)),
    set: (_, name: string, value) => ((target[name] = value), true),
  });
  const target: Record<string, unknown> = {};
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls };
}

const colors: OverviewColors = { background: '#fff', node: '#fff', border: '#ccc', header: '#eee', viewHeader: '#eef', partitionHeader: '#efe', edge: '#999', accent: '#00f', error: '#f00', warn: '#fa0', info: '#00f' };

describe('drawOverview', () => {
  test('draws the nodes in view, at their screen place, and skips the others', () => {
    (globalThis as { Path2D?: unknown }).Path2D ??= class { moveTo() {} lineTo() {} };
    const { ctx, calls } = recorder();
    const drawn = drawOverview(ctx, { nodes, edges: [{ source: 'a', target: 'b' }] }, [10, 20, 0.5], 800, 600, colors);
    expect(drawn).toBe(2);
    // a at (0,0) scaled by 0.5 and moved by (10,20): 132 x 100 body.
    expect(calls).toContain('fillRect(10,20,132,100)');
    expect(calls).toContain('fillRect(210,20,132,50)');
    expect(calls.some((c) => c.startsWith('fillRect(50010'))).toBe(false);
    // a's warning dot.
    expect(calls.filter((c) => c.startsWith('arc('))).toHaveLength(1);
  });
});
