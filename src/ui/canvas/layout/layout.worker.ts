/// <reference lib="webworker" />
/**
 * The canvas's layout worker: the automatic layout (arrange.ts) and the routes of the lines
 * (routing/), off the main thread. Both are pure functions of what the message carries.
 */
import { rerouteLines, routeAll } from '../routing/route-graph';
import { arrange } from './arrange';
import type { LayoutReply, LayoutRequest } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const request = event.data;
  const started = performance.now();
  let reply: LayoutReply;
  try {
    if (request.type === 'arrange') {
      reply = { id: request.id, type: 'arranged', result: arrange(request.input), ms: performance.now() - started };
    } else {
      const { nodes, edges, obstacles, previous, moved } = request.input;
      const routes = previous && moved ? rerouteLines(nodes, edges, new Map(previous), new Set(moved), obstacles) : routeAll(nodes, edges, obstacles);
      reply = { id: request.id, type: 'routed', routes: [...routes], ms: performance.now() - started };
    }
  } catch (error) {
    reply = { id: request.id, type: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
