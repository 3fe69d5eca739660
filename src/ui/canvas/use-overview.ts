/**
 * When the canvas switches to the overview (OverviewLayer): a diagram of at least
 * OVERVIEW_MIN_NODES objects zoomed out below OVERVIEW_ZOOM, where node text is under 3 px and
 * DOM nodes only cost frames. Smaller diagrams keep their DOM nodes (drawn as sketches by
 * nodes.tsx) at every zoom.
 */
import { useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import { useCallback, useMemo, type MouseEvent } from 'react';
import { useApp } from '../store';
import type { XY } from '../store';
import type { Graph } from './graph';
import { displayName } from '../lib/display-name';
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
  /** The pane's click: in the overview, selects the table under the pointer (or none). */
  onPaneClick(event: MouseEvent): void;
  /** The pane's double-click: in the overview, on a table, zooms in to it; else `otherwise`. */
  onDoubleClick(event: MouseEvent): void;
}

const EMPTY_SCENE: OverviewScene = { nodes: [], edges: [] };

/**
 * `excluded`: nodes the schema filter or focus mode leave out (not drawn, not clickable);
 * `otherwise`: what a double-click does where no table is hit (the design's new table).
 */
export function useOverview(
  graph: Graph,
  positions: Record<string, XY>,
  measured: Record<string, Size>,
  selected: string | undefined,
  excluded: ReadonlySet<string>,
  otherwise: (event: MouseEvent) => void,
): Overview {
  const zoomedOut = useStore(belowOverviewZoom);
  const active = zoomedOut && graph.nodes.length >= OVERVIEW_MIN_NODES;
  const { screenToFlowPosition, setCenter } = useReactFlow();

  const shapes = useMemo(() => {
    if (!active) return [];
    const out: OverviewNode[] = [];
    for (const spec of graph.nodes) {
      const at = positions[spec.id];
      if (!at || excluded.has(spec.id)) continue;
      const size = measured[spec.id] ?? spec.size;
      const kind = spec.data.kind === 'view' ? 'view' : spec.data.partition ? 'partition' : 'table';
      const node: OverviewNode = { id: spec.id, x: at.x, y: at.y, width: size.width, height: size.height, kind, label: displayName(spec.data) };
      if (spec.data.findings) node.worst = spec.data.findings.worst;
      out.push(node);
    }
    return out;
  }, [active, graph, positions, measured, excluded]);

  const scene = useMemo<OverviewScene>(() => {
    if (!active) return EMPTY_SCENE;
    const base = { nodes: shapes, edges: graph.edges };
    if (!selected) return base;
    const neighbours = graph.neighbours.get(selected);
    return neighbours ? { ...base, selected, neighbours } : { ...base, selected };
  }, [active, shapes, graph, selected]);

  const nodeAtScreen = useCallback(
    (event: MouseEvent) => {
      if (!active) return undefined;
      const flow = screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const near = screenToFlowPosition({ x: event.clientX + CLICK_TOLERANCE_PX, y: event.clientY });
      return nodeAt(shapes, flow.x, flow.y, near.x - flow.x);
    },
    [active, shapes, screenToFlowPosition],
  );
  const onPaneClick = useCallback((event: MouseEvent) => useApp.getState().selectNode(nodeAtScreen(event)?.id), [nodeAtScreen]);
  const onDoubleClick = useCallback(
    (event: MouseEvent) => {
      const hit = nodeAtScreen(event);
      if (!hit) return otherwise(event);
      void setCenter(hit.x + hit.width / 2, hit.y + Math.min(hit.height / 2, 160), { zoom: 0.9, duration: 300 });
    },
    [nodeAtScreen, otherwise, setCenter],
  );

  return { active, scene, onPaneClick, onDoubleClick };
}
