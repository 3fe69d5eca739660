import { describe, expect, test } from 'vitest';
import { elkInput, gridLayout, hubsOf, packCluster, positionsFrom } from '../../src/ui/canvas/layout';
import { placeNewNodes, type Rect } from '../../src/ui/canvas/placement';

const node = (id: string, height = 100) => ({ id, width: 200, height });

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('elkInput', () => {
  test('packs a cluster into one block and places its members inside it', () => {
    const nodes = [node('parent'), ...['p1', 'p2', 'p3', 'p4', 'p5'].map((id) => node(id, 50))];
    const edges = ['p1', 'p2', 'p3', 'p4', 'p5'].map((id) => ({ from: 'parent', to: id }));
    const { graph, blocks } = elkInput(nodes, edges, [{ parent: 'parent', members: ['p1', 'p2', 'p3', 'p4', 'p5'] }]);
    expect(graph.children!.map((child) => child.id)).toEqual(['parent', 'cluster:parent']);
    expect(graph.edges).toEqual([{ id: 'parent->cluster:parent', sources: ['parent'], targets: ['cluster:parent'] }]);
    const result = { ...graph, children: graph.children!.map((child) => ({ ...child, x: child.id === 'parent' ? 0 : 500, y: 0 })) };
    const positions = positionsFrom(result, blocks);
    expect(Object.keys(positions).sort()).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'parent']);
    const rects = ['p1', 'p2', 'p3', 'p4', 'p5'].map((id) => ({ ...positions[id]!, width: 200, height: 50 }));
    for (const rect of rects) expect(rect.x).toBeGreaterThanOrEqual(500);
    for (let i = 0; i < rects.length; i++) for (let j = i + 1; j < rects.length; j++) expect(overlaps(rects[i]!, rects[j]!)).toBe(false);
  });

  test('drops self-loops, duplicates and edges into hubs', () => {
    const leaves = Array.from({ length: 14 }, (_, i) => `t${i}`);
    const nodes = [node('hub'), node('other'), ...leaves.map((id) => node(id))];
    const edges = [
      ...leaves.map((id) => ({ from: 'hub', to: id })),
      { from: 'other', to: 't0' },
      { from: 'other', to: 't0' },
      { from: 't1', to: 't1' },
    ];
    expect(hubsOf(nodes, edges)).toEqual(new Set(['hub']));
    expect(elkInput(nodes, edges).graph.edges).toEqual([{ id: 'other->t0', sources: ['other'], targets: ['t0'] }]);
  });

  test('packCluster makes a grid about three times as tall as wide', () => {
    const block = packCluster('b', Array.from({ length: 12 }, (_, i) => node(`n${i}`, 50)));
    expect(new Set([...block.offsets.values()].map((at) => at.x)).size).toBe(2);
    expect(block.width).toBe(2 * 200 + 30);
  });

  test('gridLayout never overlaps', () => {
    const nodes = Array.from({ length: 10 }, (_, i) => node(`n${i}`, 40 + i * 10));
    const positions = gridLayout(nodes);
    const rects = nodes.map((n) => ({ ...positions[n.id]!, width: n.width, height: n.height }));
    for (let i = 0; i < rects.length; i++) for (let j = i + 1; j < rects.length; j++) expect(overlaps(rects[i]!, rects[j]!)).toBe(false);
  });
});

describe('placeNewNodes', () => {
  const placed = new Map<string, Rect>([
    ['users', { x: 0, y: 0, width: 200, height: 100 }],
    ['orgs', { x: 0, y: 200, width: 200, height: 100 }],
    ['posts', { x: 300, y: 0, width: 200, height: 300 }],
  ]);

  test('puts a new child right of its parent, below whatever is already there', () => {
    const at = placeNewNodes(placed, [node('comments')], [{ from: 'users', to: 'comments' }]);
    const rect = { ...at.comments!, width: 200, height: 100 };
    expect(rect.x).toBeGreaterThan(200);
    for (const other of placed.values()) expect(overlaps(rect, other)).toBe(false);
  });

  test('puts a new parent left of its child', () => {
    const at = placeNewNodes(placed, [node('tenants')], [{ from: 'tenants', to: 'users' }]);
    expect(at.tenants!.x + 200).toBeLessThanOrEqual(0);
  });

  test('puts unrelated nodes side by side below everything, without overlaps', () => {
    const at = placeNewNodes(placed, [node('a'), node('b'), node('c')], []);
    const rects = ['a', 'b', 'c'].map((id) => ({ ...at[id]!, width: 200, height: 100 }));
    for (const rect of rects) expect(rect.y).toBeGreaterThan(300);
    expect(new Set(rects.map((rect) => rect.y)).size).toBe(1);
    for (let i = 0; i < rects.length; i++) for (let j = i + 1; j < rects.length; j++) expect(overlaps(rects[i]!, rects[j]!)).toBe(false);
  });

  test('existing nodes never move', () => {
    const at = placeNewNodes(placed, [node('x')], [{ from: 'users', to: 'x' }]);
    expect(Object.keys(at)).toEqual(['x']);
  });
});
