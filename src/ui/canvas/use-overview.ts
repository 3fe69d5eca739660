/**
 * When the canvas switches to the overview (OverviewLayer): a diagram of at least
 * OVERVIEW_MIN_NODES objects zoomed out below OVERVIEW_ZOOM, where node text is under 3 px and
 * DOM nodes only cost frames. Smaller diagrams keep their DOM nodes (drawn as sketches by
 * nodes.tsx) at every zoom.
 */
import { useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import { useCallback, useMemo } from 'react';
import type { XY } from '../store';
import type { Graph } from './graph';
import { nodeAt, type OverviewNode, type OverviewScene } from './overview';

export const OVERVIEW_ZOOM = 0.25;
export const OVERVIEW_MIN_NODES = 200;

/** A click this close to a table (screen pixels) picks it. */
const CLICK_TOLERANCE_PX = 4;

const belowOverviewZoom = (s: ReactFlowState) => s.transform[2] < OVERVIEW_ZOOM;

type Size = { width: number; height: number };

export interface Overview {
  active: boolean;
  scene: OverviewScene;
  /** The node under a screen point (a click on the overview), if any. */
  nodeAtScreen(point: XY): string | undefined;
}

const EMPTY_SCENE: OverviewScene = { nodes: [], edges: [] };

/** `hiddenSchemas`: schemas the filter leaves out (not drawn, not clickable). */
export function useOverview(graph: Graph, positions: Record<string, XY>, measured: Record<string, Size>, selected: string | undefined, hiddenSchemas: ReadonlySet<string>): Overview {
  const zoomedOut = useStore(belowOverviewZoom);
  const active = zoomedOut && graph.nodes.length >= OVERVIEW_MIN_NODES;
  const { screenToFlowPosition } = useReactFlow();

  const shapes = useMemo(() => {
    if (!active) return [];
    const out: OverviewNode[] = [];
    for (const spec of graph.nodes) {
      const at = positions[spec.id];
      if (!at || hiddenSchemas.has(spec.data.schema)) continue;
      const size = measured[spec.id] ?? spec.size;
      const kind = spec.data.kind === 'view' ? 'view' : spec.data.partition ? 'partition' : 'table';
      const node: OverviewNode = { id: spec.id, x: at.x, y: at.y, width: size.width, height: size.height, kind };
      if (spec.data.findings) node.worst = spec.data.findings.worst;
      out.push(node);
    }
    return out;
  }, [active, graph, positions, measured, hiddenSchemas]);

  const scene = useMemo<OverviewScene>(() => {
    if (!active) return EMPTY_SCENE;
    const base = { nodes: shapes, edges: graph.edges };
    if (!selected) return base;
    const neighbours = graph.neighbours.get(selected);
    return neighbours ? { ...base, selected, neighbours } : { ...base, selected };
  }, [active, shapes, graph, selected]);

  const nodeAtScreen = useCallback(
    (point: XY) => {
      if (!active) return undefined;
      const flow = screenToFlowPosition(point);
      const near = screenToFlowPosition({ x: point.x + CLICK_TOLERANCE_PX, y: point.y });
      return nodeAt(shapes, flow.x, flow.y, near.x - flow.x)?.id;
    },
    [active, shapes, screenToFlowPosition],
  );

  return { active, scene, nodeAtScreen };
}
