/**
 * The routes of the canvas's lines, all computed in the routing worker (routing/route.worker.ts),
 * never on the main thread. Each change of the diagram sends the scene; the worker routes again
 * the lines the change touched and sends every line back, nudged into lanes. While the user drags
 * tables, each new place of the dragged tables is sent as a move (one at a time: the newest
 * waits until the last is answered), and the worker sends back their lines routed around the
 * other tables. The canvas draws the tables at their new place together with those lines (one
 * render and one frame per move, and the lines never lag behind their table), or alone when
 * the answer takes longer than MOVE_WAIT_MS. A line whose route does not meet its anchors (the
 * route is on its way) is drawn as a plain elbow meanwhile.
 */
import { useStoreApi } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
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

/** How long a drag's step waits for its lines' routes before the tables are drawn without them. */
const MOVE_WAIT_MS = 12;

interface Move {
  /** Steps are numbered: a step drawn never lets an earlier one be drawn after it. */
  seq: number;
  rects: Obstacle[];
  /** Draws the dragged tables at `rects` (the caller's state). */
  place: () => void;
}

export interface DrawnRoutes {
  /** The drawn line of every edge of the scene: its route when it meets the anchors, else an elbow. */
  lines: Routes;
  routing: boolean;
  /**
   * A drag's step: the dragged tables' rects at their new place. `place` (which draws them
   * there) is called when their lines are routed, in the same task as the routes are set, or
   * after MOVE_WAIT_MS without an answer.
   */
  move: (rects: Obstacle[], place: () => void) => void;
}

export function useRoutes(scene: RouteScene, dragging: ReadonlySet<string>): DrawnRoutes {
  const [settled, setSettled] = useState<Routes>(EMPTY);
  const [dragged, setDragged] = useState<Routes>(EMPTY);
  const [routing, setRouting] = useState(false);
  const latestScene = useRef(0);
  /** The move with the worker, and the newest one to send once it is answered. */
  const inFlight = useRef<Move | undefined>(undefined);
  const queued = useRef<Move | undefined>(undefined);
  const steps = useRef({ made: 0, placed: 0 });
  /** Draws the newest step once MOVE_WAIT_MS have passed without its routes. */
  const deadline = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
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
        const answered = inFlight.current;
        inFlight.current = undefined;
        setDragged((before) => new Map([...before, ...routes]));
        if (answered) placeNow(answered);
        const next = queued.current;
        queued.current = undefined;
        if (next) send(next);
        else {
          clearTimeout(deadline.current);
          deadline.current = undefined;
        }
      },
      failed: (message) => {
        console.warn(`Routing the lines failed (${message}); they are drawn as plain elbows.`);
        const newest = queued.current ?? inFlight.current;
        if (newest) placeNow(newest);
        inFlight.current = undefined;
        queued.current = undefined;
        setRouting(false);
      },
    });
  }
  function placeNow(move: Move): void {
    if (move.seq <= steps.current.placed) return;
    steps.current.placed = move.seq;
    move.place();
  }
  function send(move: Move): void {
    inFlight.current = move;
    client.current!.move(move.rects);
  }
  const move = useCallback((rects: Obstacle[], place: () => void) => {
    const next: Move = { seq: ++steps.current.made, rects, place };
    // The worker is still on an earlier step: this one goes when it answers (a newer one replaces it).
    if (inFlight.current) queued.current = next;
    else send(next);
    // One deadline from the first step not drawn: a slow worker never holds the table back longer.
    deadline.current ??= setTimeout(() => {
      deadline.current = undefined;
      const newest = queued.current ?? inFlight.current;
      if (newest) placeNow(newest);
    }, MOVE_WAIT_MS);
    // send and placeNow only touch refs and the client.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
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

  const byId = useMemo(() => new Map(scene.nodes.map((n) => [n.id, n])), [scene.nodes]);
  const fits = useMemo(() => {
    const edges = new Map(scene.edges.map((edge) => [edge.id, edge]));
    return (id: string, route: Point[]) => {
      const edge = edges.get(id);
      const source = edge && byId.get(edge.source);
      const target = edge && byId.get(edge.target);
      return !!source && !!target && meets(route[0], source, edge.sourceY) && meets(route[route.length - 1], target, edge.targetY);
    };
  }, [scene.edges, byId]);

  const lines = useMemo(() => {
    const out: Routes = new Map();
    const waiting: RouteEdge[] = [];
    for (const edge of scene.edges) {
      if (!byId.has(edge.source) || !byId.has(edge.target)) continue;
      const route = dragged.get(edge.id) ?? settled.get(edge.id);
      if (route && fits(edge.id, route)) out.set(edge.id, route);
      else waiting.push(edge);
    }
    // A few lines on their way (a table moved or dragged) are drawn as elbows meanwhile; a whole
    // new drawing's lines wait for their routes (elbows would run through the tables for a moment).
    if (waiting.length <= ELBOWS_MAX) {
      const index = waiting.length > 0 ? new ObstacleIndex([...scene.nodes, ...scene.obstacles]) : undefined;
      for (const edge of waiting) out.set(edge.id, elbow(requestFor(edge, byId.get(edge.source)!, byId.get(edge.target)!, index)));
    }
    return out;
  }, [scene, settled, dragged, byId, fits]);

  return { lines, routing, move };
}
