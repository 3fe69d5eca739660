/**
 * The canvas's handle on its routing worker (route.worker.ts): scenes and drag moves go out,
 * routes come back to the listener. A scene not answered within TIMEOUT_MS restarts the worker
 * (its lines stay drawn as plain elbows meanwhile), so that a stuck routing never stops the
 * canvas from drawing its lines again.
 */
import type { Point, Rect } from './geometry';
import type { Obstacle } from './obstacles';
import type { RouteMessage, RouteReply } from './route-protocol';
import type { Scene } from './route-session';

const TIMEOUT_MS = 30_000;

export interface RouteListener {
  /** All lines of scene `id`, nudged. */
  routes(id: number, routes: Map<string, Point[]>): void;
  /** Lines of scene `id` routed so far (a big scene, still being routed). */
  partial(id: number, routes: Map<string, Point[]>): void;
  /** Lines of dragged nodes, routed for move `id`. */
  moved(id: number, routes: Map<string, Point[]>): void;
  failed(message: string): void;
}

export class RouteClient {
  private worker: Worker | undefined;
  private nextId = 1;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly listener: RouteListener) {}

  private start(): Worker {
    const worker = new Worker(new URL('./route.worker.ts', import.meta.url), { type: 'module', name: 'schemawise-routes' });
    worker.onmessage = (event: MessageEvent<RouteReply>) => {
      const reply = event.data;
      if (reply.type === 'routes') {
        clearTimeout(this.timer);
        this.listener.routes(reply.id, new Map(reply.routes));
      } else if (reply.type === 'partial') this.listener.partial(reply.id, new Map(reply.routes));
      else if (reply.type === 'moved') this.listener.moved(reply.id, new Map(reply.routes));
      else this.listener.failed(reply.message);
    };
    worker.onerror = (event) => {
      this.stop();
      this.listener.failed(event.message || 'The routing worker failed.');
    };
    return worker;
  }

  private post(message: RouteMessage): void {
    this.worker ??= this.start();
    this.worker.postMessage(message);
  }

  /** Sends the scene; its routes come back to `listener.routes` with the returned id. */
  scene(scene: Scene): number {
    const id = this.nextId++;
    this.post({ type: 'scene', id, scene });
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.stop();
      this.listener.failed(`routing took longer than ${TIMEOUT_MS / 1000} s`);
    }, TIMEOUT_MS);
    return id;
  }

  /** The part of the diagram in view: its lines are routed first. */
  focus(view: Rect): void {
    if (this.worker) this.post({ type: 'focus', id: this.nextId++, view });
  }

  move(rects: Obstacle[]): number {
    const id = this.nextId++;
    this.post({ type: 'move', id, rects });
    return id;
  }

  stop(): void {
    clearTimeout(this.timer);
    this.worker?.terminate();
    this.worker = undefined;
  }
}
