/**
 * The routes of the canvas's lines. Routing the whole diagram runs in the layout worker, again
 * for the lines a change touched (the moved tables' lines, and lines a moved table now covers);
 * while the user drags tables, the lines of the dragged tables are routed here, on the main
 * thread, within a small budget per frame (a table's few lines take a millisecond or two), so
 * they follow the pointer around the other tables. A line whose route does not start and end at
 * its anchors (its route is being computed) is drawn as a plain elbow meanwhile.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { anchorY, type NodeView } from './display';
import type { Graph } from './graph';
import { routeInWorker } from './layout/layout-client';
import { boundsOf, type Point } from './routing/geometry';
import { ObstacleIndex, type Obstacle } from './routing/obstacles';
import { requestFor, type RouteEdge, type RouteNode, type Routes } from './routing/route-graph';
import { elbow, routeLine } from './routing/router';
import type { XY } from '../store';

/** Main-thread routing time per frame while dragging. */
const DRAG_BUDGET_MS = 8;

export interface RouteScene {
  nodes: RouteNode[];
  edges: RouteEdge[];
  obstacles: Obstacle[];
}

export function useRouteScene(graph: Graph, views: Map<string, NodeView>, positions: Record<string, XY>, excluded: ReadonlySet<string>, obstacles: Obstacle[]): RouteScene {
  const nodes = useMemo(() => {
    const out: RouteNode[] = [];
    for (const spec of graph.nodes) {
      const at = positions[spec.id];
      const view = views.get(spec.id);
      if (!at || !view || excluded.has(spec.id)) continue;
      out.push({ id: spec.id, x: at.x, y: at.y, width: view.size.width, height: view.size.height });
    }
    return out;
  }, [graph, views, positions, excluded]);
  const edges = useMemo(() => {
    const out: RouteEdge[] = [];
    for (const edge of graph.edges) {
      if (excluded.has(edge.source) || excluded.has(edge.target)) continue;
      out.push({ id: edge.id, source: edge.source, target: edge.target, sourceY: anchorY(views.get(edge.source), edge.sourceColumn), targetY: anchorY(views.get(edge.target), edge.targetColumn) });
    }
    return out;
  }, [graph, views, excluded]);
  return useMemo(() => ({ nodes, edges, obstacles }), [nodes, edges, obstacles]);
}

const same = (a: Point | undefined, b: { x: number; y: number }) => !!a && Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5;

function signature(edges: RouteEdge[]): string {
  return edges.map((e) => `${e.id}:${e.sourceY}:${e.targetY}`).join('|');
}

interface Routed {
  routes: Routes;
  rects: Map<string, string>;
  edges: string;
}

const rectKey = (r: { x: number; y: number; width: number; height: number }) => `${r.x},${r.y},${r.width},${r.height}`;

/** The drawn line of every edge of the scene: its route when it fits the anchors, else an elbow. */
export function useRoutes(scene: RouteScene, dragging: ReadonlySet<string>): { lines: Routes; routing: boolean } {
  const [routed, setRouted] = useState<Routed>({ routes: new Map(), rects: new Map(), edges: '' });
  const [routing, setRouting] = useState(false);
  const inFlight = useRef(false);
  const latest = useRef<RouteScene>(scene);
  const applied = useRef<Routed>(routed);
  latest.current = scene;
  applied.current = routed;
  const draggingNow = dragging.size > 0;

  useEffect(() => {
    if (draggingNow) return;
    const send = () => {
      const input = latest.current;
      const before = applied.current;
      const rects = new Map([...input.nodes, ...input.obstacles].map((n) => [n.id, rectKey(n)]));
      const edges = signature(input.edges);
      const moved = [...rects].filter(([id, key]) => before.rects.get(id) !== key).map(([id]) => id);
      const removed = [...before.rects.keys()].some((id) => !rects.has(id));
      if (moved.length === 0 && !removed && edges === before.edges) return;
      // The same lines and anchors: only what the change touched is routed again.
      const incremental = edges === before.edges && before.routes.size > 0 && !removed;
      inFlight.current = true;
      setRouting(true);
      routeInWorker({ nodes: input.nodes, edges: input.edges, obstacles: input.obstacles, ...(incremental ? { previous: [...before.routes], moved } : {}) })
        .then((routes) => {
          const next = { routes, rects, edges };
          applied.current = next;
          setRouted(next);
        })
        .catch((error: Error) => console.warn('Routing the lines failed; they are drawn as plain elbows.', error))
        .finally(() => {
          inFlight.current = false;
          // A change came while this one was routed: route the newest state.
          if (latest.current !== input) send();
          else setRouting(false);
        });
    };
    if (!inFlight.current) send();
  }, [scene, draggingNow]);

  const lines = useMemo(() => {
    const byId = new Map(scene.nodes.map((n) => [n.id, n]));
    const all = [...scene.nodes, ...scene.obstacles];
    // The same index as the worker's: the sides a line takes depend on its neighbours.
    const index = new ObstacleIndex(all);
    const whole = draggingNow ? boundsOf(all) : undefined;
    const started = performance.now();
    const out: Routes = new Map();
    for (const edge of scene.edges) {
      const source = byId.get(edge.source);
      const target = byId.get(edge.target);
      if (!source || !target) continue;
      const request = requestFor(edge, source, target, index);
      const route = routed.routes.get(edge.id);
      if (route && same(route[0], request.from) && same(route[route.length - 1], request.to) && !(dragging.has(edge.source) || dragging.has(edge.target))) {
        out.set(edge.id, route);
      } else if (draggingNow && (dragging.has(edge.source) || dragging.has(edge.target)) && performance.now() - started < DRAG_BUDGET_MS) {
        out.set(edge.id, routeLine(index, request, whole));
      } else {
        out.set(edge.id, elbow(request));
      }
    }
    return out;
  }, [scene, routed, dragging, draggingNow]);

  return { lines, routing };
}
