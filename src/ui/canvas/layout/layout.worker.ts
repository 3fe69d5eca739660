/// <reference lib="webworker" />
/**
 * The canvas's layout worker: the automatic layout (arrange.ts) off the main thread, a pure
 * function of what the message carries. The lines are routed in their own worker
 * (routing/route.worker.ts), so that a drag's lines never wait for a layout.
 */
import { arrange } from './arrange';
import type { LayoutReply, LayoutRequest } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const request = event.data;
  const started = performance.now();
  let reply: LayoutReply;
  try {
    reply = { id: request.id, type: 'arranged', result: arrange(request.input), ms: performance.now() - started };
  } catch (error) {
    reply = { id: request.id, type: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
