import { describe, expect, test } from 'vitest';
import { farName } from '../../src/ui/canvas/display';
import { drawOverview, nodeAt, type OverviewColors, type OverviewNode } from '../../src/ui/canvas/overview';

const nodes: OverviewNode[] = [
  { id: 'a', x: 0, y: 0, width: 264, height: 200, kind: 'table', worst: 'warn', label: 'accounts' },
  { id: 'b', x: 400, y: 0, width: 264, height: 100, kind: 'view', label: 'reporting.monthly_revenue_by_customer_segment' },
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
    get: (_, name: string) => (name in target ? target[name] : (...args: unknown[]) => calls.push(`${name}(${args.map((a) => (typeof a === 'number' ? Math.round(a) : typeof a === 'string' ? JSON.stringify(a) : typeof a)).join(',')})`)),
    set: (_, name: string, value) => ((target[name] = value), true),
  });
  const target: Record<string, unknown> = {};
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls };
}

const colors: OverviewColors = { background: '#fff', node: '#fff', border: '#ccc', header: '#eee', viewHeader: '#eef', partitionHeader: '#efe', edge: '#999', accent: '#00f', text: '#000', error: '#f00', warn: '#fa0', info: '#00f' };

describe('drawOverview', () => {
  test('draws the nodes in view, at their screen place, and skips the others', () => {
    (globalThis as { Path2D?: unknown }).Path2D ??= class { moveTo() {} lineTo() {} };
    const { ctx, calls } = recorder();
    (ctx as unknown as { measureText: (t: string) => { width: number } }).measureText = (t: string) => ({ width: t.length * 5.5 });
    const { drawn } = drawOverview(ctx, { nodes, edges: [{ source: 'a', target: 'b' }] }, [10, 20, 0.5], 800, 600, colors);
    expect(drawn).toBe(2);
    // a at (0,0) scaled by 0.5 and moved by (10,20): 132 x 100 body.
    expect(calls).toContain('fillRect(10,20,132,100)');
    expect(calls).toContain('fillRect(210,20,132,50)');
    expect(calls.some((c) => c.startsWith('fillRect(50010'))).toBe(false);
    // a's warning dot.
    expect(calls.filter((c) => c.startsWith('arc('))).toHaveLength(1);
  });
});

describe('names in the overview', () => {
  const draw = (zoom: number) => {
    (globalThis as { Path2D?: unknown }).Path2D ??= class { moveTo() {} lineTo() {} };
    const { ctx, calls } = recorder();
    drawOverview(ctx, { nodes, edges: [] }, [0, 0, zoom], 4000, 4000, colors);
    return { texts: calls.filter((c) => c.startsWith('fillText(')), font: (ctx as unknown as { font: string }).font };
  };
  test("each name is drawn in its far name's lines, centred on its box, at most 14 px", () => {
    const long = farName('reporting.monthly_revenue_by_customer_segment', 264, 100);
    expect(long.lines.length).toBeGreaterThan(1);
    const { texts } = draw(0.3);
    // accounts: centre (132, 100) of its box, at 0.3.
    expect(texts[0]).toBe('fillText("accounts",40,30)');
    expect(texts.slice(1)).toEqual(long.lines.map((line) => expect.stringMatching(new RegExp(`^fillText\\(${JSON.stringify(line).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},160,`))));
    expect(draw(0.24).font).toMatch(/^700 \d+(\.\d)?px /);
    expect(Number(/700 ([\d.]+)px/.exec(draw(0.24).font)![1])).toBeLessThanOrEqual(14);
  });
  test('names under 6 px on screen are not drawn', () => {
    // At 0.2 the three-line view name is 5 px; the table's single word still shows.
    expect(draw(0.2).texts).toEqual(['fillText("accounts",26,20)']);
    expect(draw(0.02).texts).toHaveLength(0);
  });
});
