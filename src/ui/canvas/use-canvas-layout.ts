/**
 * Where the canvas's nodes are: positions for nodes that have none (a full ELK layout when most
 * of the diagram is new, otherwise new tables placed beside their neighbours and nothing else
 * moved), "Tidy up", and the fit of the view after a layout or to a restored layout.
 */
import { useReactFlow, type FitViewOptions } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useApp } from '../store';
import type { Cluster, EdgeSpec, Graph, NodeSpec } from './graph';
import { layoutGraph, type LayoutEdge, type LayoutNode } from './layout';
import { placeNewNodes, type Rect } from './placement';

type Size = { width: number; height: number };

function layoutEdges(edges: EdgeSpec[]): LayoutEdge[] {
  return edges.map((edge) => ({ from: edge.target, to: edge.source }));
}

export interface CanvasLayout {
  /** An ELK layout is running (the first of a diagram, or "Tidy up"). */
  layingOut: boolean;
  /**
   * The viewport shows the diagram as laid out (the fit after a layout or a restore has been
   * applied). Until then a big diagram's nodes are not drawn: React Flow draws every node it has
   * not measured yet, wherever the viewport is, and 2,000 tables drawn as DOM at the previous
   * zoom took 1-3 s of layout in one task, only for the fit to hide them in the overview.
   */
  viewFitted: boolean;
  tidyUp: () => void;
}

export function useCanvasLayout(graph: Graph, pending: boolean | undefined, sizeOf: (spec: NodeSpec) => Size, fitOptions: FitViewOptions): CanvasLayout {
  const { fitView, setViewport } = useReactFlow();
  const [layingOut, setLayingOut] = useState(false);
  const [viewFitted, setViewFitted] = useState(false);
  const layoutRun = useRef(0);
  /** The view was fitted to the diagram once (after a first layout, or on a restored layout). */
  const fitted = useRef(false);
  /** The running layout is a "Tidy up" (an edit does not cancel it). */
  const tidying = useRef(false);
  const fitNow = useCallback(() => {
    void fitView(fitOptions).then(() => setViewFitted(true));
  }, [fitView, fitOptions]);
  const runLayout = useCallback(
    (nodes: LayoutNode[], edges: LayoutEdge[], clusters: Cluster[], tidy: boolean) => {
      const run = ++layoutRun.current;
      tidying.current = tidy;
      setLayingOut(true);
      setViewFitted(false);
      void layoutGraph(nodes, edges, clusters).then((result) => {
        if (run !== layoutRun.current) return;
        useApp.getState().setPositions(result, true);
        setLayingOut(false);
        fitted.current = true;
        fitNow();
      });
    },
    [fitNow],
  );
  useEffect(() => {
    const known = useApp.getState().document.layout;
    if (graph.nodes.length === 0) {
      if (pending) return;
      // An empty schema (a new document): design starts at full size, where the user clicks;
      // nothing is fitted afterwards, so the first tables stay where they were made.
      fitted.current = true;
      setViewFitted(true);
      void setViewport({ x: 0, y: 0, zoom: 1 });
      return;
    }
    const missing = graph.nodes.filter((node) => !known[node.id]);
    if (missing.length === 0) {
      // A document restored with its layout (a reload, a project file, a share link): fit it once.
      if (!fitted.current && graph.nodes.length > 0) {
        fitted.current = true;
        requestAnimationFrame(fitNow);
      }
      // Every node has a place again (an edit was undone): a first layout still running is stale.
      if (layingOut && !tidying.current) {
        layoutRun.current++;
        setLayingOut(false);
      }
      return;
    }
    const kept = graph.nodes.length - missing.length;
    const edges = layoutEdges(graph.edges);
    if (kept > 0 && missing.length <= kept && !layingOut) {
      const placed = new Map<string, Rect>();
      for (const node of graph.nodes) {
        const at = known[node.id];
        if (at) placed.set(node.id, { ...at, ...node.size });
      }
      useApp.getState().setPositions(placeNewNodes(placed, missing.map((n) => ({ id: n.id, ...n.size })), edges));
      return;
    }
    runLayout(graph.nodes.map((n) => ({ id: n.id, ...n.size })), edges, graph.clusters, false);
    // Only a new graph asks for a layout.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [graph]);

  const tidyUp = useCallback(() => {
    runLayout(
      graph.nodes.map((n) => ({ id: n.id, ...sizeOf(n) })),
      layoutEdges(graph.edges),
      graph.clusters,
      true,
    );
  }, [graph, runLayout, sizeOf]);

  return { layingOut, viewFitted, tidyUp };
}
