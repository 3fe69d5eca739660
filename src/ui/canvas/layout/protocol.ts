/** Messages between the canvas and its layout worker (layout.worker.ts). */
import type { Point } from '../routing/geometry';
import type { Obstacle } from '../routing/obstacles';
import type { RouteEdge, RouteNode } from '../routing/route-graph';
import type { ArrangeInput, ArrangeResult } from './types';

export interface RouteInput {
  nodes: RouteNode[];
  edges: RouteEdge[];
  /** More to go around than the nodes: sticky notes. */
  obstacles: Obstacle[];
  /** The routes before a change, and the nodes it moved: only their lines are routed again. */
  previous?: [string, Point[]][];
  moved?: string[];
}

export type LayoutRequest = { id: number; type: 'arrange'; input: ArrangeInput } | { id: number; type: 'route'; input: RouteInput };

export type LayoutReply =
  | { id: number; type: 'arranged'; result: ArrangeResult; ms: number }
  | { id: number; type: 'routed'; routes: [string, Point[]][]; ms: number }
  | { id: number; type: 'error'; message: string };
