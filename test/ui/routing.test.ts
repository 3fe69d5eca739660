import { beforeAll, describe, expect, test, vi } from 'vitest';
import { crossings, measureDiagram, segmentEntersBox, tablesCrossed } from '../../bench/layout-metrics';
import { importSql, initParser } from '../../src/core/parse';
import { anchorY, nodeView, rowCentre } from '../../src/ui/canvas/display';
import { buildGraph } from '../../src/ui/canvas/graph';
import { arrange } from '../../src/ui/canvas/layout/arrange';
import { STUB, type Point } from '../../src/ui/canvas/routing/geometry';
import { nudge } from '../../src/ui/canvas/routing/nudge';
import { ObstacleIndex } from '../../src/ui/canvas/routing/obstacles';
import { requestFor, sidesOf } from '../../src/ui/canvas/routing/route-graph';
import { routeAll, RouteSession } from '../../src/ui/canvas/routing/route-session';
import { routeLine } from '../../src/ui/canvas/routing/router';
import { corpusFile } from '../support/corpus';

beforeAll(() => initParser());

const box = (id: string, x: number, y: number, width = 200, height = 120) => ({ id, x, y, width, height });

function orthogonal(points: Point[]): boolean {
  return points.every((p, i) => i === 0 || p.x === points[i - 1]!.x || p.y === points[i - 1]!.y);
}

describe('the router', () => {
  const a = box('a', 0, 0);
  const b = box('b', 700, 0);
  const wall = box('wall', 320, -200, 200, 500);

  test('goes around a table between the two ends, orthogonally, leaving and entering at the rows', () => {
    const index = new ObstacleIndex([a, b, wall]);
    const request = requestFor({ id: 'e', source: 'a', target: 'b', sourceY: 40, targetY: 80 }, a, b, index);
    const points = routeLine(index, request);
    expect(points[0]).toEqual({ x: 200, y: 40, dir: 1 });
    expect(points.at(-1)).toEqual({ x: 700, y: 80, dir: -1 });
    expect(orthogonal(points)).toBe(true);
    expect(tablesCrossed({ id: 'e', source: 'a', target: 'b', points }, [a, b, wall])).toEqual([]);
    // The crow's foot sits on a straight stub at each end.
    expect(points[1]!.y).toBe(40);
    expect(points[1]!.x - 200).toBeGreaterThanOrEqual(STUB);
    expect(points.at(-2)!.y).toBe(80);
  });

  test('sides: facing sides side by side; the same side when stacked; right for a self-reference', () => {
    expect(sidesOf(a, b, false)).toEqual([1, -1]);
    expect(sidesOf(b, a, false)).toEqual([-1, 1]);
    expect(sidesOf(a, box('below', 10, 400, 300), false)).toEqual([-1, -1]);
    expect(sidesOf(a, box('below', -110, 400, 300), false)).toEqual([1, 1]);
    expect(sidesOf(a, a, true)).toEqual([1, 1]);
  });

  test('a neighbour standing too close to a side sends the line out of the other side', () => {
    const close = box('close', 210, 0);
    const index = new ObstacleIndex([a, b, close]);
    const request = requestFor({ id: 'e', source: 'a', target: 'b', sourceY: 40, targetY: 40 }, a, b, index);
    expect(request.from.dir).toBe(-1);
  });

  test('lines routed again after a move no longer cross the moved table', () => {
    const nodes = [a, b];
    const edges = [{ id: 'e', source: 'a', target: 'b', sourceY: 40, targetY: 40 }];
    const session = new RouteSession();
    session.setScene({ nodes, edges, obstacles: [] });
    session.work();
    const before = session.nudged();
    const moved = box('c', 350, -30);
    session.setScene({ nodes: [...nodes, moved], edges, obstacles: [] });
    expect(session.waiting).toBe(1);
    session.work();
    const after = session.nudged();
    expect(tablesCrossed({ id: 'e', source: 'a', target: 'b', points: before.get('e')! }, [moved])).toEqual(['c']);
    expect(tablesCrossed({ id: 'e', source: 'a', target: 'b', points: after.get('e')! }, [moved])).toEqual([]);
  });

  test('a change routes only the lines it touched; a dragged table\'s lines follow it around the others', () => {
    const c = box('c', 0, 600);
    const d = box('d', 700, 600);
    const edges = [
      { id: 'ab', source: 'a', target: 'b', sourceY: 40, targetY: 40 },
      { id: 'cd', source: 'c', target: 'd', sourceY: 40, targetY: 40 },
    ];
    const session = new RouteSession();
    session.setScene({ nodes: [a, b, c, d], edges, obstacles: [] });
    expect(session.waiting).toBe(2);
    session.work();
    // d moves: only its line waits.
    const d2 = box('d', 720, 640);
    session.setScene({ nodes: [a, b, c, d2], edges, obstacles: [] });
    expect(session.waiting).toBe(1);
    session.work();
    // Dragged between a and b: their line goes around it at once; c-d is left alone.
    const dragged = session.moveNodes([box('d', 320, -40)]);
    expect([...dragged.keys()].sort()).toEqual(['ab', 'cd']);
    const ab = dragged.get('ab')!;
    expect(orthogonal(ab)).toBe(true);
    expect(tablesCrossed({ id: 'ab', source: 'a', target: 'b', points: ab }, [box('d', 320, -40)])).toEqual([]);
    expect(session.moveNodes([box('d', 320, -40)]).size).toBe(0);
  });
});

describe('nudging', () => {
  test('lines sharing a gap get lanes of their own; lines into the same column share one', () => {
    const lines = [
      { id: 'p', source: 's1', target: 't1', toKey: 'x', points: [{ x: 0, y: 0 }, { x: 100, y: 0 }, { x: 100, y: 300 }, { x: 200, y: 300 }] },
      { id: 'q', source: 's2', target: 't2', toKey: 'y', points: [{ x: 0, y: 50 }, { x: 100, y: 50 }, { x: 100, y: 250 }, { x: 200, y: 250 }] },
      { id: 'r', source: 's3', target: 't1', toKey: 'x', points: [{ x: 0, y: 100 }, { x: 100, y: 100 }, { x: 100, y: 300 }, { x: 200, y: 300 }] },
    ];
    nudge(lines, [box('left', -300, -100, 250, 500), box('right', 160, -100, 250, 200)]);
    const xOf = (id: string) => lines.find((l) => l.id === id)!.points[1]!.x;
    expect(xOf('p')).not.toBe(xOf('q'));
    expect(xOf('p')).toBe(xOf('r'));
  });
});

describe('what the canvas draws on real schemas', () => {
  test.each(['pagila.sql', 'danbooru-structure.sql'])('%s: no line passes through a table, every line meets its column\'s row', (file) => {
    const graph = buildGraph(importSql(corpusFile(file)).schema, []);
    const views = new Map(graph.nodes.map((n) => [n.id, nodeView(n, 'all', false)]));
    const { positions } = arrange({ nodes: graph.nodes.map((n) => ({ id: n.id, ...views.get(n.id)!.size })), edges: graph.edges, aspect: 1.5 });
    const nodes = graph.nodes.map((n) => ({ id: n.id, ...positions[n.id]!, ...views.get(n.id)!.size }));
    const edges = graph.edges.map((e) => ({ id: e.id, source: e.source, target: e.target, sourceY: anchorY(views.get(e.source), e.sourceColumn), targetY: anchorY(views.get(e.target), e.targetColumn) }));
    const routes = routeAll(nodes, edges);
    const lines = edges.map((e) => ({ id: e.id, source: e.source, target: e.target, points: routes.get(e.id)! }));
    const metrics = measureDiagram(nodes, lines);
    expect(metrics.overlaps).toBe(0);
    expect(metrics.throughTables).toBe(0);
    const byId = new Map(nodes.map((n) => [n.id, n]));
    for (const line of lines) {
      expect(orthogonal(line.points)).toBe(true);
      const source = byId.get(line.source)!;
      const first = line.points[0]!;
      expect([source.x, source.x + source.width]).toContain(first.x);
      expect(first.y).toBe(source.y + edges.find((e) => e.id === line.id)!.sourceY);
    }
  });

  test('a small change arriving while a new drawing\'s crossed lines are routed again does not cancel that pass (the result does not depend on when it came)', () => {
    const graph = buildGraph(importSql(corpusFile('pagila.sql')).schema, []);
    const views = new Map(graph.nodes.map((n) => [n.id, nodeView(n, 'all', false)]));
    const { positions } = arrange({ nodes: graph.nodes.map((n) => ({ id: n.id, ...views.get(n.id)!.size })), edges: graph.edges, aspect: 1.5 });
    const nodes = graph.nodes.map((n) => ({ id: n.id, ...positions[n.id]!, ...views.get(n.id)!.size }));
    const edges = graph.edges.map((e) => ({ id: e.id, source: e.source, target: e.target, sourceY: anchorY(views.get(e.source), e.sourceColumn), targetY: anchorY(views.get(e.target), e.targetColumn) }));
    const session = new RouteSession();
    const passes = vi.spyOn(session as unknown as { startPass(): void }, 'startPass');
    session.setScene({ nodes, edges, obstacles: [] });
    // Every line routed once and the second pass begun: the clock runs out at its first line.
    const real = performance.now.bind(performance);
    vi.spyOn(performance, 'now').mockImplementation(() => (passes.mock.calls.length > 0 ? Infinity : real()));
    expect(session.work(1e12)).toBe(false);
    vi.restoreAllMocks();
    expect(passes).toHaveBeenCalledTimes(1);
    // A node measured late: one table a little taller.
    const spy = vi.spyOn(session as unknown as { startPass(): void }, 'startPass');
    session.setScene({ nodes: nodes.map((n, i) => (i === 0 ? { ...n, height: n.height + 2 } : n)), edges, obstacles: [] });
    expect(session.work()).toBe(true);
    expect(spy).toHaveBeenCalled();
  });

  test('a column row\'s anchor is the middle of its row', () => {
    expect(rowCentre(false, 0)).toBe(1 + 36 + 4 + 11);
    expect(rowCentre(true, 2)).toBe(1 + 36 + 16 + 4 + 55);
  });
});

describe('layout metrics', () => {
  test('crossings count proper crossings only, not lines that touch or run together', () => {
    const line = (id: string, points: [number, number][]) => ({ id, source: 's', target: 't', points: points.map(([x, y]) => ({ x, y })) });
    expect(crossings([line('a', [[0, 0], [10, 0]]), line('b', [[5, -5], [5, 5]])]).points).toBe(1);
    expect(crossings([line('a', [[0, 0], [10, 0]]), line('b', [[2, 0], [8, 0]])]).points).toBe(0);
    expect(crossings([line('a', [[0, 0], [10, 0]]), line('b', [[5, 0], [5, 5]])]).points).toBe(0);
    expect(segmentEntersBox({ x: -10, y: 5 }, { x: 30, y: 5 }, box('b', 0, 0, 20, 20))).toBe(true);
    expect(segmentEntersBox({ x: -10, y: 1 }, { x: 30, y: 1 }, box('b', 0, 0, 20, 20))).toBe(false);
  });
});
