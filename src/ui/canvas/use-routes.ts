/**
 * The routes of the canvas's lines, all computed in the routing worker (routing/route.worker.ts),
 * never on the main thread. Each change of the diagram sends the scene; the worker routes again
 * the lines the change touched and sends every line back, nudged into lanes. While the user drags
 * tables, each new place of the dragged tables is sent as a move (one at a time: the next when
 * the last is answered), and the worker sends back their lines routed around the other tables.
 * A line whose route does not meet its anchors (the route is on its way) is drawn as a plain
 * elbow meanwhile.
 */
import { useStoreApi } from '@xyflow/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { anchorY, type NodeView } from './display';
import type { Graph } from './graph';
import type { Point, Rect } from './routing/geometry';
import { ObstacleIndex, type Obstacle } from './routing/obstacles';
import { RouteClient } from './routing/route-client';
import { requestFor, type RouteEdge, type RouteNode, type Routes } from './routing/route-graph';
import { elbow } from './routing/router';
import type { XY } from '../store';

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

/** `p` is where a line meets `rect` at `y` below its top, on either side. */
const meets = (p: Point | undefined, rect: Rect, y: number) => !!p && Math.abs(p.y - (rect.y + y)) < 0.5 && (Math.abs(p.x - rect.x) < 0.5 || Math.abs(p.x - rect.x - rect.width) < 0.5);

const EMPTY: Routes = new Map();

/** Diagrams of this many lines have the lines in view routed first. */
const FOCUS_MIN = 400;

/** Most lines drawn as elbows while their routes are on their way. */
const ELBOWS_MAX = 64;

/** The drawn line of every edge of the scene: its route when it meets the anchors, else an elbow. */
export function useRoutes(scene: RouteScene, dragging: ReadonlySet<string>): { lines: Routes; routing: boolean } {
  const [settled, setSettled] = useState<Routes>(EMPTY);
  const [dragged, setDragged] = useState<Routes>(EMPTY);
  const [routing, setRouting] = useState(false);
  const latestScene = useRef(0);
  /** A move is with the worker; the newest place to send once it is answered. */
  const moveInFlight = useRef(false);
  const nextMove = useRef<Obstacle[] | undefined>(undefined);
  const client = useRef<RouteClient | undefined>(undefined);
  if (!client.current) {
    client.current = new RouteClient({
      routes: (id, routes) => {
        if (id !== latestScene.current) return;
        setSettled(routes);
        setDragged(EMPTY);
        setRouting(false);
      },
      partial: (id, routes) => {
        if (id !== latestScene.current || routes.size === 0) return;
        setSettled((before) => new Map([...before, ...routes]));
      },
      moved: (_id, routes) => {
        setDragged((before) => new Map([...before, ...routes]));
        moveInFlight.current = false;
        const next = nextMove.current;
        nextMove.current = undefined;
        if (next) {
          moveInFlight.current = true;
          client.current!.move(next);
        }
      },
      failed: (message) => {
        console.warn(`Routing the lines failed (${message}); they are drawn as plain elbows.`);
        moveInFlight.current = false;
        setRouting(false);
      },
    });
  }
  useEffect(() => () => client.current?.stop(), []);

  // A big diagram being routed: the lines in view are routed first (told again as the view moves).
  const flow = useStoreApi();
  useEffect(() => {
    if (!routing || scene.edges.length < FOCUS_MIN) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tell = () => {
      const { transform, width, height } = flow.getState();
      const [x, y, zoom] = transform;
      client.current!.focus({ x: -x / zoom, y: -y / zoom, width: width / zoom, height: height / zoom });
    };
    tell();
    const unsubscribe = flow.subscribe(() => {
      clearTimeout(timer);
      timer = setTimeout(tell, 150);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [routing, scene.edges.length, flow]);

  const draggingNow = dragging.size > 0;
  useEffect(() => {
    if (draggingNow) return;
    latestScene.current = client.current!.scene(scene);
    setRouting(true);
  }, [scene, draggingNow]);

  useEffect(() => {
    if (!draggingNow) return;
    const rects = scene.nodes.filter((n) => dragging.has(n.id));
    if (moveInFlight.current) {
      nextMove.current = rects;
      return;
    }
    moveInFlight.current = true;
    client.current!.move(rects);
  }, [scene, dragging, draggingNow]);

  const lines = useMemo(() => {
    const byId = new Map(scene.nodes.map((n) => [n.id, n]));
    const out: Routes = new Map();
    const waiting: RouteEdge[] = [];
    for (const edge of scene.edges) {
      const source = byId.get(edge.source);
      const target = byId.get(edge.target);
      if (!source || !target) continue;
      const route = dragged.get(edge.id) ?? settled.get(edge.id);
      if (route && meets(route[0], source, edge.sourceY) && meets(route[route.length - 1], target, edge.targetY)) out.set(edge.id, route);
      else waiting.push(edge);
    }
    // A few lines on their way (a table moved or dragged) are drawn as elbows meanwhile; a whole
    // new drawing's lines wait for their routes (elbows would run through the tables for a moment).
    if (waiting.length <= ELBOWS_MAX) {
      const index = waiting.length > 0 ? new ObstacleIndex([...scene.nodes, ...scene.obstacles]) : undefined;
      for (const edge of waiting) out.set(edge.id, elbow(requestFor(edge, byId.get(edge.source)!, byId.get(edge.target)!, index)));
    }
    return out;
  }, [scene, settled, dragged]);

  return { lines, routing };
}
