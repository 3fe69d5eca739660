/** Messages between the canvas and its routing worker (route.worker.ts). */
import type { Point, Rect } from './geometry';
import type { Obstacle } from './obstacles';
import type { Scene } from './route-session';

export type RouteMessage =
  /** The diagram as it is now: its lines are routed again where it changed, then all are sent back nudged. */
  | { type: 'scene'; id: number; scene: Scene }
  /** Nodes being dragged, where they are now: their lines are routed at once and sent back. */
  | { type: 'move'; id: number; rects: Obstacle[] }
  /** What the canvas shows (flow coordinates): lines there are routed first. */
  | { type: 'focus'; id: number; view: Rect };

export type RouteReply =
  | { type: 'routes'; id: number; routes: [string, Point[]][]; ms: number }
  /** Lines of scene `id` routed so far (not nudged), while a big scene is still being routed. */
  | { type: 'partial'; id: number; routes: [string, Point[]][] }
  | { type: 'moved'; id: number; routes: [string, Point[]][]; ms: number }
  | { type: 'error'; id: number; message: string };
