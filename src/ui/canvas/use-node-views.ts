/**
 * Each node as the display mode shows it (display.ts), kept from one render to the next while
 * its spec, the mode and its expansion stay the same: React Flow then skips the unchanged nodes.
 */
import { useMemo, useRef } from 'react';
import { useApp } from '../store';
import { nodeView, type DisplayMode, type NodeView } from './display';
import type { Graph, NodeSpec } from './graph';

interface Cached {
  spec: NodeSpec;
  mode: DisplayMode;
  expanded: boolean;
  view: NodeView;
}

export function useNodeViews(graph: Graph): Map<string, NodeView> {
  const mode = useApp((s) => s.displayMode);
  const expandedNodes = useApp((s) => s.expandedNodes);
  const cache = useRef(new Map<string, Cached>());
  return useMemo(() => {
    const expanded = new Set(expandedNodes);
    const next = new Map<string, Cached>();
    const views = new Map<string, NodeView>();
    for (const spec of graph.nodes) {
      const open = expanded.has(spec.id);
      const old = cache.current.get(spec.id);
      const entry = old && old.spec === spec && old.mode === mode && old.expanded === open ? old : { spec, mode, expanded: open, view: nodeView(spec, mode, open) };
      next.set(spec.id, entry);
      views.set(spec.id, entry.view);
    }
    cache.current = next;
    return views;
  }, [graph, mode, expandedNodes]);
}
