/// <reference lib="webworker" />
/**
 * The canvas's routing worker: one RouteSession (route-session.ts) kept across changes. A new
 * scene is routed in slices of SLICE_MS, so that a drag's moves, which come in between, are
 * answered at once (their lines first); the routes of the scene go back once all are routed.
 */
import type { RouteMessage, RouteReply } from './route-protocol';
import { RouteSession } from './route-session';

declare const self: DedicatedWorkerGlobalScope;

const SLICE_MS = 25;
/** While a big scene is routed, the lines routed so far are sent this often. */
const PARTIAL_MS = 400;

const session = new RouteSession();
let sceneId = -1;
let sceneStarted = 0;
let scheduled = false;
let lastPartial = 0;
const channel = new MessageChannel();

function reply(message: RouteReply): void {
  self.postMessage(message);
}

function step(): void {
  scheduled = false;
  try {
    if (!session.work(performance.now() + SLICE_MS)) {
      if (sceneId >= 0 && session.waiting > 0 && performance.now() - lastPartial > PARTIAL_MS) {
        lastPartial = performance.now();
        reply({ type: 'partial', id: sceneId, routes: [...session.takeRouted()] });
      }
      schedule();
      return;
    }
    if (sceneId >= 0) {
      reply({ type: 'routes', id: sceneId, routes: [...session.nudged()], ms: performance.now() - sceneStarted });
      sceneId = -1;
    }
  } catch (error) {
    reply({ type: 'error', id: sceneId, message: error instanceof Error ? error.message : String(error) });
    sceneId = -1;
  }
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  // A message to itself: the next slice runs after the messages waiting (a drag's moves).
  channel.port2.postMessage(null);
}
channel.port1.onmessage = step;

self.onmessage = (event: MessageEvent<RouteMessage>) => {
  const message = event.data;
  const started = performance.now();
  try {
    if (message.type === 'scene') {
      session.setScene(message.scene);
      session.takeRouted();
      sceneId = message.id;
      sceneStarted = started;
      lastPartial = started;
      schedule();
    } else if (message.type === 'focus') {
      session.focus(message.view);
    } else {
      const routes = session.moveNodes(message.rects);
      reply({ type: 'moved', id: message.id, routes: [...routes], ms: performance.now() - started });
    }
  } catch (error) {
    reply({ type: 'error', id: message.id, message: error instanceof Error ? error.message : String(error) });
  }
};
