/**
 * The routes of a diagram's lines, kept between changes (the routing worker holds one session):
 * a new scene routes only the lines it touched (the lines of moved, resized, new or removed
 * nodes, lines a moved node now covers, lines whose ends or sides changed), and a table dragged
 * across the canvas routes only its own lines and those it covers, at every step of the drag.
 *
 * Lines are routed one by one, each around the tables (router.ts) and charged for crossing the
 * lines routed before (segments.ts): longest first, since the short ones have more ways to go.
 * A line between stacked tables may leave by either side: both are routed and the cheaper kept.
 * What is drawn is the routes nudged into lanes (nudge.ts), done for all lines once the routing
 * is over; while a table is dragged, its lines are drawn as routed (on the grid), without lanes.
 */
import { crossings } from './crossings';
import { boundsOf, type Point, type Rect, type RouteRequest } from './geometry';
import { nudge, type NudgeLine } from './nudge';
import { ObstacleIndex, type Obstacle } from './obstacles';
import { requestFor, sidesOf, type RouteEdge, type RouteNode, type Routes } from './route-graph';
import { BEND, routeWithCost } from './router';
import { CROSSING_COST, RoutedSegments } from './segments';

export interface Scene {
  nodes: RouteNode[];
  edges: RouteEdge[];
  /** More to go around than the nodes: sticky notes. */
  obstacles: Obstacle[];
}

const sameRect = (a: Rect, b: Rect) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
const sameEdge = (a: RouteEdge, b: RouteEdge) => a.source === b.source && a.target === b.target && a.sourceY === b.sourceY && a.targetY === b.targetY;
const sameEnds = (a: RouteRequest, b: RouteRequest) => a.from.x === b.from.x && a.from.y === b.from.y && a.from.dir === b.from.dir && a.to.x === b.to.x && a.to.y === b.to.y && a.to.dir === b.to.dir;
/** Lines routed once more at most in a pass, after a scene (the most crossed). */
const AGAIN_MAX = 400;
/** Diagrams of more lines get one pass (each line routed once): a second costs as much again. */
const IMPROVE_MAX = 500;
/** Passes of routing crossed lines again, at most (each kept only if it helps). */
const PASSES = 3;
const span = (r: RouteRequest) => Math.abs(r.from.x - r.to.x) + Math.abs(r.from.y - r.to.y);

/** A route has a point inside `rect` (a table moved onto it). */
export function passesThrough(points: readonly Point[], rect: Rect): boolean {
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const x0 = Math.min(a.x, b.x);
    const x1 = Math.max(a.x, b.x);
    const y0 = Math.min(a.y, b.y);
    const y1 = Math.max(a.y, b.y);
    if (x1 > rect.x && x0 < rect.x + rect.width && y1 > rect.y && y0 < rect.y + rect.height) return true;
  }
  return false;
}

interface Snapshot {
  raw: Map<string, Point[]>;
  requests: Map<string, RouteRequest>;
  basis: Map<string, RouteRequest>;
  nudged: Routes;
  crossings: number;
}

const crossingCount = (routes: Routes) => crossings([...routes.values()].map((points) => ({ points }))).points;

export class RouteSession {
  /**
   * `improve`: route crossed lines once more after the others (rip-up and reroute); off where
   * only a rough count is wanted (the layout's choice between candidates).
   */
  constructor(private readonly improve = true) {}

  private rects = new Map<string, Obstacle>();
  private nodeIds = new Set<string>();
  private edges = new Map<string, RouteEdge>();
  private index = new ObstacleIndex([]);
  private whole: Rect | undefined;
  /** Routes on the router's grid (before nudging), and the ends they were routed for. */
  private raw = new Map<string, Point[]>();
  private requests = new Map<string, RouteRequest>();
  /** The ends each line would take by default when it was routed (a change of them routes it again). */
  private basis = new Map<string, RouteRequest>();
  private routed = new RoutedSegments();
  /** Lines still to route, in order. */
  private pending: string[] = [];
  /** Lines to route once more, now that every other line is in place (rip-up and reroute). */
  private again: string[] = [];
  private improving = false;
  /** The routes before the second pass, to go back to if it made the drawing worse. */
  private before: Snapshot | undefined;
  private passes = 0;

  /** Lines routed (a first time) since takeRouted was last called. */
  private fresh = new Set<string>();

  /** Lines waiting to be routed. */
  get waiting(): number {
    return this.pending.length;
  }

  /** The routes (not nudged) of the lines routed since the last call: a big scene shows its lines as they come. */
  takeRouted(): Routes {
    const out: Routes = new Map();
    for (const id of this.fresh) {
      const points = this.raw.get(id);
      if (points) out.set(id, points);
    }
    this.fresh.clear();
    return out;
  }

  /**
   * The part of the drawing the user looks at: its lines are routed first (a diagram of
   * thousands of lines takes seconds to route; the ones in view come first).
   */
  focus(view: Rect): void {
    const inView = (id: string | undefined) => {
      const rect = id === undefined ? undefined : this.rects.get(id);
      return !!rect && rect.x < view.x + view.width && rect.x + rect.width > view.x && rect.y < view.y + view.height && rect.y + rect.height > view.y;
    };
    const first: string[] = [];
    const rest: string[] = [];
    for (const id of this.pending) {
      const edge = this.edges.get(id);
      (inView(edge?.source) || inView(edge?.target) ? first : rest).push(id);
    }
    this.pending = [...first, ...rest];
  }

  /** A route's cost against the lines routed now: its length, bends and crossings (as the router counts them). */
  private costOf(points: readonly Point[], keys: (string | undefined)[]): number {
    let length = 0;
    for (let i = 1; i < points.length; i++) length += Math.abs(points[i]!.x - points[i - 1]!.x) + Math.abs(points[i]!.y - points[i - 1]!.y);
    return length + BEND * Math.max(0, points.length - 2) + CROSSING_COST * this.routed.crossingsOf(points, keys);
  }

  /** Takes a new scene; the lines it touched wait to be routed (work). */
  setScene(scene: Scene): void {
    // A pass of routing crossed lines again, cut short by this scene, is owed to it: otherwise a
    // small change arriving while a new drawing is improved (a node measured late) would leave
    // the drawing unimproved, and its crossings would depend on when the change came.
    const owed = this.again.length > 0 || this.before !== undefined;
    this.cancelSecondPass();
    const next = new Map<string, Obstacle>();
    for (const o of [...scene.nodes, ...scene.obstacles]) next.set(o.id, o);
    const moved = new Set<string>();
    for (const [id, rect] of next) if (!this.rects.has(id) || !sameRect(this.rects.get(id)!, rect)) moved.add(id);
    for (const id of this.rects.keys()) if (!next.has(id)) moved.add(id);
    const nextEdges = new Map(scene.edges.map((e) => [e.id, e]));
    for (const id of this.edges.keys()) {
      if (nextEdges.has(id)) continue;
      this.routed.remove(id);
      this.raw.delete(id);
      this.requests.delete(id);
      this.basis.delete(id);
    }
    // Most of the drawing moved (a new layout): route every line afresh, in the best order.
    const fresh = moved.size > next.size / 2;
    if (fresh) {
      this.routed = new RoutedSegments();
      this.raw.clear();
      this.requests.clear();
      this.basis.clear();
    }
    this.rects = next;
    this.nodeIds = new Set(scene.nodes.map((n) => n.id));
    this.edges = nextEdges;
    this.reindex();
    const movedRects = [...moved].flatMap((id) => (next.has(id) ? [next.get(id)!] : []));
    const stale: string[] = [];
    for (const edge of scene.edges) {
      const old = this.raw.get(edge.id);
      const request = this.requestOf(edge);
      if (!request) continue;
      const before = this.basis.get(edge.id);
      const touched =
        !old ||
        !before ||
        moved.has(edge.source) ||
        moved.has(edge.target) ||
        !sameEnds(before, request) ||
        movedRects.some((rect) => rect.id !== edge.source && rect.id !== edge.target && passesThrough(old, rect));
      if (touched) stale.push(edge.id);
    }
    this.queue(stale);
    // A new drawing (or much of it changed): once routed, crossed lines are routed again.
    if (this.improve && scene.edges.length <= IMPROVE_MAX && (fresh || owed || stale.length > scene.edges.length / 4)) this.improving = true;
  }

  /**
   * Nodes that moved or changed size while the user drags them: their lines and the lines they
   * now cover are routed at once. Returns those lines' routes (not nudged).
   */
  moveNodes(rects: Obstacle[]): Routes {
    this.cancelSecondPass();
    const moved = rects.filter((r) => this.rects.has(r.id) && !sameRect(this.rects.get(r.id)!, r));
    if (moved.length === 0) return new Map();
    for (const rect of moved) this.rects.set(rect.id, rect);
    this.reindex();
    const ids = new Set(moved.map((r) => r.id));
    const touched: string[] = [];
    for (const edge of this.edges.values()) {
      const old = this.raw.get(edge.id);
      if (ids.has(edge.source) || ids.has(edge.target) || (old && moved.some((rect) => passesThrough(old, rect)))) touched.push(edge.id);
    }
    const order = this.ordered(touched);
    for (const id of order) this.routed.remove(id);
    for (const id of order) this.routeOne(id);
    // Routed now: out of the queue of a scene still being routed.
    const done = new Set(order);
    this.pending = this.pending.filter((id) => !done.has(id));
    return new Map(order.flatMap((id) => (this.raw.has(id) ? [[id, this.raw.get(id)!] as [string, Point[]]] : [])));
  }

  /** Routes waiting lines until `deadline` (performance.now()); true when none is left. */
  work(deadline = Infinity): boolean {
    while (this.pending.length > 0) {
      if (performance.now() > deadline) return false;
      this.routeOne(this.pending.shift()!);
    }
    if (this.improving) {
      this.improving = false;
      this.passes = PASSES;
      this.startPass(this.snapshot());
    }
    while (this.again.length > 0 || this.before) {
      while (this.again.length > 0) {
        if (performance.now() > deadline) return false;
        this.reroute(this.again.shift()!);
      }
      if (!this.before) break;
      // Lines on one grid line cross once nudged into lanes, which the router cannot see: a pass
      // is kept only if the drawing it gives crosses less, and another follows while they help.
      const before = this.before;
      this.before = undefined;
      const now = this.snapshot();
      if (crossingCount(now.nudged) >= before.crossings) this.restore(before);
      else if (--this.passes > 0) this.startPass(now);
    }
    return true;
  }

  /**
   * Queues the lines that cross others to be routed once more, each with all the others in place
   * (the first lines were routed before most of what they cross), most crossed first.
   */
  private startPass(before: Snapshot): void {
    const crossed = [...this.raw].map(([id, points]) => {
      const request = this.requests.get(id)!;
      return { id, count: this.routed.crossingsOf(points, [request.fromKey, request.toKey]) };
    });
    this.again = crossed.filter((c) => c.count > 0).sort((a, b) => b.count - a.count || a.id.localeCompare(b.id)).map((c) => c.id).slice(0, AGAIN_MAX);
    this.before = this.again.length > 0 ? before : undefined;
  }

  /** A change came while lines were routed a second time: what they had is kept. */
  private cancelSecondPass(): void {
    this.again = [];
    this.before = undefined;
  }

  private snapshot(): Snapshot {
    const nudged = this.nudged();
    return { raw: new Map(this.raw), requests: new Map(this.requests), basis: new Map(this.basis), nudged, crossings: crossingCount(nudged) };
  }

  private restore(snapshot: Snapshot): void {
    this.raw = snapshot.raw;
    this.requests = snapshot.requests;
    this.basis = snapshot.basis;
    this.routed = new RoutedSegments();
    for (const [id, points] of this.raw) {
      const request = this.requests.get(id)!;
      this.routed.add(points, [request.fromKey, request.toKey], id);
    }
  }

  /** Routes line `id` again; keeps the new route if it costs less against the others. */
  private reroute(id: string): void {
    const old = this.raw.get(id);
    const request = this.requests.get(id);
    if (!old || !request) return;
    const before = this.costOf(old, [request.fromKey, request.toKey]);
    const basis = this.basis.get(id);
    this.routeOne(id);
    const now = this.requests.get(id)!;
    if (this.costOf(this.raw.get(id)!, [now.fromKey, now.toKey]) <= before) return;
    this.raw.set(id, old);
    this.requests.set(id, request);
    if (basis) this.basis.set(id, basis);
    this.routed.add(old, [request.fromKey, request.toKey], id);
  }

  /** Every line's route as drawn: nudged into lanes. */
  nudged(): Routes {
    const lines: NudgeLine[] = [];
    for (const [id, points] of this.raw) {
      const request = this.requests.get(id)!;
      lines.push({ id, source: request.source, target: request.target, fromKey: request.fromKey, toKey: request.toKey, points: points.map((p) => ({ x: p.x, y: p.y })) });
    }
    nudge(lines, [...this.rects.values()]);
    return new Map(lines.map((line) => [line.id, line.points]));
  }

  private reindex(): void {
    const all = [...this.rects.values()];
    this.index = new ObstacleIndex(all);
    this.whole = boundsOf(all);
  }

  private requestOf(edge: RouteEdge, sides?: [-1 | 1, -1 | 1]): RouteRequest | undefined {
    const source = this.nodeIds.has(edge.source) ? this.rects.get(edge.source) : undefined;
    const target = this.nodeIds.has(edge.target) ? this.rects.get(edge.target) : undefined;
    return source && target ? requestFor(edge, source, target, this.index, sides) : undefined;
  }

  /** `ids` with their segments taken out, queued longest first. */
  private queue(ids: string[]): void {
    for (const id of ids) this.routed.remove(id);
    const waiting = new Set([...this.pending, ...ids]);
    this.pending = this.ordered([...waiting]);
  }

  private ordered(ids: string[]): string[] {
    const spanOf = new Map(ids.map((id) => {
      const edge = this.edges.get(id);
      const request = edge && this.requestOf(edge);
      return [id, request ? span(request) : 0];
    }));
    return ids.sort((a, b) => spanOf.get(b)! - spanOf.get(a)! || a.localeCompare(b));
  }

  private routeOne(id: string): void {
    const edge = this.edges.get(id);
    const request = edge && this.requestOf(edge);
    if (!edge || !request) {
      this.raw.delete(id);
      this.requests.delete(id);
      this.basis.delete(id);
      return;
    }
    this.basis.set(id, request);
    let best = { request, ...routeWithCost(this.index, request, this.whole, this.routed) };
    // Stacked tables (both ends on one side): the other side may cross fewer lines.
    const source = this.rects.get(edge.source)!;
    const target = this.rects.get(edge.target)!;
    const [from, to] = sidesOf(source, target, edge.source === edge.target);
    if (from === to && edge.source !== edge.target) {
      const other = this.requestOf(edge, [-from as -1 | 1, -to as -1 | 1]);
      if (other && other.from.dir === -request.from.dir && other.to.dir === -request.to.dir) {
        const routed = routeWithCost(this.index, other, this.whole, this.routed);
        if (routed.cost < best.cost) best = { request: other, ...routed };
      }
    }
    this.raw.set(id, best.points);
    this.fresh.add(id);
    this.requests.set(id, best.request);
    this.routed.add(best.points, [best.request.fromKey, best.request.toKey], id);
  }
}

/** Every line of a diagram routed and nudged, at once (tests, exports without a canvas). */
export function routeAll(nodes: RouteNode[], edges: RouteEdge[], obstacles: Obstacle[] = []): Routes {
  const session = new RouteSession();
  session.setScene({ nodes, edges, obstacles });
  session.work();
  return session.nudged();
}
